#!/usr/bin/env bash
# Benchmarks a full scan of a repository: wall time, peak RSS and peak Java heap.
# Usage: bench/scan.sh REPO_PATH [RUNS] [extra scan options...]
# The repository is only read. Reports go to a temporary directory that is removed afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="${1:?usage: bench/scan.sh REPO_PATH [RUNS] [scan options...]}"
runs="${2:-1}"
shift $(( $# >= 2 ? 2 : 1 ))

jar="$root/cli/target/readiness.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "repository: $repo"
echo "java files: $(git -C "$repo" ls-files '*.java' 2>/dev/null | wc -l)  cores: $(nproc)  heap limit: ${READINESS_JAVA_OPTS:-default}"
for run in $(seq 1 "$runs"); do
  /usr/bin/time -f "run $run: wall %e s, peak RSS %M KB, exit %x" \
    java ${READINESS_JAVA_OPTS:-} -jar "$jar" scan "$repo" --format sarif,json,text,html --output "$out" --quiet --timings "$@" \
    || true
done
echo "sarif: $(du -h "$out/readiness.sarif" | cut -f1), results: $(grep -c '"ruleId"' "$out/readiness.sarif")"
echo "json: $(du -h "$out/readiness.json" | cut -f1), html: $(du -h "$out/readiness.html" | cut -f1)"
