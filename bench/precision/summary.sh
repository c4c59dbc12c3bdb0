#!/usr/bin/env bash
# Precision per rule from label files (bench/precision/*.tsv by default): TRUE / DEBATABLE / FALSE counts and the
# share of TRUE, then the same over all rules. Plain POSIX awk.
set -euo pipefail
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  cd "$(dirname "${BASH_SOURCE[0]}")"
  files=(*.tsv)
fi
printf "%-45s %5s %5s %5s %6s\n" "rule" "TRUE" "DEB" "FALSE" "TRUE%"
awk -F '\t' 'FNR > 1 { print $3 "\t" $7 }' "${files[@]}" | sort | awk -F '\t' '
  function row(name, t, d, f) { printf "%-45s %5d %5d %5d %5.0f%%\n", name, t, d, f, 100 * t / (t + d + f) }
  $1 != rule { if (rule != "") row(rule, t, d, f); rule = $1; t = d = f = 0 }
  { if ($2 == "TRUE") { t++; at++ } else if ($2 == "DEBATABLE") { d++; ad++ } else { f++; af++ } }
  END { if (rule != "") row(rule, t, d, f); row("all", at, ad, af) }'
