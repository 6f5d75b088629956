#!/usr/bin/env bash
# PostGIS side by side (docs/engine-match.md §10): generates the data with
# `match_bench --export`, starts a throw-away PostgreSQL 15 + PostGIS cluster
# (scripts/with-postgres.sh), loads it (schema.sql, load.sql), runs the same anchored and
# couple queries with anchored.sql / couple.sql (bench.sql), checks that both sides return the
# same results (ids per rank, scores within 1e-6, counts) and prints p50/p95 per query type of
# both sides and the speed-up at p95. Exits 1 if any result differs.
#
#   bench/match/postgis/run.sh [--vacancies N] [--queries Q] [--no-nationwide]
#
# Defaults: 1,000,000 vacancies, 20 queries per type (the SQL side takes seconds per couple
# query). --no-nationwide skips the nationwide couple queries on the SQL side.
# Needs postgresql-15-postgis-3 (scripts/install-deps.sh --bench). BUILD_DIR as in ../run.sh.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root="$PWD"
build="${BUILD_DIR:-build-bench}"
vacancies=1000000 queries=20 nationwide=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --vacancies) vacancies="$2"; shift 2 ;;
    --queries) queries="$2"; shift 2 ;;
    --no-nationwide) nationwide=0; shift ;;
    *) echo "usage: $0 [--vacancies N] [--queries Q] [--no-nationwide]" >&2; exit 2 ;;
  esac
done
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFACHWERK_BENCH=ON >/dev/null
cmake --build "$build" --target match_bench >/dev/null

dir="$(mktemp -d "${TMPDIR:-/tmp}/fw-postgis.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
chmod 755 "$dir"  # the cluster runs as user postgres when we are root; COPY reads from here
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
echo "== matcher vs PostGIS ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F))"
"${pin[@]}" "$build/bench/match/match_bench" --vacancies "$vacancies" --queries "$queries" --export "$dir" |
  tee "$dir/engine.txt"
chmod -R a+rX "$dir"

cat >"$dir/sql.sh" <<INNER
set -euo pipefail
cd "$root/bench/match/postgis"
P=(psql "\$FACHWERK_TEST_PG" -X -q -v ON_ERROR_STOP=1)
"\${P[@]}" -f schema.sql -f anchored.sql -f couple.sql
start=\$(date +%s)
"\${P[@]}" -v dir="$dir" -v places="$root/data/places.csv" -f load.sql
echo "PostGIS load and index build: \$((\$(date +%s) - start)) s"
"\${P[@]}" -v nationwide=$nationwide -f bench.sql | tee "$dir/pg.txt"
"\${P[@]}" -At -F ' ' -c "SELECT type, percentile_disc(0.5) WITHIN GROUP (ORDER BY ms),
  percentile_disc(0.95) WITHIN GROUP (ORDER BY ms) FROM pg_time GROUP BY type" >"$dir/pg_times.txt"
"\${P[@]}" -At -c "SET fw.nationwide = $nationwide" -c "SELECT count(*) FROM diff" >"$dir/diff_count.txt"
INNER
${pin[@]+"${pin[@]}"} scripts/with-postgres.sh bash "$dir/sql.sh"

# Engine p50/p95 (CPU ms) from match_bench's table; PostGIS times are wall ms inside the server.
echo
printf '%-18s %12s %12s %12s %12s %10s\n' "query" "engine p50" "engine p95" "PostGIS p50" "PostGIS p95" "speed-up"
for t in "anchored:anchored" "couple region:couple region 60 km" "couple nationwide:couple nationwide"; do
  pg_name="${t%%:*}" eng_name="${t#*:}"
  eng=$(grep "^$eng_name " "$dir/engine.txt" | awk '{n=NF; print $(n-8), $(n-7)}' || true)
  pg=$(grep "^$pg_name " "$dir/pg_times.txt" | awk '{print $(NF-1), $NF}' || true)
  [[ -z "$eng" || -z "$pg" ]] && continue
  read -r e50 e95 <<<"$eng"
  read -r p50 p95 <<<"$pg"
  printf '%-18s %12.3f %12.3f %12.3f %12.3f %9.0f×\n' "$pg_name" "$e50" "$e95" "$p50" "$p95" \
    "$(awk -v a="$p95" -v b="$e95" 'BEGIN{print (b > 0 ? a / b : 0)}')"
done
diffs=$(cat "$dir/diff_count.txt")
if [[ "$diffs" != "0" ]]; then
  echo "FAILED: engine and PostGIS differ in $diffs result rows (listed above)" >&2
  exit 1
fi
echo "OK: engine and PostGIS return the same results"
