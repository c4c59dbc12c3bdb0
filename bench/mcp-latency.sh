#!/usr/bin/env bash
# Times the MCP server's answers an agent waits for, on a private copy of REPO (never touched itself), speaking
# MCP's JSON-RPC over stdio like any client:
#   readiness_summary, the first question (it scans the work tree, from the default cache once warm);
#   file_briefing on a production file, before editing (target: at most 1 s after the first scan);
#   check_change after editing that file (target: at most 5 s): right after the first scan, while the server may
#   still be scanning HEAD's commit beside it, then after a second edit (an agent's edit-check loop), then again
#   with nothing changed;
# with `git status` on the same copy as the anchor. Run it twice to see the warm-cache numbers.
# Usage: bench/mcp-latency.sh REPO_PATH [CACHE_DIR, default a temporary one]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="${1:?usage: bench/mcp-latency.sh REPO_PATH [CACHE_DIR]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cache="${2:-$work/cache}"
cp -a "$repo" "$work/copy"
# a production source, which the scan parses (a docs sample or a test fixture may be left out of the analysis)
mapfile -t sources < <(git -C "$work/copy" ls-files '*.java' | grep -E '(^|/)src/main/java/' \
  | grep -v -i -E 'test|docs|sample|example')
[ "${#sources[@]}" -gt 0 ] || mapfile -t sources < <(git -C "$work/copy" ls-files '*.java' | grep -v -i test)
file="${sources[199]:-${sources[0]}}"
echo "repository: $repo (copied)  file: $file  cache: $cache"
/usr/bin/time -f "git status (anchor): wall %e s" git -C "$work/copy" status --porcelain > /dev/null

# through the launcher, with the JVM options a user gets
python3 - "$root/readiness" "$work/copy" "$file" "$cache" <<'PYTHON'
import json, subprocess, sys, time
launcher, repo, path, cache = sys.argv[1:5]
server = subprocess.Popen([launcher, "mcp", repo, "--cache-dir", cache],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
ids = iter(range(1, 1000))

def send(message):
    server.stdin.write(json.dumps(message) + "\n")
    server.stdin.flush()

def call(method, params):
    request_id = next(ids)
    send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
    while True:
        line = server.stdout.readline()
        if not line:
            sys.exit("the server ended")
        answer = json.loads(line)
        if answer.get("id") == request_id:
            return answer

def timed(name, tool, arguments, target=None):
    start = time.monotonic()
    answer = call("tools/call", {"name": tool, "arguments": arguments})
    seconds = time.monotonic() - start
    error = answer.get("error") or answer.get("result", {}).get("isError")
    goal = "" if target is None else f" (target <= {target} s)"
    print(f"{name}: {seconds:.2f} s{goal}{'  ERROR: ' + json.dumps(answer)[:300] if error else ''}")
    return answer

call("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                    "clientInfo": {"name": "bench", "version": "1"}})
send({"jsonrpc": "2.0", "method": "notifications/initialized"})
timed("readiness_summary (first question, scans the work tree)", "readiness_summary", {})
timed("file_briefing", "file_briefing", {"path": path}, 1)
timed("file_briefing again", "file_briefing", {"path": path}, 1)
def edit(name):
    with open(f"{repo}/{path}", "a") as source:
        source.write(f"\nclass {name} {{\n    int twice(int value) {{\n        return value * 2;\n    }}\n}}\n")

edit("McpBenchEdit")
timed("check_change after editing the file, right after the first scan", "check_change", {}, 5)
edit("McpBenchSecondEdit")
timed("check_change after editing it again", "check_change", {}, 5)
timed("check_change with nothing changed since", "check_change", {}, 5)
server.stdin.close()
server.wait(timeout=60)
PYTHON
