#!/usr/bin/env bash
# Benchmark of `goalline serve`: builds release, imports the real data into a temporary
# database, starts the server on 127.0.0.1, and runs wrk (Debian package `wrk`, installed here
# if missing) for a bounded time against one endpoint, printing req/s and latency percentiles.
# Not a test: figures depend on the machine. Loopback only; everything started here is stopped.
#
# Usage: scripts/bench-server.sh [PATH]   (default: the England coverage endpoint)
# Env:   DURATION (20s) CONNECTIONS (32) THREADS (1) PORT (18787) GOALLINE_DATA (../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."

REQ_PATH="${1:-/api/teams/England/coverage?to=2022-12-10}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"
PORT="${PORT:-18787}"
DATA="${GOALLINE_DATA:-../shared/data}"

if ! command -v wrk >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wrk
fi

cargo build --release --quiet -p goalline
BIN="${CARGO_TARGET_DIR:-target}/release/goalline"
WORK="$(mktemp -d)"
DB="$WORK/bench.db"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$BIN" --db "$DB" --data "$DATA" import --json >/dev/null
"$BIN" --db "$DB" serve --addr "127.0.0.1:$PORT" 2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null

URL="http://127.0.0.1:$PORT$REQ_PATH"
echo "machine: $(nproc) cores, $(uname -m); wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $URL"
curl -fsS -o /dev/null -w "one request: HTTP %{http_code}, %{size_download} bytes, %{time_total}s\n" "$URL"
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$URL" >/dev/null   # warm-up
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$URL"
