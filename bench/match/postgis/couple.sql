-- Couple search (docs/engine-match.md §6) in SQL, the same model as the engine: pairs
-- (vacancy for a, vacancy for b, different) with at least one home (a place, in `kreise` if
-- given) within both limits; score = part_a + part_b at the best home, part = c − k · minutes,
-- c = (0.5 fit + 0.15 start + 0.35) / 2, k = 0.35 / (limit_a + limit_b) (§4).
-- Ties: score desc, then ids asc. `feasible` (only when do_count) = number of feasible pairs.
--
-- How it is made fast: candidates of each person are materialised first (composite
-- (grp, geog) GiST); each home's reachable vacancies become two arrays sorted by part, cut to
-- the first k+1; pairs are built per home from the arrays, only (i, j) with i·j − min(i, j) <= k
-- (any other pair is beaten at that home by at least k pairs, so it cannot be in the top k), and
-- the best home per pair is their maximum over homes. A join of the two candidate sets on
-- "common home" is what the planner misestimates; the arrays avoid it.
CREATE FUNCTION fw_couple(wa text, wta int, ea int, la float8, ma text,
                          wb text, wtb int, eb int, lb float8, mb text,
                          kreise text[], do_count boolean,
                          min_fit float8 DEFAULT 0.5, k int DEFAULT 20)
RETURNS TABLE (rank int, ids text, score float8, feasible bigint)
LANGUAGE plpgsql AS $$
DECLARE
  slope float8 := 0.35::float8 / (la + lb);
  n bigint;
  hull geography;
BEGIN
  -- Exact prefilter around the region: a candidate must lie within its reach of the convex
  -- hull of the region's homes (the composite (grp, geog) GiST answers it). Nationwide: none.
  IF kreise IS NOT NULL THEN
    SELECT ST_ConvexHull(ST_Collect(p.geog::geometry))::geography INTO hull FROM place p WHERE p.kreis_ags = ANY (kreise);
  END IF;
  CREATE TEMP TABLE IF NOT EXISTS fw_part (who int, hid bigint, vid bigint, part float8);
  TRUNCATE fw_part;
  -- per person: candidates (materialised), then per home and vacancy the best part
  INSERT INTO fw_part
  WITH cand AS MATERIALIZED (
    SELECT q.who, l.id, l.x, l.y, l.z, l.geog, q.lim, q.speed, q.radius,
           (0.5::float8 * fw_fit(q.w, v.kldb, v.level) + 0.15::float8 * fw_start(v.start_day, q.e) + 0.35::float8)
             / 2.0::float8 AS c
    FROM (VALUES (0, wa, wta, ea, la, fw_speed(ma), fw_radius_m(la, ma)),
                 (1, wb, wtb, eb, lb, fw_speed(mb), fw_radius_m(lb, mb))) AS q(who, w, wt, e, lim, speed, radius)
    JOIN vacancy_location l ON l.grp = left(q.w, 3) AND (hull IS NULL OR ST_DWithin(l.geog, hull, q.radius, false))
    JOIN vacancy v ON v.id = l.id
    WHERE fw_fit(q.w, v.kldb, v.level) >= min_fit AND fw_wt_ok(q.wt, v.working_time))
  -- homes via the GiST on place, probed once per candidate location; the region is a filter
  SELECT c.who, h.geonames_id, c.id, max(c.c - slope * m.m)
  FROM cand c
  JOIN place h ON ST_DWithin(h.geog, c.geog, c.radius, false) AND (kreise IS NULL OR h.kreis_ags = ANY (kreise))
  CROSS JOIN LATERAL (SELECT fw_minutes(h.x, h.y, h.z, c.x, c.y, c.z, c.speed) AS m) m
  WHERE m.m <= c.lim
  GROUP BY c.who, h.geonames_id, c.id;

  -- The exact count needs every feasible pair, i.e. the per-home join of the two sets; it runs
  -- only where the engine counted too (within its count budget), so both sides do equal work.
  IF do_count THEN
    SELECT count(*) INTO n FROM (
      SELECT DISTINCT a.vid, b.vid FROM fw_part a JOIN fw_part b ON b.hid = a.hid AND b.who = 1
      WHERE a.who = 0 AND a.vid <> b.vid) s;
  END IF;

  RETURN QUERY
  WITH lists AS (
    SELECT p.who, p.hid,
           (array_agg(p.vid ORDER BY p.part DESC, p.vid))[1:k + 1] AS vids,
           (array_agg(p.part ORDER BY p.part DESC, p.vid))[1:k + 1] AS parts
    FROM fw_part p GROUP BY p.who, p.hid),
  ij AS (
    SELECT i, j FROM generate_series(1, k + 1) i, generate_series(1, k + 1) j WHERE i * j - least(i, j) <= k),
  pairs AS (
    SELECT a.vids[ij.i] AS va, b.vids[ij.j] AS vb, max(a.parts[ij.i] + b.parts[ij.j]) AS s
    FROM lists a JOIN lists b ON b.hid = a.hid AND b.who = 1
    JOIN ij ON ij.i <= cardinality(a.vids) AND ij.j <= cardinality(b.vids)
    WHERE a.who = 0 AND a.vids[ij.i] <> b.vids[ij.j]
    GROUP BY 1, 2)
  SELECT (row_number() OVER (ORDER BY p.s DESC, p.va, p.vb) - 1)::int, p.va || ',' || p.vb, p.s, n
  FROM pairs p ORDER BY p.s DESC, p.va, p.vb LIMIT k;
END
$$;
