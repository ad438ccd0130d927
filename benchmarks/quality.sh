#!/usr/bin/env bash
# Winnow quality harness: cleans the 181 pages of the article-extraction benchmark
# (../shared/corpora/article-extraction-benchmark) as flattened text and as HTML, scores them with
# the benchmark's metric and prints the figures next to the peers'. See benchmarks/README.md.
#
#   benchmarks/quality.sh [--mode text|html|both] [--out DIR] [--worst N] [--warmup SECONDS]
#
# Outputs go to benchmarks/out/ by default (git-ignored). Set MAVEN_OPTS=-Dwinnow.corpus=DIR to use
# a corpus elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Dstyle.color=never test-compile
mvn -B -q -Dstyle.color=never org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.winnow.bench.QualityHarness \
  -Dexec.args="$*"
