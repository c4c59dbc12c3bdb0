# Helpers the GitHub Action's scripts share; sourced, never run on its own.

# Ends the step: the message as an error annotation on GitHub, a plain line elsewhere.
fail() {
  echo "::error::readiness action: $*" >&2
  exit "${fail_status:-2}"
}

notice() {
  echo "::notice::readiness action: $*"
}

warning() {
  echo "::warning::readiness action: $*"
}

# A pull request from a fork runs with a read-only token: nothing can be written to this repository
# (no comment, no code scanning upload). READINESS_PR_HEAD_REPO is github.event.pull_request.head.repo.full_name.
is_fork_pull_request() {
  [ -n "${READINESS_PR_HEAD_REPO:-}" ] && [ "$READINESS_PR_HEAD_REPO" != "${GITHUB_REPOSITORY:-}" ]
}
