#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and benchmarks.
#
#   scripts/pg-cluster.sh start DIR [PORT]   initdb DIR (if new), start it on 127.0.0.1:PORT
#                                            (default 54329) and print the URL for GOALLINE_TEST_PG
#   scripts/pg-cluster.sh stop DIR           stop it (the directory stays; rm -rf it yourself)
#
# Finds initdb/pg_ctl on PATH or under /usr/lib/postgresql/*/bin. initdb refuses to run as
# root, so as root the cluster runs as the `postgres` system user (created by Debian's
# postgresql package). Trust authentication on 127.0.0.1 only: a test cluster, never a server.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
port=${3:-54329}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }

bin=""
if command -v pg_ctl >/dev/null 2>&1; then
  bin=$(dirname "$(command -v pg_ctl)")
else
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && bin=$d; done
fi
[ -n "$bin" ] || { echo "pg-cluster: no pg_ctl/initdb (install Debian's postgresql)" >&2; exit 3; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; exit 1; }
    fi
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2;;
esac
