#!/usr/bin/env bash
# Checks what the README promises a library user: docs/consumer-example, a minimal project with a
# <dependency> on dev.winnow:winnow, compiles against the snapshot in the local repository, receives
# only the library's runtime dependencies (none of the CLI's), and cleans the reference page; then
# that a user on the module path (docs/consumer-example/module-path, module example.modular, which
# requires dev.winnow) compiles against the same jars, reads the named module dev.winnow with the
# exported packages the README lists (and not dev.winnow.internal, .reading or .segment), and
# cleans the reference page from its bytes, so Tika's detection runs on the module path too.
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
modular="$example/target/module-path"
rm -rf "$modular"
javac -d "$modular" --module-path "$(cat "$classpath")" $(find "$example/module-path" -name '*.java')
out="$(java --module-path "$modular:$(cat "$classpath")" -m example.modular/example.modular.CleanModular \
  "$root/testdata/xi-russia.txt" 2>/dev/null)" || { printf '%s\n' "$out"; echo "consumer-check: module-path user failed" >&2; exit 1; }
printf '%s\n' "$out"
printf '%s\n' "$out" | grep -q '^truncated: true$' || { echo "consumer-check: unexpected module-path output" >&2; exit 1; }
echo "consumer-check: ok"
