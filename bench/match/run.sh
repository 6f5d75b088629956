#!/usr/bin/env bash
# Matcher figures (issue 4, docs/engine-match.md): generates 1,000,000 open vacancies at real
# places (seeded), builds the index, runs the fixed anchored / couple-in-region / nationwide
# query sets one at a time and prints p50/p95/p99 per query type, build time and bytes per
# vacancy. Pinned to one core when taskset exists.
#
#   bench/match/run.sh [--vacancies N] [--queries Q] [--seed S] [--export DIR] [--gbench]
#   bench/match/run.sh --postgis [--vacancies N] [--queries Q] [--no-nationwide]
#
# --gbench also runs the Google Benchmark program (mean times of the hot functions).
# --postgis runs the PostGIS side by side instead (bench/match/postgis/run.sh): same data and
# queries in PostgreSQL 15 + PostGIS, results compared, speed-up per query type.
# BUILD_DIR (default build-bench) is the CMake build directory used.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${BUILD_DIR:-build-bench}"
gbench=0
args=()
for a in "$@"; do
  if [[ "$a" == "--postgis" ]]; then
    shift_args=()
    for b in "$@"; do [[ "$b" != "--postgis" ]] && shift_args+=("$b"); done
    exec bench/match/postgis/run.sh "${shift_args[@]}"
  fi
  if [[ "$a" == "--gbench" ]]; then gbench=1; else args+=("$a"); fi
done
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFACHWERK_BENCH=ON >/dev/null
cmake --build "$build" --target match_bench match_gbench >/dev/null
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
echo "== matcher ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
"${pin[@]}" "$build/bench/match/match_bench" "${args[@]}"
if [[ $gbench -eq 1 ]]; then
  "${pin[@]}" "$build/bench/match/match_gbench" --benchmark_min_time=0.5
fi
