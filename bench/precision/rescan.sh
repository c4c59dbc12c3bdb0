#!/usr/bin/env bash
# Re-scans every labelled repository at its pinned commit and prints the measured precision per rule.
# usage: bench/precision/rescan.sh CORPUS_DIR OUT_DIR [JAR [SCAN_OPTION...]]
#   CORPUS_DIR/<name> must be a clone of each labelled repository (name = the part after the slash) checked out
#   at the commit its label file names; a clone at another commit is reported and skipped, never changed.
#   Scans run one at a time (large repositories need the memory). Writes OUT_DIR/<name>/readiness.json.
#   Every rule runs (--unproven-rules), so the rules below the precision bar stay measured; SCAN_OPTIONs are added
#   to each scan (e.g. --config FILE with lower thresholds, to calibrate one).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus=$1; out=$2; jar=${3:-$here/../../cli/target/readiness.jar}
extra=("${@:4}")
mkdir -p "$out"
for labels in "$here"/*.tsv; do
  read -r repository commit < <(awk -F '\t' 'NR == 2 { print $1, $2 }' "$labels")
  name=${repository#*/}
  clone="$corpus/$name"
  if [ ! -d "$clone" ]; then echo "skip $name: no clone at $clone"; continue; fi
  head=$(git -C "$clone" rev-parse HEAD 2>/dev/null)
  if [ "$head" != "$commit" ]; then echo "skip $name: $clone is at ${head:0:10}, the labels are for ${commit:0:10}"; continue; fi
  start=$(date +%s)
  mkdir -p "$out/$name"
  java -Xmx6g -jar "$jar" scan "$clone" --format json --output "$out/$name/readiness.json" --quiet --no-cache --unproven-rules "${extra[@]}"
  echo "scanned $name (exit $?) in $(( $(date +%s) - start )) s"
done
python3 "$here/precision.py" "$out"
