-- PostGIS side of the matcher benchmark (docs/engine-match.md §10): tables, indexes and the
-- model functions shared by anchored.sql and couple.sql. Loaded into a throw-away cluster by
-- run.sh; nothing here touches the Fachwerk schema.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE vacancy (
  id bigint PRIMARY KEY,
  kldb text NOT NULL,          -- 3-5 digits; the 5th digit is the level
  level int NOT NULL,          -- 1-4
  working_time int NOT NULL,   -- bit flags as in engine/match/vacancy.hpp, 0 = any
  start_day int                -- days since 1970-01-01, NULL = unknown
);

-- One row per location of a vacancy. The 3-digit group is repeated here so that one composite
-- GiST index (grp, geog) answers "vacancies of this group near this point" (btree_gist).
-- x, y, z is the unit vector: distances are computed exactly like the engine (chord form of
-- haversine, R = 6371.0088 km); geog only serves the index prefilter.
CREATE TABLE vacancy_location (
  id bigint NOT NULL,
  loc int NOT NULL,
  grp text NOT NULL,
  x float8 NOT NULL, y float8 NOT NULL, z float8 NOT NULL,
  geog geography(Point, 4326) NOT NULL,
  PRIMARY KEY (id, loc)
);

-- The candidate homes (data/places.csv, rows without Gemeinde skipped as in the engine).
CREATE TABLE place (
  geonames_id bigint PRIMARY KEY,
  name text NOT NULL,
  kreis_ags text NOT NULL,
  gemeinde_ags text NOT NULL,
  x float8 NOT NULL, y float8 NOT NULL, z float8 NOT NULL,
  geog geography(Point, 4326) NOT NULL
);

-- Unit vector of a point in degrees (engine: to_vec3).
CREATE FUNCTION fw_x(lat float8, lon float8) RETURNS float8 IMMUTABLE LANGUAGE sql
  RETURN cos(radians(lat)) * cos(radians(lon));
CREATE FUNCTION fw_y(lat float8, lon float8) RETURNS float8 IMMUTABLE LANGUAGE sql
  RETURN cos(radians(lat)) * sin(radians(lon));
CREATE FUNCTION fw_z(lat float8, lon float8) RETURNS float8 IMMUTABLE LANGUAGE sql
  RETURN sin(radians(lat));

CREATE FUNCTION fw_speed(mode text) RETURNS float8 IMMUTABLE LANGUAGE sql
  RETURN CASE mode WHEN 'car' THEN 60.0::float8 WHEN 'pt' THEN 25.0::float8 WHEN 'bike' THEN 15.0::float8 END;

-- Commute minutes = 5 + 60 × 1.3 × d / v, d = 2R·asin(|p−q|/2) (haversine in chord form), in
-- the engine's order of operations so that the doubles agree.
CREATE FUNCTION fw_minutes(x1 float8, y1 float8, z1 float8, x2 float8, y2 float8, z2 float8, speed float8)
  RETURNS float8 IMMUTABLE LANGUAGE sql
  RETURN 5.0::float8 + 60.0::float8 * 1.3::float8
         * (2.0::float8 * 6371.0088::float8
            * asin(least(1.0::float8, sqrt((x1 - x2) ^ 2 + (y1 - y2) ^ 2 + (z1 - z2) ^ 2) * 0.5::float8)))
         / speed;

-- Largest distance in metres within `minutes`, plus 1 m: the prefilter radius for ST_DWithin.
-- The slack covers PostGIS's sphere (R = 6371008.7714 m) against the engine's 6371.0088 km.
CREATE FUNCTION fw_radius_m(minutes float8, mode text) RETURNS float8 IMMUTABLE LANGUAGE sql
  RETURN greatest(0.0::float8, (minutes - 5.0) * fw_speed(mode) / 78.0) * 1000.0 + 1.0;

-- Occupation fit (docs/engine-match.md §2, no related pairs): wanted code w (level from its
-- 5th digit, 0 = any) against a vacancy's code o and level ol (0 = the code's 5th digit, as
-- occupation_fit does).
CREATE FUNCTION fw_fit_levels(w text, o text, ol int) RETURNS float8 IMMUTABLE LANGUAGE sql
  RETURN CASE
    WHEN length(w) = 5 AND length(o) = 5 AND w = o THEN 1.0::float8
    WHEN length(w) >= 4 AND length(o) >= 4 AND left(w, 4) = left(o, 4)
         AND (length(w) < 5 OR ol = 0 OR abs(substr(w, 5, 1)::int - ol) <= 1) THEN 0.8::float8
    WHEN length(w) >= 3 AND length(o) >= 3 AND left(w, 3) = left(o, 3) THEN 0.6::float8
    WHEN left(w, 2) = left(o, 2) THEN 0.3::float8
    ELSE 0.0::float8 END;
CREATE FUNCTION fw_fit(w text, o text, level int) RETURNS float8 IMMUTABLE LANGUAGE sql
  RETURN fw_fit_levels(w, o, CASE WHEN level = 0 AND length(o) = 5 THEN substr(o, 5, 1)::int ELSE level END);

-- Start-date component (docs/engine-match.md §4, engine/match/score.hpp).
CREATE FUNCTION fw_start(vacancy_start int, earliest int) RETURNS float8 IMMUTABLE LANGUAGE sql
  RETURN CASE
    WHEN vacancy_start IS NULL OR earliest IS NULL THEN 1.0::float8
    WHEN vacancy_start < earliest THEN greatest(0.0::float8, 1.0::float8 + (vacancy_start - earliest)::float8 / 120.0::float8)
    WHEN vacancy_start - earliest <= 60 THEN 1.0::float8
    ELSE greatest(0.0::float8, 1.0::float8 - ((vacancy_start - earliest)::float8 - 60.0::float8) / 305.0::float8) END;

-- Working-time sets share a flag; an empty set is "any".
CREATE FUNCTION fw_wt_ok(wanted int, offered int) RETURNS boolean IMMUTABLE LANGUAGE sql
  RETURN wanted = 0 OR offered = 0 OR (wanted & offered) <> 0;
