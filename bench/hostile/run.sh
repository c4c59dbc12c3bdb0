#!/usr/bin/env bash
# Held-out hostile inputs: each case builds a repository (or an input) for real in a temporary directory, scans it
# with the built jar and checks what a scan promises whatever it reads: it ends within the time limit with the
# expected exit code and without a stack trace, the scanned repository is byte for byte unchanged (.git included),
# nothing is written to the home directory, no configured program runs, no secret and no control character
# reaches the output. Usage: bench/hostile/run.sh [case-name...]   (READINESS_JAR overrides the jar)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
JAR=${READINESS_JAR:-cli/target/readiness.jar}
[ -f "$JAR" ] || { echo "hostile: $JAR is missing; build it with ./mvnw -B -q package -DskipTests" >&2; exit 2; }
JAR=$(realpath "$JAR")
WORK=$(mktemp -d)
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
LIMIT=${HOSTILE_TIMEOUT:-120}
failed=()

# --- helpers -------------------------------------------------------------------------------------------------
git_quiet() { git -c user.name=Hostile -c user.email=hostile@example.com -c init.defaultBranch=main -c gc.auto=0 \
  -c commit.gpgsign=false "$@" >/dev/null 2>&1; }

# A small Maven repository with one class, committed.
new_repo() {
  local dir=$1
  mkdir -p "$dir/src/main/java/shop"
  printf 'package shop;\n\npublic class Cart {\n    int total(int price) {\n        return price + 1;\n    }\n}\n' \
    > "$dir/src/main/java/shop/Cart.java"
  printf '<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>shop</artifactId><version>1</version></project>\n' \
    > "$dir/pom.xml"
  git_quiet -C "$dir" init && git_quiet -C "$dir" add -A && git_quiet -C "$dir" commit -m initial
}

# Every entry under a directory with its type, size, mode and modification time: what "unchanged" means.
listing() { find "$1" -printf '%P %y %s %m %T@\n' 2>/dev/null | sort; }

# scan DIR ARGS...: runs the jar with a private home and cache; sets RC, OUT and ERR (file paths).
scan() {
  local dir=$1; shift
  OUT=$CASE_DIR/out; ERR=$CASE_DIR/err
  ( cd "$CASE_DIR" && HOME=$CASE_DIR/home XDG_CACHE_HOME=$CASE_DIR/home/.cache timeout "$LIMIT" \
      java ${SCAN_JAVA_OPTS:-} -Duser.home="$CASE_DIR/home" -jar "$JAR" scan "$dir" "$@" >"$OUT" 2>"$ERR" )
  RC=$?
}

fail() { echo "  FAIL: $*"; CASE_OK=0; }
expect_rc() { local want; for want in "$@"; do [ "$RC" = "$want" ] && return 0; done
  [ "$RC" = 124 ] && fail "did not end within ${LIMIT} s" || fail "exit $RC, expected $* ($(head -c 300 "$ERR"))"; }
expect_clean_stderr() { if grep -qE $'^\tat |Exception in thread|internal error' "$ERR"; then fail "stack trace or internal error: $(head -c 300 "$ERR")"; fi; }
expect_err() { grep -qF -- "$1" "$ERR" || fail "stderr lacks '$1': $(head -c 300 "$ERR")"; }
expect_absent() { [ ! -e "$1" ] || fail "$1 exists: something ran or wrote"; }
expect_not_in() { local text=$1; shift; local file
  for file in "$@"; do if [ -f "$file" ] && grep -qaF -- "$text" "$file"; then fail "$(basename "$file") contains '$text'"; fi; done; }

run_case() {
  local name=$1
  CASE_DIR=$WORK/$name; mkdir -p "$CASE_DIR/home"; CASE_OK=1
  REPO=$CASE_DIR/repo
  "case_$name"
  if [ -d "$REPO" ] && [ -n "${BEFORE:-}" ]; then
    [ "$(listing "$REPO")" = "$BEFORE" ] || fail "the scanned repository changed"
  fi
  if [ -n "$(find "$CASE_DIR/home" -mindepth 1 -not -path "$CASE_DIR/home/.cache*" -print -quit)" ]; then
    fail "wrote into the home directory: $(find "$CASE_DIR/home" -mindepth 1 -not -path "$CASE_DIR/home/.cache*" | head -3)"
  fi
  expect_clean_stderr
  if [ "$CASE_OK" = 1 ]; then echo "ok    $name"; else echo "FAIL  $name"; failed+=("$name"); fi
  BEFORE=""
}
snapshot() { BEFORE=$(listing "$REPO"); }

# --- cases ---------------------------------------------------------------------------------------------------
case_fifo_in_work_tree() {
  new_repo "$REPO"; mkfifo "$REPO/src/main/java/shop/Foo.java" "$REPO/notes.txt"; snapshot
  scan "$REPO" --no-cache --format json --output "$CASE_DIR/report.json"
  expect_rc 0; grep -q '"not a regular file' "$CASE_DIR/report.json" || fail "no skipped-entry notice"
}
case_endless_device_in_work_tree() {
  new_repo "$REPO"
  if ! mknod "$REPO/Zero.java" c 1 5 2>/dev/null; then echo "  (skipped: mknod needs root)"; return; fi
  snapshot; scan "$REPO" --no-cache; expect_rc 0
}
case_fifo_readiness_yml() {
  new_repo "$REPO"; mkfifo "$REPO/readiness.yml"; snapshot
  scan "$REPO" --no-cache; expect_rc 2; expect_err "is a FIFO, device or socket"
}
case_fifo_named_inputs() {
  new_repo "$REPO"; mkfifo "$CASE_DIR/in.fifo"; snapshot
  local option
  for option in --config --pit-report --jacoco-report --baseline; do
    scan "$REPO" --no-cache "$option" "$CASE_DIR/in.fifo"; expect_rc 2
  done
  scan "$REPO" --no-cache --pit-report "$CASE_DIR"; expect_rc 2; expect_err "is a directory"
}
case_configured_programs_never_run() {
  new_repo "$REPO"
  printf '*.java filter=probe\n' > "$REPO/.gitattributes"; git_quiet -C "$REPO" add -A; git_quiet -C "$REPO" commit -m attrs
  local marker=$CASE_DIR/program-ran
  git -C "$REPO" config filter.probe.clean "touch $marker; cat"
  git -C "$REPO" config filter.probe.smudge "touch $marker; cat"
  git -C "$REPO" config core.fsmonitor "touch $marker"
  mkdir -p "$REPO/.git/hooks"; printf '#!/bin/sh\ntouch %s\n' "$marker" > "$REPO/.git/hooks/post-checkout"
  chmod +x "$REPO/.git/hooks/post-checkout"
  printf '\n// edited\n' >> "$REPO/src/main/java/shop/Cart.java"; snapshot
  scan "$REPO" --no-cache; expect_rc 0
  scan "$REPO" --no-cache --new-since HEAD~1; expect_rc 0
  expect_absent "$marker"
}
case_link_out_of_repository() {
  new_repo "$REPO"; mkdir -p "$CASE_DIR/elsewhere/classes"
  javac -d "$CASE_DIR/elsewhere/classes" "$REPO/src/main/java/shop/Cart.java"
  ln -s "$CASE_DIR/elsewhere" "$REPO/target"; ln -s /etc/passwd "$REPO/passwd.txt"
  git_quiet -C "$REPO" add -A; git_quiet -C "$REPO" commit -m links; snapshot
  scan "$REPO" --no-cache --format json --output "$CASE_DIR/report.json"
  expect_rc 0; grep -qE '"architectureAnalysis" ?: ?"source"' "$CASE_DIR/report.json" || fail "read classes through the link"
  expect_not_in "root:x:0" "$CASE_DIR/report.json" "$OUT"
}
case_report_to_fifo_and_device() {
  new_repo "$REPO"; mkfifo "$CASE_DIR/report.fifo"; ln -s "$CASE_DIR/report.fifo" "$CASE_DIR/link"; snapshot
  ( timeout "$LIMIT" cat "$CASE_DIR/report.fifo" > "$CASE_DIR/received" ) &
  scan "$REPO" --no-cache --format json --output "$CASE_DIR/link"; expect_rc 0; wait
  [ -p "$CASE_DIR/report.fifo" ] || fail "the FIFO was replaced"
  [ -L "$CASE_DIR/link" ] || fail "the link was replaced"
  grep -q '"schemaVersion"' "$CASE_DIR/received" || fail "nothing was streamed into the FIFO"
  if mknod -m 666 "$CASE_DIR/null" c 1 3 2>/dev/null; then
    scan "$REPO" --no-cache --format json --output "$CASE_DIR/null"; expect_rc 0
    [ -c "$CASE_DIR/null" ] || fail "the device was replaced by a regular file"
  fi
}
case_separate_git_dir() {
  mkdir -p "$REPO/src/main/java/shop"; printf 'package shop;\n\nclass Cart {\n}\n' > "$REPO/src/main/java/shop/Cart.java"
  git_quiet -C "$REPO" init --separate-git-dir "$CASE_DIR/separate.git"
  git_quiet -C "$REPO" add -A; git_quiet -C "$REPO" commit -m initial; snapshot
  scan "$REPO" --no-cache; expect_rc 0; grep -q "@ main" "$OUT" || fail "history not read"
}
case_malformed_git_config() {
  new_repo "$REPO"; printf '[core\n' >> "$REPO/.git/config"; snapshot
  scan "$REPO" --no-cache; expect_rc 2; expect_err "cannot read the repository configuration"
}
case_git_config_includes_passwd() {
  new_repo "$REPO"; printf '[include]\n\tpath = /etc/passwd\n' >> "$REPO/.git/config"; snapshot
  scan "$REPO" --no-cache; expect_rc 2; expect_err "cannot read the repository configuration"
  expect_not_in "root:x:0" "$ERR" "$OUT"
}
case_fifo_among_git_files() {
  new_repo "$REPO"; rm "$REPO/.git/index"; mkfifo "$REPO/.git/index"; snapshot
  scan "$REPO" --no-cache; expect_rc 2; expect_err "is a FIFO, device or socket"
}

# Secrets are generated here, never written in this file (our own scanner would rightly report them).
token_of() { local prefix=$1 length=$2; printf '%s%s' "$prefix" "$(printf 'q7Wx2Lm9Kd4Rt8Vb3Np6%.0s' {1..8} | head -c "$length")"; }
case_secrets_masked_everywhere() {
  local github aws_secret in_path; github=$(token_of "gh""p_" 36); aws_secret=$(token_of "wJ" 38)
  in_path=$(token_of "gh""p_Z" 37)
  new_repo "$REPO"; mkdir -p "$REPO/src/test/java/shop"
  printf 'package shop;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nimport org.junit.jupiter.api.Test;\n\nclass CartTest {\n    @Test\n    void token() {\n        assertEquals("%s", "%s");\n    }\n}\n' "$github" "$github" > "$REPO/src/test/java/shop/CartTest.java"
  printf '# Agents\n\nAlways run `mvn verify`.\nNever run `mvn verify`.\n' > "$REPO/AGENTS.md"
  printf '# Claude\n\nNever run `mvn verify`; deploy with aws_secret_access_key=%s\n' "$aws_secret" > "$REPO/CLAUDE.md"
    # a class whose name is a token, with a finding (deep nesting) so that reports name its file
  printf 'package shop;\n\nclass %s {\n    int f(int a) {\n        if (a > 0) { if (a > 1) { if (a > 2) { if (a > 3) { if (a > 4) { if (a > 5) { return 1; } } } } } }\n        return 0;\n    }\n}\n' \
    "$in_path" > "$REPO/src/main/java/shop/$in_path.java"
  git_quiet -C "$REPO" add -A; git -C "$REPO" -c user.name="Dev $github" -c user.email=d@example.com -c commit.gpgsign=false commit -qm "add $github"
  git -C "$REPO" checkout -q -b "$github"; snapshot
  scan "$REPO" --format text,md,json,sarif,html --output "$CASE_DIR/reports"; expect_rc 0
  scan "$REPO"; expect_rc 0
  local cached=$CASE_DIR/cache.txt; find "$CASE_DIR/home/.cache" -name '*.gz' -exec zcat {} + > "$cached" 2>/dev/null
  expect_not_in "$github" "$OUT" "$ERR" "$cached" "$CASE_DIR"/reports/*
  expect_not_in "$aws_secret" "$OUT" "$ERR" "$cached" "$CASE_DIR"/reports/*
  # a path is the cache's key to its file, kept as the repository names it in the user's own cache directory
  expect_not_in "$in_path" "$OUT" "$ERR" "$CASE_DIR"/reports/*
  grep -q "deep-nesting" "$CASE_DIR/reports/readiness.json" || fail "the file named by a token was not reported"
}
case_control_characters_spelled_out() {
  new_repo "$REPO"
  : > "$REPO/$(printf 'src/main/java/shop/Evil\033[2J\033[31mRED\a\rforged.java')"
  git_quiet -C "$REPO" add -A; git -C "$REPO" -c user.name="$(printf 'Bad\033[2JGuy')" -c user.email=b@example.com \
    -c commit.gpgsign=false commit -qm "$(printf 'clear\033[2J')"; snapshot
  scan "$REPO" --format text,md,html --output "$CASE_DIR/reports"; expect_rc 0
  scan "$REPO" --no-cache; expect_rc 0
  local file
  for file in "$OUT" "$CASE_DIR"/reports/*; do
    if LC_ALL=C grep -qaP '[\x00-\x08\x0b-\x1f\x7f]' "$file"; then fail "$(basename "$file") holds a raw control character"; fi
  done
}
case_markdown_mentions_nobody() {
  new_repo "$REPO"; : > "$REPO/@octocat #1 owner@team.java"
  git_quiet -C "$REPO" add -A; git_quiet -C "$REPO" commit -m "@octocat fixes #1"; snapshot
  scan "$REPO" --no-cache --format md --output "$CASE_DIR/report.md"; expect_rc 0
  if grep -qE '(^|[^[:alnum:]`])@octocat|(^|[^&[:alnum:]])#1\b' "$CASE_DIR/report.md"; then fail "a mention or an issue reference GitHub would link"; fi
}
case_same_bytes_in_turkish() {
  new_repo "$REPO"
  printf 'package shop;\n\npublic class Index {\n    public int findIndex(int item, Integer limit) {\n        return item > limit ? item : limit;\n    }\n}\n' \
    > "$REPO/src/main/java/shop/Index.java"
  git_quiet -C "$REPO" add -A; git_quiet -C "$REPO" commit -m index; snapshot
  scan "$REPO" --no-cache --format text,md,json,sarif,html --output "$CASE_DIR/english"; expect_rc 0
  SCAN_JAVA_OPTS="-Duser.language=tr -Duser.country=TR" scan "$REPO" --no-cache --format text,md,json,sarif,html \
    --output "$CASE_DIR/turkish"; expect_rc 0
  diff -rq "$CASE_DIR/english" "$CASE_DIR/turkish" >/dev/null || fail "reports differ under the Turkish locale"
}

case_fifty_thousand_commits() {
  mkdir -p "$REPO"; git_quiet -C "$REPO" init
  awk 'BEGIN { for (i = 0; i < 50000; i++) {
      content = sprintf("package a;\nclass A%d { int x = %d; }\n", i % 50, i)
      printf "commit refs/heads/main\ncommitter Dev%d <d%d@example.com> %d +0000\ndata 7\nchange\n", i % 7, i % 7, 1500000000 + i * 600
      printf "M 100644 inline src/main/java/a/A%d.java\ndata %d\n%s\n", i % 50, length(content), content } }' \
    | git -C "$REPO" fast-import --quiet && git -C "$REPO" checkout -q -f main; snapshot
  local started=$SECONDS
  LIMIT=60 scan "$REPO" --no-cache; expect_rc 0
  echo "  (50,000 commits scanned in $((SECONDS - started)) s)"
}

case_long_path_token_in_instructions() {
  new_repo "$REPO"
  { printf '# Agents\n\nRun `mvn verify`. See '; printf 'a/%.0s' $(seq 20000); printf 'b.java and `'; printf 'x.%.0s' $(seq 20000); printf 'Y`.\n'; } > "$REPO/AGENTS.md"
  cp "$REPO/AGENTS.md" "$REPO/CLAUDE.md"; git_quiet -C "$REPO" add -A; git_quiet -C "$REPO" commit -m agents; snapshot
  scan "$REPO" --no-cache; expect_rc 0
}
case_entity_expansion_pom_in_small_heap() {
  new_repo "$REPO"
  local entity references
  entity=$(printf 'x%.0s' $(seq 10000)); references=$(printf '&e;%.0s' $(seq 6000))
  printf '<?xml version="1.0"?>\n<!DOCTYPE project [<!ENTITY e "%s">]>\n<project name="%s">\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>g</groupId><artifactId>shop</artifactId><version>1</version>\n</project>\n' \
    "$entity" "$references" > "$REPO/pom.xml"
  git_quiet -C "$REPO" add -A; git_quiet -C "$REPO" commit -m pom; snapshot
  SCAN_JAVA_OPTS=-Xmx128m scan "$REPO" --no-cache; expect_rc 0
}
case_external_entity_not_read() {
  new_repo "$REPO"
  printf '<?xml version="1.0"?>\n<!DOCTYPE project [<!ENTITY pw SYSTEM "file:///etc/passwd">]>\n<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>&pw;</artifactId><version>1</version></project>\n' \
    > "$REPO/pom.xml"
  git_quiet -C "$REPO" add -A; git_quiet -C "$REPO" commit -m pom; snapshot
  scan "$REPO" --no-cache --format text,md,json,sarif,html --output "$CASE_DIR/reports"; expect_rc 0
  expect_not_in "root:x:0" "$OUT" "$ERR" "$CASE_DIR"/reports/*
}
case_configuration_out_of_bounds() {
  new_repo "$REPO"; snapshot
  local config
  for config in 'weights:\n  testing: 1e308\n' 'weights:\n  history: .nan\n' \
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n' \
      'rules: !!java.lang.ProcessBuilder ["touch", "/tmp/x"]\n'; do
    printf "$config" > "$CASE_DIR/readiness.yml"
    scan "$REPO" --no-cache --config "$CASE_DIR/readiness.yml"; expect_rc 2; expect_err "readiness.yml:"
  done
}
case_corrupt_cache_rebuilt() {
  new_repo "$REPO"; snapshot
  scan "$REPO" --format json --output "$CASE_DIR/fresh.json"; expect_rc 0
  local file
  for file in "$CASE_DIR"/home/.cache/readiness/*; do head -c 100 "$file" > "$file.cut" && mv "$file.cut" "$file"; done
  scan "$REPO" --format json --output "$CASE_DIR/after-truncation.json"; expect_rc 0
  for file in "$CASE_DIR"/home/.cache/readiness/files-*; do printf '{"not":"a cache"}' | gzip > "$file"; done
  scan "$REPO" --format json --output "$CASE_DIR/after-garbage.json"; expect_rc 0
  scan "$REPO" --no-cache --format json --output "$CASE_DIR/no-cache.json"; expect_rc 0
  cmp -s "$CASE_DIR/after-truncation.json" "$CASE_DIR/no-cache.json" || fail "a truncated cache changed the report"
  cmp -s "$CASE_DIR/after-garbage.json" "$CASE_DIR/no-cache.json" || fail "a garbage cache changed the report"
}
case_many_files_in_small_heap() {
  new_repo "$REPO"; local dir=$REPO/src/main/java/gen
  mkdir -p "$dir"; awk -v dir="$dir" 'BEGIN { for (i = 0; i < 20000; i++) {
    file = dir "/C" i ".java"; printf "package gen;\n\nclass C%d {\n}\n", i > file; close(file) } }'
  git_quiet -C "$REPO" add -A; git_quiet -C "$REPO" commit -m generated; snapshot
  SCAN_JAVA_OPTS=-Xmx96m scan "$REPO" --no-cache; expect_rc 0 3
  if [ "$RC" = 3 ]; then expect_err "not enough memory for this repository: raise READINESS_JAVA_OPTS="; fi
  [ "$(wc -l < "$ERR")" -le 1 ] || fail "more than one line on standard error"
}

case_huge_commit_subject_and_mailmap() {
  new_repo "$REPO"
  { printf '. %.0s' $(seq 50000); printf 'fix\n\nbody\n'; } > "$CASE_DIR/message"
  { printf 'a%.0s' $(seq 200000); printf '\nJane <jane@example.com> <jd@example.com>\n'; } > "$REPO/.mailmap"
  git_quiet -C "$REPO" add -A; git_quiet -C "$REPO" commit -F "$CASE_DIR/message"; snapshot
  LIMIT=60 scan "$REPO" --no-cache; expect_rc 0
}

# --- run -----------------------------------------------------------------------------------------------------
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  mapfile -t cases < <(declare -F | awk '{print $3}' | grep '^case_' | sed 's/^case_//')
fi
for name in "${cases[@]}"; do run_case "$name"; done
if [ ${#failed[@]} -gt 0 ]; then
  echo "hostile: ${#failed[@]} of ${#cases[@]} cases failed: ${failed[*]}" >&2
  exit 1
fi
echo "hostile: all ${#cases[@]} cases passed"
