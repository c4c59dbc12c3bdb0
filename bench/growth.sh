#!/usr/bin/env bash
# Checks that a scan grows linearly, in files and in commits, on one repository, in one run:
#   files:   its tracked Java files copied 1x, 2x and 4x into a plain directory (one module per copy), each
#            scanned without cache; prints the "source" stage and wall time and their growth per doubling;
#   commits: the repository itself scanned with --history-commits N, 2N and 4N without cache and with a
#            configuration that includes no file, so that the history, which is read beside the parse, is
#            timed alone; prints the "history" stage and its growth per doubling.
# Linear growth doubles the time per doubling (factor 2.0); a factor well above 2 is superlinear.
# Usage: bench/growth.sh REPO_PATH [N, default 2000]
# The repository is only read; the copies, reports and cache go to a temporary directory removed afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="${1:?usage: bench/growth.sh REPO_PATH [N]}"
commits="${2:-2000}"

jar="$root/cli/target/readiness.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests clean package)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# scans $1 with the remaining options; prints "<stage seconds> <wall seconds>" for the stage named by $stage
timed_scan() {
  local target="$1"
  shift
  /usr/bin/time -f "%e" -o "$work/wall" "$root/readiness" scan "$target" --no-cache --timings --quiet \
    --format json --output "$work/report.json" "$@" 2> "$work/err" || true
  local line
  line="$(grep '^timings:' "$work/err" || true)"
  [ -n "$line" ] || { echo "scan failed:"; cat "$work/err"; exit 3; }
  echo "$line" | sed -E "s/.*${stage} ([0-9.]+) s.*/\\1/" | tr '\n' ' '
  cat "$work/wall"
}

growth() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (a > 0 ? b / a : 0) }'
}

echo "repository: $repo  cores: $(nproc)"
mapfile -t java_files < <(git -C "$repo" ls-files '*.java')
echo "files: ${#java_files[@]} Java files per copy"
stage=source
declare -A source_s wall_s
for copies in 1 2 4; do
  tree="$work/tree-$copies"
  for copy in $(seq 1 "$copies"); do
    for file in "${java_files[@]}"; do
      mkdir -p "$tree/copy$copy/$(dirname "$file")"
      cp "$repo/$file" "$tree/copy$copy/$file"
    done
  done
  read -r source_s[$copies] wall_s[$copies] <<< "$(timed_scan "$tree")"
  echo "  ${copies}x ($(( copies * ${#java_files[@]} )) files): source ${source_s[$copies]} s, wall ${wall_s[$copies]} s"
  rm -rf "$tree"
done
echo "  growth per doubling of files: source $(growth "${source_s[1]}" "${source_s[2]}"), $(growth "${source_s[2]}" "${source_s[4]}"); wall $(growth "${wall_s[1]}" "${wall_s[2]}"), $(growth "${wall_s[2]}" "${wall_s[4]}") (linear: 2.00)"

echo "commits: $(git -C "$repo" rev-list --first-parent --count HEAD) first-parent commits in the repository"
stage=history
printf 'include: ["no-file-is-here/**"]\n' > "$work/history-only.yml"
declare -A history_s
for factor in 1 2 4; do
  read -r history_s[$factor] wall <<< "$(timed_scan "$repo" --config "$work/history-only.yml" --history-commits $(( factor * commits )))"
  echo "  $(( factor * commits )) commits: history ${history_s[$factor]} s, wall ${wall} s"
done
echo "  growth per doubling of commits: history $(growth "${history_s[1]}" "${history_s[2]}"), $(growth "${history_s[2]}" "${history_s[4]}") (linear: 2.00)"
