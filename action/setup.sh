#!/usr/bin/env bash
# The first step of the GitHub Action (action.yml): finds a Java 17 or newer and the CLI jar, kept in a script so
# it can be run and tested locally. It changes nothing for later steps: no JAVA_HOME, no PATH.
#
# When the action is used at a release tag (v1.2.3, v1.2, v1), the jar that tag's release carries is downloaded
# with its SHA-256 checksum and used only when the checksum matches. At any other ref (a branch, a commit), or when
# that tag has no release (yet), the jar is built from the action's own checkout by the steps that follow.
#
# Inputs (environment):
#   READINESS_ACTION_REF         the ref the workflow uses the action at (github.action_ref)
#   READINESS_ACTION_REPOSITORY  owner/name of the action (github.action_repository)
#                                Both can be empty in a composite action (actions/runner#2473); then they are read
#                                from the action's path, .../_actions/<owner>/<name>/<ref>.
#   READINESS_RELEASES_URL       optional: where releases are downloaded from
#                                (default https://github.com/<owner>/<name>/releases/download)
#   READINESS_CLI_DIR            optional: where the downloaded jar goes (default "$RUNNER_TEMP/readiness-cli")
#   READINESS_JAVA_HOME          optional: the Java to use; otherwise the first Java 17+ of JAVA_HOME, the runner's
#                                JAVA_HOME_25/21/17_X64 (or _ARM64) and the java on the PATH
#   GITHUB_OUTPUT                optional: receives java, java-home, jar and build ("true": build the jar first)
#
# Exit code: 0 when a Java and a jar (or the decision to build one) were found, 1 otherwise, with a message.
set -euo pipefail

action_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=common.sh
. "$action_root/action/common.sh"
fail_status=1

# The major version of the java executable $1 ("17"), or nothing when it does not run.
java_major() {
  local out
  out="$("$1" -version 2>&1)" || return 0
  [[ "$out" =~ version\ \"([0-9]+)(\.([0-9]+))? ]] || return 0
  if [ "${BASH_REMATCH[1]}" = 1 ]; then echo "${BASH_REMATCH[3]}"; else echo "${BASH_REMATCH[1]}"; fi
}

# Whether $1 is a Java home of version 17 or newer, with a compiler when the jar is to be built.
usable_java_home() {
  local home="$1" major
  [ -n "$home" ] && [ -x "$home/bin/java" ] || return 1
  [ "$build" = false ] || [ -x "$home/bin/javac" ] || return 1
  major="$(java_major "$home/bin/java")"
  [ -n "$major" ] && [ "$major" -ge 17 ]
}

find_java_home() {
  if [ -n "${READINESS_JAVA_HOME:-}" ]; then
    usable_java_home "$READINESS_JAVA_HOME" \
      || fail "READINESS_JAVA_HOME ($READINESS_JAVA_HOME) is not a Java 17 or newer$([ "$build" = true ] && echo " with javac")"
    java_home="$READINESS_JAVA_HOME"
    return 0
  fi
  local candidates=("${JAVA_HOME:-}") version arch variable on_path
  for version in 25 21 17; do
    for arch in X64 ARM64 arm64; do
      variable="JAVA_HOME_${version}_${arch}"
      candidates+=("${!variable:-}")
    done
  done
  # The java on the PATH is often a link (/usr/bin/java); its home is two levels above the file it leads to.
  on_path="$(command -v java || true)"
  [ -z "$on_path" ] || on_path="$(readlink -f "$on_path" 2> /dev/null || echo "$on_path")"
  [ -z "$on_path" ] || candidates+=("$(dirname "$(dirname "$on_path")")")
  for java_home in "${candidates[@]}"; do
    usable_java_home "$java_home" && return 0
  done
  fail "no Java 17 or newer$([ "$build" = true ] && echo " with javac") found (JAVA_HOME, JAVA_HOME_17_X64 and the like," \
    "the PATH); add actions/setup-java with java-version 17 before this step"
}

# The action's repository and ref from its path on the runner: .../_actions/<owner>/<name>/<ref>.
action_ref_from_path() {
  local path="${GITHUB_ACTION_PATH:-$action_root}"
  [[ "$path" =~ /_actions/([^/]+)/([^/]+)/([^/]+)/?$ ]] || return 0
  repository="${repository:-${BASH_REMATCH[1]}/${BASH_REMATCH[2]}}"
  ref="${ref:-${BASH_REMATCH[3]}}"
}

is_release_tag() {
  [[ "$1" =~ ^v[0-9]+(\.[0-9]+){0,2}(-[0-9A-Za-z.-]+)?$ ]]
}

sha256_of() {
  if command -v sha256sum > /dev/null; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1
}

# Downloads $1 to $2; prints the HTTP status (000 when there was no answer).
download() {
  curl --silent --show-error --location --retry 3 --connect-timeout 20 --output "$2" --write-out '%{http_code}' "$1" \
    || true
}

# Sets jar to the verified release jar, or build=true when the tag has no release.
download_release() {
  local base="${READINESS_RELEASES_URL:-https://github.com/$repository/releases/download}"
  local dir="${READINESS_CLI_DIR:-${RUNNER_TEMP:-$(mktemp -d)}/readiness-cli}/$ref"
  local url="$base/$ref/readiness.jar" status expected actual
  mkdir -p "$dir"
  # Until it is verified the jar is only this file, removed whatever happens.
  part="$dir/readiness.jar.part"
  trap 'rm -f "$part"' EXIT
  status="$(download "$url" "$part")"
  if [ "$status" = 404 ]; then
    notice "the release $ref of $repository has no readiness.jar (yet): building the CLI from the action's checkout"
    build=true
    return 0
  fi
  [ "$status" = 200 ] || fail "could not download $url (HTTP $status)"
  status="$(download "$url.sha256" "$dir/readiness.jar.sha256")"
  [ "$status" = 200 ] || fail "could not download the checksum $url.sha256 (HTTP $status); the jar is not used unverified"
  expected="$(cut -d' ' -f1 < "$dir/readiness.jar.sha256" | tr -d '\r\n')"
  actual="$(sha256_of "$part")"
  [ "$expected" = "$actual" ] || fail "the SHA-256 of $url is $actual, but its release says $expected: the jar is not" \
    "used. Re-run the job; if it fails again, report it to the action's maintainers"
  mv "$part" "$dir/readiness.jar"
  jar="$dir/readiness.jar"
  echo "readiness action: using the released CLI $ref of $repository (SHA-256 $actual verified)"
}

repository="${READINESS_ACTION_REPOSITORY:-}"
ref="${READINESS_ACTION_REF:-}"
action_ref_from_path
build=false
jar=""
if [ -n "$repository" ] && is_release_tag "$ref"; then
  download_release
else
  echo "readiness action: building the CLI from the action's checkout (ref '${ref:-none}' is not a release tag)"
  build=true
fi
[ "$build" = false ] || jar="$action_root/cli/target/readiness.jar"

find_java_home
echo "readiness action: Java $(java_major "$java_home/bin/java") at $java_home"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "java=$java_home/bin/java"
    echo "java-home=$java_home"
    echo "jar=$jar"
    echo "build=$build"
  } >> "$GITHUB_OUTPUT"
fi
