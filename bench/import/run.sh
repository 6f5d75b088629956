#!/usr/bin/env bash
# BA job-search JSON import, parse + map step (docs/dualcareer.md): generates N realistic v4
# search records in memory and times read_ba_jobsuche() on one core (best of 5 runs).
#
#   bench/import/run.sh [RECORDS]      (default 200000)
#
# BUILD_DIR (default build-bench) is the CMake build directory used.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${BUILD_DIR:-build-bench}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFACHWERK_BENCH=ON >/dev/null
cmake --build "$build" --target import_bench >/dev/null
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
"${pin[@]}" "$build/bench/import/import_bench" "${1:-200000}"
