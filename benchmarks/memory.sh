#!/usr/bin/env bash
# Peak heap per input byte of one clean, for generated inputs of six shapes at 1, 10 and 64 MB (or
# the sizes given), each in its own JVM at -Xmx512m. See benchmarks/README.md, "Memory".
#
#   bash benchmarks/memory.sh [MEGABYTES ...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1 10 64)
mvn -B -q -Dstyle.color=never test-compile
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test
echo "| shape | input | heap | result | peak heap added | per input byte |"
echo "|---|---|---|---|---|---|"
for shape in text-lines text-prose html-paragraphs html-attributes html-prose html-one-text; do
  for mb in "${sizes[@]}"; do
    java -Xmx512m -cp "target/test-classes:target/classes:$(cat "$cp")" dev.winnow.bench.MemoryHarness "$shape" "$mb"
  done
done
