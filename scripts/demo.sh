#!/usr/bin/env bash
# make demo: install, build, create var/fachwerk.db with demo data if absent, serve.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh fachwerk
export FACHWERK_DB="${FACHWERK_DB:-sqlite:var/fachwerk.db}"
if [[ "$FACHWERK_DB" == sqlite:* && ! -f "${FACHWERK_DB#sqlite:}" ]]; then
  echo "==> Demodaten laden"
  build/fachwerk demo-data
fi
listen="${FACHWERK_LISTEN:-127.0.0.1:8080}"
cat <<TXT

  Fachwerk läuft gleich auf  http://$listen
  Demo-Anmeldungen (Passwort: Fachwerk-Demo-2026):
    admin@fachwerk.test          Plattform-Administration
    koordination@fachwerk.test   Koordination eines Netzwerks
    redaktion@fachwerk.test      Redaktion eines Netzwerks
    mitglied@fachwerk.test       Mitglied eines Netzwerks
    personal@fachwerk.test       Redaktion einer Organisation (IHK)
  Beenden mit Strg+C.

TXT
exec build/fachwerk serve --listen "$listen"
