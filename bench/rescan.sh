#!/usr/bin/env bash
# Times rescans, the scans a user repeats all day, on a private copy of REPO (the repository itself is never
# touched; a copy, not a clone, keeps its object store exactly as it is, which history reading depends on):
#   (a) the first scan, which fills an empty cache;
#   (b) a rescan of the unchanged tree (target: at most 5 s wall, JVM start included);
#   (c) a rescan after editing one Java file (target: at most 8 s);
# with `git status` on the same copy as the anchor for reading the work tree. Prints wall time and peak RSS
# of each (target: at most 1.5 GB) and checks that the rescans wrote the same reports as a scan without cache.
# Usage: bench/rescan.sh REPO_PATH [extra scan options...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="${1:?usage: bench/rescan.sh REPO_PATH [scan options...]}"
shift

jar="$root/cli/target/readiness.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests clean package)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -a "$repo" "$work/clone"
clone="$work/clone"
echo "repository: $repo (copied to a temporary directory)"
echo "java files: $(git -C "$clone" ls-files '*.java' | wc -l)  commits: $(git -C "$clone" rev-list --count HEAD)  cores: $(nproc)"

# runs one scan into $work/$1; prints "<wall seconds> <peak RSS MB>"
scan() {
  local name="$1"
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$root/readiness" scan "$clone" --format json,sarif,md \
    --output "$work/$name" --quiet "$@" 2> "$work/$name.err" || true
  [ -s "$work/$name/readiness.json" ] || { echo "scan $name failed:"; cat "$work/$name.err"; exit 3; }
  tail -n 1 "$work/time" | awk '{ printf "%s %d\n", $1, $2 / 1024 }'
}

same_reports() {
  for report in readiness.json readiness.sarif readiness.md; do
    cmp -s "$work/$1/$report" "$work/$2/$report" || { echo "DIFFERENT: $1/$report and $2/$report"; return; }
  done
  echo "same reports as --no-cache"
}

/usr/bin/time -f "%e" -o "$work/git.time" git -C "$clone" status --porcelain > /dev/null
echo "git status (anchor):              wall $(cat "$work/git.time") s"

read -r first_wall first_rss <<< "$(scan first --cache-dir "$work/cache" "$@")"
echo "first scan (empty cache):         wall ${first_wall} s, peak RSS ${first_rss} MB"
read -r same_wall same_rss <<< "$(scan unchanged --cache-dir "$work/cache" "$@")"
read -r plain_wall plain_rss <<< "$(scan plain --no-cache "$@")"
echo "rescan, unchanged tree:           wall ${same_wall} s, peak RSS ${same_rss} MB (target <= 5 s); $(same_reports unchanged plain)"
echo "  (the scan without cache it is checked against: wall ${plain_wall} s, peak RSS ${plain_rss} MB)"

# a production source, which the scan parses (a docs sample or a test fixture may be left out of the analysis)
mapfile -t sources < <(git -C "$clone" ls-files '*.java' | grep -E '(^|/)src/main/java/' | grep -v -i -E 'test|docs|sample|example')
[ "${#sources[@]}" -gt 0 ] || mapfile -t sources < <(git -C "$clone" ls-files '*.java' | grep -v -i test)
edited="${sources[199]:-${sources[0]}}"
printf '\nclass RescanBenchEdit {\n    int twice(int value) {\n        return value * 2;\n    }\n}\n' >> "$clone/$edited"
read -r edit_wall edit_rss <<< "$(scan edited --cache-dir "$work/cache" "$@")"
read -r plain_wall plain_rss <<< "$(scan plain --no-cache "$@")"
echo "rescan, one file edited:          wall ${edit_wall} s, peak RSS ${edit_rss} MB (target <= 8 s); $(same_reports edited plain)"
echo "  (edited: $edited)"
