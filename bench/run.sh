#!/usr/bin/env bash
# One command for every figure in docs/benchmarks.md. Each part prints its own table.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== HTTP (issue: platform foundation)"
bench/http/run.sh "$@"
echo
echo "== Labour-market monitor engines (issue: labour-market monitor)"
scripts/install-deps.sh --bench >/dev/null
bench/monitor/run.sh
echo
echo "== Directory search (issue: directory)"
bench/search/run.sh
echo
echo "== Job für Zwei matcher (issue: Job für Zwei)"
bench/match/run.sh
echo
echo "== Job für Zwei vacancy import (issue: Job für Zwei)"
bench/import/run.sh
