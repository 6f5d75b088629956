#!/usr/bin/env bash
# Installs what Fachwerk needs on Debian 12, only what is missing:
#   scripts/install-deps.sh          build + run (make demo)
#   scripts/install-deps.sh --test   also PostgreSQL 15, an SMTP server and Chromium (make test)
# Then `npm ci` in web/ when node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake ninja-build ccache pkg-config
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev libpq-dev libsodium-dev libcli11-dev libspdlog-dev libfmt-dev
  libcurl4-openssl-dev zlib1g-dev libgtest-dev libgmock-dev libstemmer-dev
  libxlsxwriter-dev libzip-dev libexpat1-dev
  postgresql-client-15 curl)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(postgresql-15 python3-aiosmtpd chromium)
fi
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(postgresql-15 postgresql-15-postgis-3 libbenchmark-dev nginx wrk hyperfine python3-numpy)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "==> Installiere Debian-Pakete: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
fi

# Node.js 20.19+ is needed by Vite 8. Debian 12's own nodejs is 18; use it only if nothing newer is there.
if ! command -v node >/dev/null; then
  echo "==> Installiere Node.js aus Debian"
  DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq nodejs npm </dev/null
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if (( node_major < 20 )); then
  echo "Fehler: Node.js $(node --version) ist zu alt; benötigt wird Version 20.19 oder neuer." >&2
  exit 1
fi

if [[ ! -f web/node_modules/.package-lock.json || web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
  echo "==> npm ci (web/)"
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
