#!/usr/bin/env bash
# The scan step of the GitHub Action (action.yml), kept in a script so it can be run and tested locally.
#
# Inputs (environment):
#   READINESS_PATH         repository or directory to scan (default ".")
#   READINESS_FAIL_UNDER   optional: fail when the readiness score is under this (0-100)
#   READINESS_FAIL_ON      optional: fail on a finding of this level or worse (error, warning, note)
#   READINESS_CONFIG       optional: readiness.yml to use
#   READINESS_CATEGORY     code scanning category, written to runs[0].automationDetails.id (default "readiness")
#   READINESS_OUTPUT_DIR   where the reports go (default "$RUNNER_TEMP/readiness", else a new temporary directory)
#   READINESS_JAR          the CLI jar (default: cli/target/readiness.jar next to this script's parent)
#   READINESS_CLI          optional: the command that runs the CLI instead of "java -jar $READINESS_JAR",
#                          split on whitespace (tests use "java dev.readiness.cli.ReadinessMain" with CLASSPATH)
#   GITHUB_OUTPUT          optional: receives score, level, sarif, json, summary and html
#   GITHUB_STEP_SUMMARY    optional: receives the Markdown summary
#
# Exit code: the scan's (0 ok, 1 quality gate failed, 2 usage error, 3 analysis failed), returned only after
# the reports and outputs were written, so the SARIF upload that follows still has its file.
set -euo pipefail

action_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

fail() {
  echo "readiness action: $*" >&2
  exit 2
}

cli_command() {
  if [ -n "${READINESS_CLI:-}" ]; then
    read -r -a cli <<< "$READINESS_CLI"
  else
    local jar="${READINESS_JAR:-$action_root/cli/target/readiness.jar}"
    [ -f "$jar" ] || fail "no CLI jar at $jar (build it with ./mvnw -B -DskipTests package)"
    cli=(java -jar "$jar")
  fi
}

scan_arguments() {
  args=(scan "${READINESS_PATH:-.}" --format "$formats" --output "$output_dir")
  [ -n "${READINESS_FAIL_UNDER:-}" ] && args+=(--fail-under "$READINESS_FAIL_UNDER")
  [ -n "${READINESS_FAIL_ON:-}" ] && args+=(--fail-on "$READINESS_FAIL_ON")
  [ -n "${READINESS_CONFIG:-}" ] && args+=(--config "$READINESS_CONFIG")
  return 0
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
  } >> "$GITHUB_OUTPUT"
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
write_outputs
write_step_summary
exit "$status"
