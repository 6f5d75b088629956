#!/usr/bin/env bash
# make test: install, build, and run the whole suite:
#   1. C++ unit, store, API and integration tests (CTest) against SQLite and a throw-away
#      PostgreSQL 15 cluster, with a real SMTP server for the mail test;
#   2. web unit tests (Vitest);
#   3. browser end-to-end tests in Debian's headless Chromium against the real server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
scripts/build.sh

echo "==> Web-Unit-Tests"
(cd web && npm test --silent)

echo "==> C++-Tests (SQLite und PostgreSQL)"
scripts/with-smtp.sh scripts/with-postgres.sh \
  ctest --test-dir build --output-on-failure -j "${FACHWERK_JOBS:-$(nproc)}" --timeout 300

echo "==> Browser-Tests (Chromium, headless)"
scripts/e2e.sh
