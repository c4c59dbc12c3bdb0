#!/usr/bin/env bash
# Benchmarks the history reader against git itself, side by side in one run:
#   (a) git log --first-parent --numstat --no-renames over the full history (wall time);
#   (b) readiness scan --timings: the "history" stage cold (empty temporary cache) and warm (same cache).
# Prints wall times, the cold/git ratio and peak heap. Set READINESS_JAVA_OPTS=-Xmx1g to check the
# heap limit. Usage: bench/history.sh REPO_PATH [extra scan options...]
# The repository is only read; reports and cache go to temporary directories removed afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="${1:?usage: bench/history.sh REPO_PATH [scan options...]}"
shift

jar="$root/cli/target/readiness.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests clean package)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "repository: $repo"
echo "first-parent commits: $(git -C "$repo" rev-list --first-parent --count HEAD)  all commits: $(git -C "$repo" rev-list --count HEAD)"
echo "cores: $(nproc)  heap limit: ${READINESS_JAVA_OPTS:-default}"

/usr/bin/time -f "%e" -o "$work/git.time" \
  git -C "$repo" log --first-parent --numstat --no-renames --format='%H%x09%an%x09%ae%x09%at%x09%s' > "$work/git.log"
git_wall="$(cat "$work/git.time")"
echo "git log --first-parent --numstat --no-renames: wall ${git_wall} s ($(wc -l < "$work/git.log") lines)"

# runs one scan; prints "<history seconds> <peak heap MB> <wall seconds>"
scan() {
  /usr/bin/time -f "%e" -o "$work/scan.time" \
    java ${READINESS_JAVA_OPTS:-} -jar "$jar" scan "$repo" --format json --output "$work/out.json" --quiet \
      --timings --cache-dir "$work/cache" "$@" 2> "$work/scan.err" || true
  local line
  line="$(grep '^timings:' "$work/scan.err" || true)"
  if [ -z "$line" ]; then
    echo "scan failed:" >&2
    cat "$work/scan.err" >&2
    exit 3
  fi
  echo "$line" | sed -E 's/.*history ([0-9.]+) s.*peak heap ([0-9]+) MB.*/\1 \2/' | tr '\n' ' '
  cat "$work/scan.time"
}

read -r cold_history cold_heap cold_wall <<< "$(scan "$@")"
echo "readiness cold (empty cache): history ${cold_history} s, whole scan wall ${cold_wall} s, peak heap ${cold_heap} MB"
read -r warm_history warm_heap warm_wall <<< "$(scan "$@")"
echo "readiness warm (same cache):  history ${warm_history} s, whole scan wall ${warm_wall} s, peak heap ${warm_heap} MB"
awk -v c="$cold_history" -v w="$warm_history" -v g="$git_wall" 'BEGIN {
  printf "ratio cold history / git log: %.2f (target <= 1.00)\n", c / g;
  printf "ratio warm history / git log: %.2f; warm history %s s (target <= 3 s)\n", w / g, w }'
