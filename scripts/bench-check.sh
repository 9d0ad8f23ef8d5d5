#!/usr/bin/env bash
# Benchmark of `goalline check` end to end (process start, database open, report):
# the showcase article (target ≤ 100 ms) and a 1 MB article (target < 2 s), with hyperfine.
# Usage: scripts/bench-check.sh   (run from the repository root, ../shared beside it)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo; $SUDO apt-get install -y -qq hyperfine >/dev/null; }
cargo build --release -q
BIN=target/release/goalline
DB=target/bench-check.db
DATA=../shared/data
ARTICLE=../shared/articles/kane-penalty-miss-2022.txt
[ -f "$DB" ] || $BIN --db "$DB" --data "$DATA" import --json >/dev/null
BIG=target/bench-check-1mb.txt
python3 - "$ARTICLE" "$BIG" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
base = open(src, encoding="utf-8").read()
out = []
while sum(len(x) + 2 for x in out) < 1_000_000:
    out.append(base)
open(dst, "w", encoding="utf-8").write("\n\n".join(out))
PY
echo "machine: $(nproc) cores, $(uname -m); load: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 3 --runs 30 "$BIN --db $DB check $ARTICLE --json"
hyperfine -N --warmup 1 --runs 5 "$BIN --db $DB check $BIG --json"
