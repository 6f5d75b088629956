#!/usr/bin/env bash
# Starts the real server on a free port with a fresh demo database and runs the browser
# end-to-end tests (web/e2e/run.mjs, playwright-core driving /usr/bin/chromium) against it.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d "${TMPDIR:-/tmp}/fw-e2e.XXXXXX")"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
export FACHWERK_DB="sqlite:$tmp/e2e.db" FACHWERK_PASSWORD_COST=minimal
build/fachwerk demo-data >/dev/null
build/fachwerk serve --listen "127.0.0.1:$port" --static-dir web/dist --no-access-log >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
  sleep 0.1
done
status=0
(cd web && FACHWERK_E2E_URL="http://127.0.0.1:$port" node e2e/run.mjs) || status=$?
if [[ $status -ne 0 ]]; then
  echo "--- server log ---" >&2
  tail -50 "$tmp/server.log" >&2
fi
exit $status
