-- Runs every exported query once (after a warm-up of the first ten of each type), stores the
-- answers in pg_result and the wall time of each in pg_time (clock_timestamp around the call,
-- inside the server: no client round trip is counted).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
-- psql -v nationwide=0 skips the nationwide couple queries (slow on the PostGIS side).
SET fw.nationwide = :nationwide;
CREATE TABLE pg_result (type text, qid int, rank int, ids text, score float8, feasible bigint);
CREATE TABLE pg_time (type text, qid int, ms float8);
DO $$
DECLARE
  q record; t timestamptz; warm int;
BEGIN
  FOR warm IN 0..1 LOOP
    FOR q IN SELECT * FROM anchored_query WHERE warm = 1 OR qid < 10 ORDER BY qid LOOP
      t := clock_timestamp();
      INSERT INTO pg_result SELECT 'anchored', q.qid, r.rank, r.id::text, r.score, r.feasible
        FROM fw_anchored(q.kldb, q.working_time, q.earliest_start, q.max_minutes, q.mode,
                         q.anchor_lat, q.anchor_lon, q.anchor_max_minutes, q.anchor_mode) r;
      INSERT INTO pg_time VALUES ('anchored', q.qid, extract(epoch FROM clock_timestamp() - t) * 1000);
    END LOOP;
    FOR q IN SELECT c.*, EXISTS (SELECT 1 FROM engine_result e WHERE e.type = 'couple' AND e.qid = c.qid
                                 AND e.feasible IS NOT NULL) AS counted
             FROM couple_query c WHERE (warm = 1 OR qid < 10)
               AND (current_setting('fw.nationwide') = '1' OR coalesce(c.kreise, '') <> '') ORDER BY qid LOOP
      t := clock_timestamp();
      INSERT INTO pg_result SELECT 'couple', q.qid, r.rank, r.ids, r.score, r.feasible
        FROM fw_couple(q.a_kldb, q.a_working_time, q.a_earliest_start, q.a_max_minutes, q.a_mode,
                       q.b_kldb, q.b_working_time, q.b_earliest_start, q.b_max_minutes, q.b_mode,
                       CASE WHEN coalesce(q.kreise, '') = '' THEN NULL ELSE string_to_array(q.kreise, ',') END,
                       q.counted) r;
      INSERT INTO pg_time VALUES (CASE WHEN coalesce(q.kreise, '') = '' THEN 'couple nationwide'
                                       ELSE 'couple region' END, q.qid,
                                  extract(epoch FROM clock_timestamp() - t) * 1000);
    END LOOP;
    IF warm = 0 THEN TRUNCATE pg_result, pg_time; END IF;
  END LOOP;
END $$;

-- The comparison: same ids at the same rank, scores within 1e-6, same counts (couple counts
-- only where the engine counted). Every difference is listed; run.sh fails if there is one.
CREATE VIEW diff AS
  SELECT coalesce(e.type, p.type) AS type, coalesce(e.qid, p.qid) AS qid, coalesce(e.rank, p.rank) AS rank,
         e.ids AS engine_ids, p.ids AS pg_ids, e.score AS engine_score, p.score AS pg_score,
         e.feasible AS engine_feasible, p.feasible AS pg_feasible
  FROM engine_result e FULL JOIN pg_result p ON p.type = e.type AND p.qid = e.qid AND p.rank = e.rank
  WHERE (e.type IS NULL OR e.type = 'anchored' OR current_setting('fw.nationwide') = '1'
         OR e.qid IN (SELECT qid FROM couple_query WHERE coalesce(kreise, '') <> ''))
  AND (  e.ids IS DISTINCT FROM p.ids OR abs(e.score - p.score) > 1e-6 OR e.score IS NULL OR p.score IS NULL
     OR (e.feasible IS NOT NULL AND e.feasible IS DISTINCT FROM p.feasible));
\pset footer off
SELECT type, count(*) AS n, round(percentile_disc(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 3) AS p50_ms,
       round(percentile_disc(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 3) AS p95_ms
FROM pg_time GROUP BY type ORDER BY type;
SELECT (SELECT count(*) FROM engine_result) AS engine_rows, (SELECT count(*) FROM pg_result) AS pg_rows,
       (SELECT count(*) FROM diff) AS differences;
SELECT * FROM diff ORDER BY type, qid, rank LIMIT 30;
