#!/usr/bin/env bash
# Facts benchmark: warm per-query latency (median, p99) of goalline's facts engine on the real
# data, next to pandas answering the same questions from the same CSV files.
# pandas is installed by scripts/bench_pandas.py into target/bench-venv when missing.
# Usage: scripts/bench-facts.sh            (GOALLINE_DATA overrides ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo bench -p goalline-facts --bench queries "$@"
