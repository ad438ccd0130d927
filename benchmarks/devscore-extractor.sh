#!/usr/bin/env bash
# Winnow behind devscore's extractor contract (CMD INPUT_DIR OUTPUT_DIR), for
#   python3 ../shared/tools/devscore/score.py --extractor 'bash benchmarks/devscore-extractor.sh' [--mode M]
# Run from the project root after `mvn -B -q test-compile`; it uses the test class path.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cp_file="$root/target/devscore.classpath"
if [ ! -s "$cp_file" ]; then
  (cd "$root" && mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null)
fi
exec java -cp "$root/target/test-classes:$root/target/classes:$(cat "$cp_file")" dev.winnow.bench.DevScoreExtractor "$1" "$2"
