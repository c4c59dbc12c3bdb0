#!/usr/bin/env bash
# Backtests the hotspot ranking on each repository of a corpus and prints, per repository and ranking, the ROC AUC
# and the effort-aware recall, then how often our ranking beats each naive one and the median AUC per ranking.
# usage: bench/backtest.sh CORPUS_DIR OUT_DIR [JAR [BACKTEST_OPTION...]]
#   CORPUS_DIR/<name> are full clones (not shallow) of the repositories, fetched outside this project and never
#   committed; each is backtested at its HEAD (T0 = 12 months before HEAD's commit, unless options say otherwise).
#   Runs one at a time (large repositories need the memory). Writes OUT_DIR/<name>.json and OUT_DIR/table.md.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus=$1; out=$2; jar=${3:-$here/../cli/target/readiness.jar}
extra=("${@:4}")
mkdir -p "$out"
for clone in "$corpus"/*/; do
  name=$(basename "$clone")
  git -C "$clone" rev-parse HEAD >/dev/null 2>&1 || { echo "skip $name: not a Git repository"; continue; }
  start=$(date +%s)
  java -Xmx6g -jar "$jar" backtest "$clone" --format json --output "$out/$name.json" --no-cache "${extra[@]}" \
    2> "$out/$name.err"
  echo "backtested $name (exit $?) in $(( $(date +%s) - start )) s" >&2
done
python3 "$here/backtest_table.py" "$out" | tee "$out/table.md"
