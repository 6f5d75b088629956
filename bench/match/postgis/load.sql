-- Loads match_bench --export output (psql -v dir=DIR -v places=data/places.csv -f load.sql)
-- with COPY, then builds the indexes (after the load: faster than maintaining them row by row).
\set ON_ERROR_STOP on
CREATE TEMP TABLE vac_in (id bigint, kldb text, level int, working_time int, start_day int, loc int,
                          lat float8, lon float8);
\set vfile :dir '/vacancies.csv'
COPY vac_in FROM :'vfile' WITH (FORMAT csv, DELIMITER ';', HEADER true, NULL '');
INSERT INTO vacancy SELECT DISTINCT ON (id) id, kldb, level, working_time, start_day FROM vac_in ORDER BY id, loc;
INSERT INTO vacancy_location
  SELECT id, loc, left(kldb, 3), fw_x(lat, lon), fw_y(lat, lon), fw_z(lat, lon),
         ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography
  FROM vac_in;

CREATE TEMP TABLE place_in (geonames_id bigint, name text, lat float8, lon float8, population bigint,
                            feature_code text, kreis_ags text, gemeinde_ags text);
COPY place_in FROM :'places' WITH (FORMAT csv, HEADER true);
INSERT INTO place
  SELECT geonames_id, name, kreis_ags, gemeinde_ags, fw_x(lat, lon), fw_y(lat, lon), fw_z(lat, lon),
         ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography
  FROM place_in WHERE coalesce(gemeinde_ags, '') <> '';

CREATE INDEX vacancy_location_grp_geog ON vacancy_location USING gist (grp, geog);
CREATE INDEX vacancy_location_geog ON vacancy_location USING gist (geog);
CREATE INDEX place_geog ON place USING gist (geog);
CREATE INDEX place_kreis ON place (kreis_ags);

-- The queries and the engine's answers.
CREATE TABLE anchored_query (qid int PRIMARY KEY, kldb text, working_time int, earliest_start int,
  max_minutes float8, mode text, anchor_lat float8, anchor_lon float8, anchor_max_minutes float8, anchor_mode text);
\set f :dir '/anchored_queries.csv'
COPY anchored_query FROM :'f' WITH (FORMAT csv, DELIMITER ';', HEADER true, NULL '');
CREATE TABLE couple_query (qid int PRIMARY KEY, a_kldb text, a_working_time int, a_earliest_start int,
  a_max_minutes float8, a_mode text, b_kldb text, b_working_time int, b_earliest_start int, b_max_minutes float8,
  b_mode text, kreise text);
\set f :dir '/couple_queries.csv'
COPY couple_query FROM :'f' WITH (FORMAT csv, DELIMITER ';', HEADER true, NULL '');
CREATE TABLE engine_result (type text, qid int, rank int, ids text, score float8, feasible bigint);
\set f :dir '/engine_results.csv'
COPY engine_result FROM :'f' WITH (FORMAT csv, DELIMITER ';', HEADER true, NULL '');
VACUUM ANALYZE;
