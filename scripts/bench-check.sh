#!/usr/bin/env bash
# Benchmark of `goalline check` end to end (process start, database open, the whole check, JSON
# report) with hyperfine: the showcase article, articles of 4 KB, 100 KB, 1 MB, 4 MB and 8 MB
# made of the dev2 articles one after another (dense, varied text), and the time per `wild/`
# article. The work of the checker at 1, 4 and 8 MB (a counter, not a clock) is compared by
# `cargo test --release -p goalline-check --test linear -- --nocapture`.
# Usage: scripts/bench-check.sh   (run from the repository root, ../shared beside it)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo; $SUDO apt-get install -y -qq hyperfine >/dev/null; }
cargo build --release -q
BIN=target/release/goalline
DB=target/bench-check.db
DATA=../shared/data
ARTICLES=../shared/articles
# Always import: a no-op when the data and schema are unchanged, a rebuild after a schema change.
$BIN --db "$DB" --data "$DATA" import --json >/dev/null
python3 - "$ARTICLES/dev2" target <<'PY'
import sys, glob, os
src, out = sys.argv[1], sys.argv[2]
texts = []
for f in sorted(glob.glob(os.path.join(src, "*.txt"))):
    lines = open(f, encoding="utf-8").read().split("\n")
    # Without the SOURCE/DATE header lines, so the pieces read as one long article.
    texts.append("\n".join(l for l in lines if not l.startswith(("SOURCE:", "DATE:"))).strip())
base = "\n\n".join(texts)
for name, size in [("4k", 4_000), ("100k", 100_000), ("1m", 1_000_000), ("4m", 4_000_000), ("8m", 8_000_000)]:
    s = base
    while len(s.encode()) < size:
        s += "\n\n" + base
    cut = s.encode()[:size].decode("utf-8", "ignore")
    open(os.path.join(out, f"bench-check-{name}.txt"), "w", encoding="utf-8").write(cut)
PY
echo "machine: $(nproc) cores, $(uname -m); load: $(cut -d' ' -f1-3 /proc/loadavg)"
# Exit code 1 means "a claim is contradicted", not a failure of the run.
hyperfine -N -i --warmup 3 --runs 20 "$BIN --db $DB --json check $ARTICLES/kane-penalty-miss-2022.txt"
hyperfine -N -i --warmup 2 --runs 20 "$BIN --db $DB --json check target/bench-check-4k.txt"
hyperfine -N -i --warmup 1 --runs 10 "$BIN --db $DB --json check target/bench-check-100k.txt"
hyperfine -N -i --warmup 1 --runs 3 "$BIN --db $DB --json check target/bench-check-1m.txt"
hyperfine -N -i --runs 1 "$BIN --db $DB --json check target/bench-check-4m.txt"
hyperfine -N -i --runs 1 "$BIN --db $DB --json check target/bench-check-8m.txt"
# Per wild/ article: every article of ../shared/articles/wild once, end to end.
n=0; start=$(date +%s.%N)
for f in "$ARTICLES"/wild/*.txt; do $BIN --db "$DB" --json check "$f" >/dev/null || true; n=$((n+1)); done
end=$(date +%s.%N)
python3 -c "print(f'wild/: {$n} articles, {($end-$start)/$n*1000:.0f} ms per article end to end')"
