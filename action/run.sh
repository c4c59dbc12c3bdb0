#!/usr/bin/env bash
# The scan step of the GitHub Action (action.yml), kept in a script so it can be run and tested locally.
#
# Inputs (environment):
#   READINESS_PATH         repository or directory to scan (default ".")
#   READINESS_FAIL_UNDER   optional: fail when the readiness score is under this (0-100)
#   READINESS_FAIL_ON      optional: fail on a finding of this level or worse (error, warning, note)
#   READINESS_CONFIG       optional: readiness.yml to use
#   READINESS_NEW_SINCE    optional: a Git ref; only findings on lines changed since its merge base are new
#   READINESS_BASELINE     optional: a baseline file (readiness baseline); only findings not in it are new
#   READINESS_ARGS         optional: more scan options, split like a shell's words ('' and "" quote, \ escapes;
#                          nothing is expanded or run)
#   READINESS_CATEGORY     code scanning category, written to runs[0].automationDetails.id (default "readiness")
#   READINESS_OUTPUT_DIR   where the reports go (default "$RUNNER_TEMP/readiness", else a new temporary directory)
#   READINESS_JAR          the CLI jar (default: cli/target/readiness.jar next to this script's parent)
#   READINESS_JAVA         the java to run it with (default: java on the PATH)
#   READINESS_CLI          optional: the command that runs the CLI instead of "$READINESS_JAVA -jar $READINESS_JAR",
#                          split on whitespace (tests use "java dev.readiness.cli.ReadinessMain" with CLASSPATH)
#   READINESS_UPLOAD_SARIF "true" (default) or "false": whether the SARIF log is to go to code scanning
#   READINESS_PR_HEAD_REPO optional: owner/name of a pull request's head; when it is not GITHUB_REPOSITORY the pull
#                          request comes from a fork, whose token cannot upload: upload-sarif=false, with a notice
#   GITHUB_OUTPUT          optional: receives score, level, sarif, json, summary, html and upload-sarif
#   GITHUB_STEP_SUMMARY    optional: receives the Markdown summary
#
# Exit code: the scan's (0 ok, 1 quality gate failed, 2 usage error, 3 analysis failed), returned only after
# the reports and outputs were written, so the SARIF upload that follows still has its file.
set -euo pipefail

action_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=common.sh
. "$action_root/action/common.sh"

cli_command() {
  if [ -n "${READINESS_CLI:-}" ]; then
    read -r -a cli <<< "$READINESS_CLI"
  else
    local jar="${READINESS_JAR:-$action_root/cli/target/readiness.jar}"
    [ -f "$jar" ] || fail "no CLI jar at $jar (build it with ./mvnw -B -DskipTests package)"
    cli=("${READINESS_JAVA:-java}" -jar "$jar")
  fi
}

scan_arguments() {
  args=(scan "${READINESS_PATH:-.}" --format "$formats" --output "$output_dir")
  [ -n "${READINESS_FAIL_UNDER:-}" ] && args+=(--fail-under "$READINESS_FAIL_UNDER")
  [ -n "${READINESS_FAIL_ON:-}" ] && args+=(--fail-on "$READINESS_FAIL_ON")
  [ -n "${READINESS_CONFIG:-}" ] && args+=(--config "$READINESS_CONFIG")
  [ -n "${READINESS_NEW_SINCE:-}" ] && args+=(--new-since "$READINESS_NEW_SINCE")
  [ -n "${READINESS_BASELINE:-}" ] && args+=(--baseline "$READINESS_BASELINE")
  extra_arguments
}

# READINESS_ARGS split by xargs, which knows quotes and backslashes but expands and runs nothing.
extra_arguments() {
  [[ "${READINESS_ARGS:-}" =~ [^[:space:]] ]] || return 0
  local words error word
  words="$(mktemp)"
  if ! error="$(printf '%s' "$READINESS_ARGS" | xargs printf '%s\0' 2>&1 > "$words")"; then
    rm -f "$words"
    fail "args cannot be split into words (${error#xargs: }): $READINESS_ARGS"
  fi
  while IFS= read -r -d '' word; do
    args+=("$word")
  done < "$words"
  rm -f "$words"
}

# upload-sarif ignores its category when the log already has automationDetails (ours always does), so the
# category is written into the log itself. The CLI's default id is "readiness/".
apply_category() {
  local category="${READINESS_CATEGORY:-readiness}"
  [[ "$category" =~ ^[A-Za-z0-9._/-]+$ ]] || fail "category '$category' may only hold letters, digits and . _ / -"
  [[ "$category" == */ ]] || category="$category/"
  [ "$category" = "readiness/" ] && return 0
  local edited="$sarif.tmp"
  sed -E '/"automationDetails": \{/,/\}/ s#"id": "readiness/"#"id": "'"$category"'"#' "$sarif" > "$edited"
  mv "$edited" "$sarif"
}

# A value of runs[0].properties in the SARIF log, one key per line as the CLI writes it.
sarif_property() {
  grep -m1 -E "^ *\"$1\": " "$sarif" | sed -E 's/^ *"[^"]*": "?([^",]*)"?,?$/\1/'
}

write_outputs() {
  [ -n "${GITHUB_OUTPUT:-}" ] || return 0
  {
    echo "score=$(sarif_property readinessScore)"
    echo "level=$(sarif_property readinessLevel)"
    echo "sarif=$sarif"
    echo "json=$output_dir/readiness.json"
    echo "summary=$summary"
    echo "html=$output_dir/readiness.html"
    echo "upload-sarif=$upload_sarif"
  } >> "$GITHUB_OUTPUT"
}

# A fork's pull request runs with a read-only token: upload-sarif would fail on it.
decide_upload() {
  upload_sarif="${READINESS_UPLOAD_SARIF:-true}"
  if [ "$upload_sarif" = true ] && is_fork_pull_request; then
    notice "the pull request comes from the fork $READINESS_PR_HEAD_REPO, whose token is read-only: the SARIF log" \
      "is not uploaded to code scanning (the summary and the report are still here)"
    upload_sarif=false
  fi
}

write_step_summary() {
  [ -f "$summary" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ] || return 0
  cat "$summary" >> "$GITHUB_STEP_SUMMARY"
}

cli_command
output_dir="${READINESS_OUTPUT_DIR:-}"
if [ -z "$output_dir" ]; then
  if [ -n "${RUNNER_TEMP:-}" ]; then output_dir="$RUNNER_TEMP/readiness"; else output_dir="$(mktemp -d)"; fi
fi
mkdir -p "$output_dir"
formats="sarif,json,md,html"
scan_arguments

status=0
"${cli[@]}" "${args[@]}" || status=$?

sarif="$output_dir/readiness.sarif"
if [ ! -f "$sarif" ]; then
  echo "readiness action: the scan wrote no SARIF log (exit code $status)" >&2
  exit $(( status == 0 ? 3 : status ))
fi
summary="$output_dir/readiness.md"

apply_category
decide_upload
write_outputs
write_step_summary
exit "$status"
