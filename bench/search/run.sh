#!/usr/bin/env bash
# Directory search figures (issue 3): 1,000 networks, 100,000 organisations and 10,000 practices (generated once
# per backend), then
#   1. p50/p99 of the search service for a mix of 1-, 2- and 3-word German queries with and
#      without facets, on SQLite and on PostgreSQL 15 (a throw-away cluster);
#   2. requests/s of GET /api/v1/search under wrk at 64 connections, the same mix in rotation.
# Target: p99 under 20 ms on SQLite.
# Usage: bench/search/run.sh            (REPS=20 BUILD_DIR=build-bench DURATION=10 by default;
#                                        PARTS="sqlite pg http" chooses the parts)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${BUILD_DIR:-build-bench}"
reps="${REPS:-20}"
duration="${DURATION:-10}"
parts=" ${PARTS:-sqlite pg http} "
scripts/install-deps.sh --bench >/dev/null
scripts/build.sh fachwerk >/dev/null
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFACHWERK_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build" -j2 --target search_bench >/dev/null
bench="$build/bench/search/search_bench"

# The SQLite database is kept between runs (generating it takes a minute or two).
data="$build/search-data"
mkdir -p "$data"
db="sqlite:$data/search.db"
"$bench" fill "$db"
tmp="$(mktemp -d /tmp/fw-bench-search.XXXXXX)"
fw_pid=""
cleanup() { [[ -n "$fw_pid" ]] && kill "$fw_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -r); $(date -u +%F); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
if [[ "$parts" == *" sqlite "* ]]; then
  echo "== search service, SQLite"
  "$bench" query "$db" --reps "$reps" --wrk-script "$tmp/mix.lua"
  echo
else
  "$bench" query "$db" --reps 1 --wrk-script "$tmp/mix.lua" >/dev/null
fi
if [[ "$parts" == *" pg "* ]]; then
echo "== search service, PostgreSQL 15"
# shellcheck disable=SC2016
scripts/with-postgres.sh bash -c '"$1" fill "$FACHWERK_TEST_PG" >/dev/null 2>&1 && "$1" query "$FACHWERK_TEST_PG" --reps "$2"' _ "$bench" "$reps" |
  grep -v '^with-postgres'
echo
fi
[[ "$parts" == *" http "* ]] || exit 0
echo "== GET /api/v1/search over HTTP, SQLite, wrk -t2 -c64 ${duration} s, the mix in rotation"
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
build/fachwerk --db "$db" serve --listen "127.0.0.1:$port" --no-access-log >"$tmp/fw.log" 2>&1 &
fw_pid=$!
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
wrk -t2 -c64 -d"${duration}s" --latency -s "$tmp/mix.lua" "http://127.0.0.1:$port" |
  grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|99)%'
