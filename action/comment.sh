#!/usr/bin/env bash
# The pull-request comment of the GitHub Action (action.yml), kept in a script so it can be run and tested locally.
# Puts the Markdown summary on the pull request as one comment that every run edits in place: the comment is
# found again by a hidden marker on its first line, one per code scanning category.
#
# Inputs (environment):
#   READINESS_SUMMARY       the Markdown summary the scan wrote
#   READINESS_TOKEN         the token to call the GitHub API with (the github-token input)
#   READINESS_PR_NUMBER     the pull request's number (github.event.pull_request.number); none: not a pull request
#   READINESS_PR_HEAD_REPO  owner/name of its head (github.event.pull_request.head.repo.full_name)
#   READINESS_CATEGORY      the code scanning category (default "readiness"), part of the marker
#   GITHUB_REPOSITORY       owner/name of the repository the pull request is in
#   GITHUB_API_URL          the REST API (default https://api.github.com; GitHub sets it, also on GitHub Enterprise)
#
# Never fails the job for the comment's sake: a fork's pull request or a token that may not write (HTTP 403) ends
# with a notice, any other failure with a warning; the exit code is 0 unless the inputs are wrong (2).
set -euo pipefail

action_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=common.sh
. "$action_root/action/common.sh"

# GitHub rejects comments of 65,536 characters or more.
max_chars=65535
# Comments are listed 100 a page; a pull request with more than this many pages gets a new comment.
max_pages=30

# Calls the API: method, path, optional request body file. Sets status (000: no answer); the answer is in $answer.
# Only reads are retried: a write GitHub did despite an error would be done twice.
github() {
  local options=(--retry 0)
  [ "$1" != GET ] || options=(--retry 2 --retry-delay 1)
  [ -z "${3:-}" ] || options+=(--header "Content-Type: application/json" --data-binary "@$3")
  status="$(curl --silent --show-error --connect-timeout 20 --request "$1" --output "$answer" \
    --write-out '%{http_code}' --header "@$headers" "${options[@]}" "$api$2" 2> "$work/curl-error")" || true
}

# Ends the step after a call that did not succeed: 403 is a token that may not write, which is expected.
give_up() {
  if [ "$status" = 403 ]; then
    notice "the token may not $1 (HTTP 403: $(message)); no comment. Grant the job 'pull-requests: write'" \
      "for one; pull requests from forks never get it"
  else
    warning "could not $1 (HTTP $status: $(message)); no comment"
  fi
  exit 0
}

# GitHub's error message, or curl's when there was no answer.
message() {
  if [ "$status" = 000 ]; then cat "$work/curl-error"; else jq -r '.message // empty' "$answer" 2> /dev/null || true; fi
}

# Sets comment_id to the first comment of the pull request that starts with the marker, if any.
find_comment() {
  local page count
  comment_id=""
  for ((page = 1; page <= max_pages; page++)); do
    github GET "/repos/$GITHUB_REPOSITORY/issues/$READINESS_PR_NUMBER/comments?per_page=100&page=$page"
    [ "$status" = 200 ] || give_up "read the pull request's comments"
    comment_id="$(jq -r --arg marker "$marker" \
      'map(select(.body // "" | startswith($marker))) | first | .id // empty' "$answer")"
    count="$(jq length "$answer")"
    [ -z "$comment_id" ] && [ "$count" -eq 100 ] || return 0
  done
}

# The marker, then the summary; a summary over GitHub's limit is replaced by a pointer to the job summary.
write_body() {
  {
    echo "$marker"
    if [ "$(wc -m < "$READINESS_SUMMARY")" -lt $((max_chars - ${#marker} - 1)) ]; then
      cat "$READINESS_SUMMARY"
    else
      echo "The readiness summary is longer than a comment may be: see the job summary of this run."
    fi
  } > "$work/body.md"
  jq --null-input --rawfile body "$work/body.md" '{body: $body}' > "$work/request.json"
}

[ -n "${READINESS_PR_NUMBER:-}" ] || { echo "readiness action: not a pull request: no comment"; exit 0; }
if is_fork_pull_request; then
  notice "the pull request comes from the fork $READINESS_PR_HEAD_REPO, whose token is read-only: no comment" \
    "(the summary is on the job page)"
  exit 0
fi
[[ "$READINESS_PR_NUMBER" =~ ^[0-9]+$ ]] || fail "pull request number '$READINESS_PR_NUMBER' is not a number"
[ -n "${GITHUB_REPOSITORY:-}" ] || fail "GITHUB_REPOSITORY is not set"
[ -f "${READINESS_SUMMARY:-}" ] || fail "no summary at '${READINESS_SUMMARY:-}'"
[ -n "${READINESS_TOKEN:-}" ] || { warning "no github-token: no comment"; exit 0; }
command -v jq > /dev/null || { warning "jq is not installed on this runner: no comment"; exit 0; }

category="${READINESS_CATEGORY:-readiness}"
marker="<!-- repo-readiness category=${category%/} -->"
api="${GITHUB_API_URL:-https://api.github.com}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
answer="$work/answer.json"
# The token goes to curl in a file, not on its command line, where other processes could read it.
headers="$work/headers"
(umask 077 && printf '%s\n' "Authorization: Bearer $READINESS_TOKEN" "Accept: application/vnd.github+json" \
  "X-GitHub-Api-Version: 2022-11-28" > "$headers")

find_comment
write_body
if [ -n "$comment_id" ]; then
  github PATCH "/repos/$GITHUB_REPOSITORY/issues/comments/$comment_id" "$work/request.json"
  [ "$status" = 200 ] || give_up "update comment $comment_id"
  echo "readiness action: updated the summary comment on pull request #$READINESS_PR_NUMBER: $(jq -r .html_url "$answer")"
else
  github POST "/repos/$GITHUB_REPOSITORY/issues/$READINESS_PR_NUMBER/comments" "$work/request.json"
  [ "$status" = 201 ] || give_up "comment on the pull request"
  echo "readiness action: commented the summary on pull request #$READINESS_PR_NUMBER: $(jq -r .html_url "$answer")"
fi
