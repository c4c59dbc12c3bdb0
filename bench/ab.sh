#!/usr/bin/env bash
# Compares two builds of the CLI on one repository in the same invocation: runs them alternately (A, B, A, B, ...)
# with --no-cache, prints each run's wall time and peak RSS, the medians and the ratio B/A.
# Usage: bench/ab.sh JAR_A JAR_B REPO_PATH [RUNS]   (e.g. the jar of main before a change, and after it)
# The repository is only read; reports go to a temporary directory that is removed afterwards.
set -euo pipefail
jar_a="${1:?usage: bench/ab.sh JAR_A JAR_B REPO_PATH [RUNS]}"
jar_b="${2:?usage: bench/ab.sh JAR_A JAR_B REPO_PATH [RUNS]}"
repo="${3:?usage: bench/ab.sh JAR_A JAR_B REPO_PATH [RUNS]}"
runs="${4:-3}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

run() { # jar label -> prints "seconds rss_kb"
  mkdir -p "$out/$2"
  /usr/bin/time -f "%e %M" -o "$out/time" java ${READINESS_JAVA_OPTS:-} -jar "$1" scan "$repo" \
    --format sarif,json,html --output "$out/$2" --quiet --no-cache >/dev/null 2>&1 || true
  tail -n 1 "$out/time" # a failed scan adds a "Command exited with non-zero status" line first
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "repository: $repo  cores: $(nproc)  runs: $runs each"
: > "$out/a.times"; : > "$out/b.times"
for i in $(seq 1 "$runs"); do
  read -r secs rss < <(run "$jar_a" a); echo "A run $i: wall $secs s, peak RSS $((rss / 1024)) MB"; echo "$secs" >> "$out/a.times"
  read -r secs rss < <(run "$jar_b" b); echo "B run $i: wall $secs s, peak RSS $((rss / 1024)) MB"; echo "$secs" >> "$out/b.times"
done
a=$(median < "$out/a.times"); b=$(median < "$out/b.times")
echo "median A $a s, B $b s, B/A $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }')"
