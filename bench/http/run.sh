#!/usr/bin/env bash
# HTTP figures for docs/benchmarks.md: requests/s and p50/p99 latency of
#   - GET /healthz                      (Fachwerk, I/O thread, no database)
#   - GET /api/v1/me, authenticated     (Fachwerk, session from the in-process cache, no SQL)
#   - GET /api/v1/users/ID, authenticated (Fachwerk, the user's own account read from SQLite:
#                                          the "authenticated JSON read from the database")
#   - nginx serving a static file of the same size as the /users/ID answer (the reference)
# with wrk at 64 and 512 connections, side by side in one run on this machine, plus the peak
# memory (RSS) of `fachwerk serve` idle and under that load.
#   bench/http/run.sh [DURATION_S]      (default 10 s per measurement)
# The server runs with its defaults; FACHWERK_IO_THREADS, FACHWERK_WORKERS and FACHWERK_WORKER_SPIN
# (read by `fachwerk serve` itself) change them.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
scripts/install-deps.sh --bench >/dev/null
scripts/build.sh fachwerk >/dev/null

tmp="$(mktemp -d /tmp/fw-bench-http.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Fachwerk on SQLite with the demo accounts.
export FACHWERK_DB="sqlite:$tmp/bench.db"
build/fachwerk demo-data >/dev/null
fw_port=$(free_port)
build/fachwerk serve --listen "127.0.0.1:$fw_port" --no-access-log --static-dir web/dist >"$tmp/fw.log" 2>&1 &
fw_pid=$!
pids+=("$fw_pid")
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$fw_port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
cookie=$(curl -fsS -D - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"email":"admin@fachwerk.test","password":"Fachwerk-Demo-2026"}' "http://127.0.0.1:$fw_port/api/v1/session" |
  sed -n 's/^[Ss]et-[Cc]ookie: \(fw_session=[^;]*\).*/\1/p')
me_json=$(curl -fsS -H "Cookie: $cookie" "http://127.0.0.1:$fw_port/api/v1/me")
user_id=$(/usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["user"]["id"])' <<<"$me_json")
user_url="http://127.0.0.1:$fw_port/api/v1/users/$user_id"
me_bytes=$(curl -fsS -H "Cookie: $cookie" "$user_url" | wc -c)
idle_rss=$(awk '/VmRSS/ {print $2}' "/proc/$fw_pid/status")

# nginx with the same-size static file.
ng_port=$(free_port)
mkdir -p "$tmp/www" "$tmp/nginx"
head -c "$me_bytes" /dev/zero | tr '\0' 'x' >"$tmp/www/me.json"
chmod -R a+rX "$tmp"  # nginx workers run as www-data
cat >"$tmp/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $tmp/nginx; proxy_temp_path $tmp/nginx; fastcgi_temp_path $tmp/nginx;
  uwsgi_temp_path $tmp/nginx; scgi_temp_path $tmp/nginx;
  default_type application/json;
  keepalive_requests 1000000;
  server { listen 127.0.0.1:$ng_port; root $tmp/www; }
}
CONF
nginx -c "$tmp/nginx/nginx.conf" -g 'daemon off;' &
pids+=("$!")
for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$ng_port/me.json" >/dev/null 2>&1 && break; sleep 0.1; done

ulimit -n 65536 2>/dev/null || true
measure() {  # name connections url [header]
  local out
  if [[ -n "${4:-}" ]]; then
    out=$(wrk -t2 -c"$2" -d"${duration}s" --latency -H "$4" "$3")
  else
    out=$(wrk -t2 -c"$2" -d"${duration}s" --latency "$3")
  fi
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {for (i=4;i<=NF;i+=2) n+=$i} END {print n+0}' <<<"$out")
  last_rps="$rps"
  printf '| %-38s | %5s | %10s | %9s | %9s | %6s |\n' "$1" "$2" "$rps" "$p50" "$p99" "$errors"
}

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -r); $(date -u +%F)"
echo "Fachwerk $(build/fachwerk --version): ${FACHWERK_IO_THREADS:-default} I/O threads, ${FACHWERK_WORKERS:-default} workers, spin ${FACHWERK_WORKER_SPIN:-default} µs, SQLite; nginx $(nginx -v 2>&1 | sed 's/.*\///'): worker_processes auto"
echo "Response size: $me_bytes bytes (/api/v1/users/$user_id), static file of the same size for nginx; wrk -t2, ${duration} s each"
echo
echo "| measurement                            | conns |   req/s    |    p50    |    p99    | errors |"
echo "|----------------------------------------|-------|------------|-----------|-----------|--------|"
ratios=()
for c in 64 512; do
  measure "nginx static file ($me_bytes B)" "$c" "http://127.0.0.1:$ng_port/me.json"
  nginx_rps="$last_rps"
  measure "fachwerk GET /healthz" "$c" "http://127.0.0.1:$fw_port/healthz"
  measure "fachwerk GET /api/v1/me (cached session)" "$c" "http://127.0.0.1:$fw_port/api/v1/me" "Cookie: $cookie"
  measure "fachwerk GET /api/v1/users/$user_id (SQL)" "$c" "$user_url" "Cookie: $cookie"
  ratios+=("$c conns: $(awk -v a="$last_rps" -v b="$nginx_rps" 'BEGIN {printf "%.0f %%", 100 * a / b}')")
done
peak_rss=$(awk '/VmHWM/ {print $2}' "/proc/$fw_pid/status")
echo
echo "Database read vs nginx (target >= 50 %): ${ratios[*]}"
echo "fachwerk serve RSS: idle $((idle_rss / 1024)) MiB, peak under load $((peak_rss / 1024)) MiB (VmHWM)"
