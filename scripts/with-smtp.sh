#!/usr/bin/env bash
# Usage: scripts/with-smtp.sh CMD [ARGS...]
#
# Starts a real SMTP server (aiosmtpd from Debian's python3-aiosmtpd) on a free loopback port
# that delivers into a Maildir, exports
#   FACHWERK_TEST_SMTP_URL=smtp://127.0.0.1:PORT  FACHWERK_TEST_SMTP_MAILDIR=DIR
# runs CMD, stops the server and removes the Maildir, and exits with CMD's status.
set -euo pipefail
[[ $# -gt 0 ]] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || { echo "with-smtp: python3-aiosmtpd missing" >&2; exit 2; }

SMTP_TMP="$(mktemp -d "${TMPDIR:-/tmp}/fw-smtp.XXXXXX")"
SMTP_PID=""
cleanup() {
  [[ -n "$SMTP_PID" ]] && kill "$SMTP_PID" 2>/dev/null && wait "$SMTP_PID" 2>/dev/null || true
  rm -rf "$SMTP_TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PORT="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
mkdir -p "$SMTP_TMP/maildir/tmp" "$SMTP_TMP/maildir/new" "$SMTP_TMP/maildir/cur"
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$PORT" -c aiosmtpd.handlers.Mailbox "$SMTP_TMP/maildir" \
  >"$SMTP_TMP/log" 2>&1 </dev/null &
SMTP_PID=$!
for _ in $(seq 1 100); do
  if /usr/bin/python3 -c "import socket,sys; s=socket.create_connection(('127.0.0.1',$PORT),0.2); s.close()" 2>/dev/null; then
    break
  fi
  kill -0 "$SMTP_PID" 2>/dev/null || { echo "with-smtp: server failed:" >&2; cat "$SMTP_TMP/log" >&2; exit 2; }
  sleep 0.1
done
export FACHWERK_TEST_SMTP_URL="smtp://127.0.0.1:$PORT"
export FACHWERK_TEST_SMTP_MAILDIR="$SMTP_TMP/maildir"
set +e
"$@"
status=$?
set -e
exit "$status"
