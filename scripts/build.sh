#!/usr/bin/env bash
# Configures and builds the C++ tree in build/ (Release, Ninja, ccache) and the web UI in
# web/dist. Arguments are CMake targets (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${FACHWERK_JOBS:-$(nproc)}"
if [[ ! -f build/build.ninja ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
echo "==> C++ bauen (${*:-alles}, $jobs Jobs)"
cmake --build build -j "$jobs" ${1:+--target "$@"}
if [[ ! -f web/dist/index.html || -n "$(find web/src web/index.html web/public -newer web/dist/index.html -print -quit 2>/dev/null)" ]]; then
  echo "==> Weboberfläche bauen"
  (cd web && npm run build --silent)
fi
