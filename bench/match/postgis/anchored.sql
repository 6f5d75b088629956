-- Anchored search (docs/engine-match.md §5) in SQL, the same model as the engine:
-- homes = places within the applicant's limit of the anchor; results = vacancies of the
-- partner's occupation (fit >= min_fit), compatible working time, reached from at least one
-- home within the partner's limit; score at the best home (lowest total minutes), §4.
-- Ties: score desc, id asc. `feasible` = number of such vacancies.
--
-- How it is made fast: (1) homes are found by ST_DWithin around the anchor (GiST on place);
-- (2) the candidate vacancies are materialised first with ONE exact prefilter, the composite
-- (grp, geog) GiST and the largest radius any reachable vacancy can have (anchor reach +
-- partner reach), so the home x vacancy join only sees these; (3) exact minutes decide,
-- computed on unit vectors (no geography call per pair).
-- min_fit must be above 0.3 (only the request's own 3-digit group can fit), as in the bench.
CREATE FUNCTION fw_anchored(w text, wt int, earliest int, lim float8, mode text,
                            alat float8, alon float8, alim float8, amode text,
                            min_fit float8 DEFAULT 0.5, k int DEFAULT 20)
RETURNS TABLE (rank int, id bigint, score float8, feasible bigint)
LANGUAGE sql STABLE AS $$
  WITH anchor AS MATERIALIZED (
    SELECT fw_x(alat, alon) AS x, fw_y(alat, alon) AS y, fw_z(alat, alon) AS z,
           ST_SetSRID(ST_MakePoint(alon, alat), 4326)::geography AS geog,
           0.35::float8 / (alim + lim) AS slope),
  homes AS MATERIALIZED (
    SELECT p.x, p.y, p.z, p.geog, m.am
    FROM anchor a JOIN place p ON ST_DWithin(p.geog, a.geog, fw_radius_m(alim, amode), false)
    CROSS JOIN LATERAL (SELECT fw_minutes(a.x, a.y, a.z, p.x, p.y, p.z, fw_speed(amode)) AS am) m
    WHERE m.am <= alim),
  cand AS MATERIALIZED (
    SELECT l.id, l.x, l.y, l.z, l.geog,
           (0.5::float8 * f.fit + 0.15::float8 * fw_start(v.start_day, earliest) + 0.35::float8) AS c
    FROM anchor a
    JOIN vacancy_location l
      ON l.grp = left(w, 3)
     AND ST_DWithin(l.geog, a.geog, fw_radius_m(alim, amode) + fw_radius_m(lim, mode), false)
    JOIN vacancy v ON v.id = l.id
    CROSS JOIN LATERAL (SELECT fw_fit(w, v.kldb, v.level) AS fit) f
    WHERE f.fit >= min_fit AND fw_wt_ok(wt, v.working_time)),
  reached AS (
    -- best home per vacancy: lowest anchor + partner minutes over homes and locations
    SELECT c.id, max(c.c) AS c, min(h.am + pm.m) AS total_min
    -- exact minutes only: both sides are small materialised sets without an index, where
    -- the arithmetic is cheaper than ST_DWithin per pair (measured 1.5-2x)
    FROM cand c
    CROSS JOIN homes h
    CROSS JOIN LATERAL (SELECT fw_minutes(h.x, h.y, h.z, c.x, c.y, c.z, fw_speed(mode)) AS m) pm
    WHERE pm.m <= lim
    GROUP BY c.id),
  scored AS (
    SELECT r.id, r.c - a.slope * r.total_min AS score, count(*) OVER () AS feasible
    FROM reached r CROSS JOIN anchor a)
  SELECT (row_number() OVER (ORDER BY s.score DESC, s.id) - 1)::int, s.id, s.score, s.feasible
  FROM scored s ORDER BY s.score DESC, s.id LIMIT k
$$;
