#!/usr/bin/env bash
# Usage: scripts/with-postgres.sh CMD [ARGS...]
#
# Starts a throw-away PostgreSQL 15 cluster on a free loopback port, exports
#   FACHWERK_TEST_PG=postgresql://postgres@127.0.0.1:PORT/postgres
# runs CMD, then stops the cluster and deletes it (also on failure or Ctrl-C), and exits with
# CMD's status. Works non-interactively (CI=true, no stdin), as root or as a normal user:
# PostgreSQL refuses to run as root, so as root the cluster belongs to user "postgres".
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

export PATH="/usr/lib/postgresql/15/bin:$PATH"  # pg_dump/pg_restore must match the server
for tool in initdb pg_ctl pg_isready; do
  command -v "$tool" >/dev/null || { echo "with-postgres: $tool not found (install postgresql-15)" >&2; exit 2; }
done

PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/fw-pg.XXXXXX")"
PG_DATA="$PG_TMP/data"
PG_STARTED=0

as_owner() {
  # Run from the temp dir: the postgres user may not be allowed into the caller's cwd.
  if [[ $(id -u) -eq 0 ]]; then
    (cd "$PG_TMP" && runuser -u postgres -- "$@")
  else
    (cd "$PG_TMP" && "$@")
  fi
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ $PG_STARTED -eq 1 ]]; then
    as_owner pg_ctl -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ $(id -u) -eq 0 ]]; then
  chown postgres:postgres "$PG_TMP"
fi
chmod 700 "$PG_TMP"

# Trust auth on loopback only; UTF8 so umlauts round-trip whatever the host locale is.
as_owner initdb -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_TMP/initdb.log" 2>&1 ||
  { cat "$PG_TMP/initdb.log" >&2; exit 1; }

free_port() {
  if command -v python3 >/dev/null; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
  else
    echo $((20000 + RANDOM % 20000))
  fi
}

# The port may be taken between choosing and binding it; try a few times.
for attempt in 1 2 3 4 5; do
  PG_PORT="$(free_port)"
  # fsync=off makes the test cluster fast; it loses data on an OS crash, which does not
  # matter for a cluster deleted at exit. Never use it for real data.
  if as_owner pg_ctl -D "$PG_DATA" -l "$PG_TMP/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_TMP -c fsync=off -c max_connections=200" \
      start >/dev/null; then
    PG_STARTED=1
    break
  fi
  echo "with-postgres: start on port $PG_PORT failed (attempt $attempt)" >&2
done
if [[ $PG_STARTED -ne 1 ]]; then
  cat "$PG_TMP/server.log" >&2 || true
  exit 1
fi

for _ in $(seq 1 100); do
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
  sleep 0.1
done
pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || { echo "with-postgres: server not ready" >&2; exit 1; }

export FACHWERK_TEST_PG="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
echo "with-postgres: PostgreSQL $(postgres --version | awk '{print $3}') at $FACHWERK_TEST_PG" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
