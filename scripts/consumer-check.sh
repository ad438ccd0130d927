#!/usr/bin/env bash
# Checks what the README promises a library user: docs/consumer-example, a minimal project with a
# <dependency> on dev.winnow:winnow, compiles against the snapshot in the local repository, receives
# only the library's runtime dependencies (none of the CLI's), and cleans the reference page.
#
#   mvn -B install -DskipTests && bash scripts/consumer-check.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
example="$root/docs/consumer-example"
classpath="$example/target/classpath.txt"
mvn -B -q -Dstyle.color=never -f "$example/pom.xml" clean compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$classpath"
echo "the library user's class path: $(tr ':' '\n' < "$classpath" | sed 's|.*/||' | paste -sd ' ')"
if tr ':' '\n' < "$classpath" | grep -E 'picocli|jwarc|slf4j-nop|spark|jazzer|junit'; then
  echo "consumer-check: a CLI, Spark or test dependency reached the library user (above)" >&2
  exit 1
fi
out="$(java -cp "$example/target/classes:$(cat "$classpath")" example.CleanPage "$root/testdata/xi-russia.txt")"
printf '%s\n' "$out" | head -n 3
printf '%s\n' "$out" | grep -q '^truncated: true$' || { echo "consumer-check: unexpected output" >&2; exit 1; }
echo "consumer-check: ok"
