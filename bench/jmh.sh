#!/usr/bin/env bash
# JMH benchmark of the per-file hot path (parse + per-file rules) on one Java source file.
# Usage: bench/jmh.sh [JAVA_FILE] [extra JMH options, e.g. -wi 3 -i 5 -f 1]
# Default input: this project's SarifWriter.java. Nothing is written outside bench/jmh/target and ~/.m2.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="${1:-$root/analyzer-core/src/main/java/dev/readiness/core/report/SarifWriter.java}"
shift $(( $# >= 1 ? 1 : 0 ))
(cd "$root" && ./mvnw -B -q -DskipTests clean install)
(cd "$root/bench/jmh" && "$root/mvnw" -B -q clean package)
echo "input: $input ($(wc -l < "$input") lines)"
java -jar "$root/bench/jmh/target/readiness-jmh.jar" -p file="$input" -wi 3 -w 2s -i 5 -r 2s -f 1 "$@"
