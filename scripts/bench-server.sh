#!/usr/bin/env bash
# Benchmark of `goalline serve`: builds release, imports the real data into a temporary
# database, starts the server on 127.0.0.1, and runs wrk (Debian package `wrk`, installed here
# if missing) for a bounded time per endpoint, printing wrk's report (req/s, latency
# percentiles) and a summary table. Not a test: figures depend on the machine. Loopback only;
# everything started here is stopped.
#
# Default suite (no arguments):
#   1. tally    GET  /api/players/Harry%20Kane/tally?as_of=2022-12-10   (response cache on, the default)
#   2. tally    the same with `serve --cache-mb 0`: the answer computed on every request
#   3. check    POST /api/check with the showcase article (scripts/wrk/post-check.lua), fewer connections
#   4. coverage GET  /api/teams/England/coverage?to=2022-12-10
# With arguments, each is a GET path benchmarked like (1): scripts/bench-server.sh /api/health
#
# Env: DURATION (10s) CONNECTIONS (32) CHECK_CONNECTIONS (4) THREADS (1) PORT (18787)
#      GOALLINE_DATA (../shared/data) ARTICLE (../shared/articles/kane-penalty-miss-2022.txt)
#      SERVER_LOG (info: the default request log, written to a file; "warn" turns it off)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
CHECK_CONNECTIONS="${CHECK_CONNECTIONS:-4}"
THREADS="${THREADS:-1}"
PORT="${PORT:-18787}"
DATA="${GOALLINE_DATA:-../shared/data}"
ARTICLE="${ARTICLE:-../shared/articles/kane-penalty-miss-2022.txt}"
SERVER_LOG="${SERVER_LOG:-info}"
TALLY="/api/players/Harry%20Kane/tally?as_of=2022-12-10"

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
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
cleanup() { stop_server; rm -rf "$WORK"; }
trap cleanup EXIT

start_server() { # extra serve flags…
  stop_server
  RUST_LOG="$SERVER_LOG" "$BIN" --db "$DB" serve --addr "127.0.0.1:$PORT" "$@" 2>>"$WORK/server.log" &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null
}

SUMMARY="$WORK/summary"
: >"$SUMMARY"
# run NAME CONNECTIONS PATH [wrk args…]: warm-up, then the measured run; one summary line.
run() {
  local name="$1" conns="$2" path="$3"; shift 3
  local url="http://127.0.0.1:$PORT$path"
  echo
  echo "== $name: wrk -t$THREADS -c$conns -d$DURATION --latency $* $url"
  wrk -t"$THREADS" -c"$conns" -d3s "$@" "$url" >/dev/null   # warm-up
  local out
  out="$(wrk -t"$THREADS" -c"$conns" -d"$DURATION" --latency "$@" "$url")"
  echo "$out"
  local rps p50 p99
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$conns" "$rps" "$p50" "$p99" >>"$SUMMARY"
}

"$BIN" --db "$DB" --data "$DATA" import --json >/dev/null
echo "machine: $(nproc) cores, $(uname -m); wrk and the server share it; server log level: $SERVER_LOG"

if [ "$#" -gt 0 ]; then
  start_server
  for p in "$@"; do
    curl -fsS -o /dev/null -w "one request: HTTP %{http_code}, %{size_download} bytes, %{time_total}s\n" "http://127.0.0.1:$PORT$p"
    run "GET $p" "$CONNECTIONS" "$p"
  done
else
  test -f "$ARTICLE" || { echo "no article at $ARTICLE (set ARTICLE)" >&2; exit 2; }
  start_server
  curl -fsS -o /dev/null -w "tally, one request: HTTP %{http_code}, %{size_download} bytes, %{time_total}s\n" "http://127.0.0.1:$PORT$TALLY"
  run "tally (cached)" "$CONNECTIONS" "$TALLY"
  curl -fsS -o /dev/null -H 'Content-Type: text/plain' --data-binary "@$ARTICLE" \
    -w "check, one request: HTTP %{http_code}, %{size_download} bytes, %{time_total}s\n" "http://127.0.0.1:$PORT/api/check"
  export ARTICLE; ARTICLE="$(realpath "$ARTICLE")"
  run "POST /api/check" "$CHECK_CONNECTIONS" /api/check -s scripts/wrk/post-check.lua
  run "coverage" "$CONNECTIONS" "/api/teams/England/coverage?to=2022-12-10"
  start_server --cache-mb 0
  run "tally (no cache)" "$CONNECTIONS" "$TALLY"
fi
stop_server

echo
echo "| endpoint | connections | req/s | p50 | p99 |"
echo "|---|---|---|---|---|"
cat "$SUMMARY"
