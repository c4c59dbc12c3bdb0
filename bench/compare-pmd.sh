#!/usr/bin/env bash
# Times our first scan against PMD's quickstart rules, side by side in one run on the same repository:
#   (a) PMD 7 `check -R rulesets/java/quickstart.xml -f sarif -t 2` (the anchor; its jars come from Maven Central
#       through bench/pmd/pom.xml);
#   (b) readiness scan with the default cache settings, starting from an empty cache (what a new user gets);
#   (c) readiness scan --no-cache.
# Prints wall time and peak RSS of each, and the ratios to PMD (target for (b): at most 0.50).
# Usage: bench/compare-pmd.sh REPO_PATH [extra scan options...]
# The repository is only read; reports and the cache go to a temporary directory removed afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="${1:?usage: bench/compare-pmd.sh REPO_PATH [scan options...]}"
shift

jar="$root/cli/target/readiness.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests clean package)
if [ ! -d "$root/bench/pmd/target/lib" ]; then
  (cd "$root/bench/pmd" && "$root/mvnw" -B -q dependency:copy-dependencies -DoutputDirectory=target/lib)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "repository: $repo"
echo "java files: $(git -C "$repo" ls-files '*.java' 2>/dev/null | wc -l)  commits: $(git -C "$repo" rev-list --count HEAD 2>/dev/null || echo none)  cores: $(nproc)"

# runs a command; prints "<wall seconds> <peak RSS MB>"
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/stdout" 2> "$work/stderr" || true
  # the last line: time writes "Command exited with non-zero status N" first (PMD exits 4 when it finds anything)
  tail -n 1 "$work/time" | awk '{ printf "%s %d\n", $1, $2 / 1024 }'
}

read -r pmd_wall pmd_rss <<< "$(measure java -cp "$root/bench/pmd/target/lib/*" net.sourceforge.pmd.cli.PmdCli check \
  -d "$repo" -R rulesets/java/quickstart.xml -f sarif -t 2 -r "$work/pmd.sarif" --no-cache --no-progress)"
[ -s "$work/pmd.sarif" ] || { echo "PMD wrote no report:"; cat "$work/stderr"; exit 3; }
echo "PMD quickstart (-t 2, SARIF):       wall ${pmd_wall} s, peak RSS ${pmd_rss} MB"

read -r first_wall first_rss <<< "$(measure "$root/readiness" scan "$repo" --format sarif --output "$work/first.sarif" \
  --quiet --cache-dir "$work/cache" "$@")"
[ -s "$work/first.sarif" ] || { echo "our scan failed:"; cat "$work/stderr"; exit 3; }
echo "readiness, first scan (empty cache): wall ${first_wall} s, peak RSS ${first_rss} MB"

read -r none_wall none_rss <<< "$(measure "$root/readiness" scan "$repo" --format sarif --output "$work/none.sarif" \
  --quiet --no-cache "$@")"
echo "readiness --no-cache:                wall ${none_wall} s, peak RSS ${none_rss} MB"

awk -v p="$pmd_wall" -v f="$first_wall" -v n="$none_wall" 'BEGIN {
  printf "ratio first scan / PMD: %.2f (target <= 0.50)\n", f / p;
  printf "ratio --no-cache / PMD: %.2f\n", n / p }'
