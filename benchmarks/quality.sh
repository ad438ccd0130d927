#!/usr/bin/env bash
# Winnow quality harness: cleans the 181 pages of the article-extraction benchmark
# (../shared/corpora/article-extraction-benchmark) as flattened text and as HTML, scores them with
# the benchmark's metric and prints the figures next to the peers'. See benchmarks/README.md.
#
#   benchmarks/quality.sh [--mode text|html|both] [--out DIR] [--worst N] [--warmup SECONDS]
#
# Outputs go to benchmarks/out/ by default (git-ignored). Set MAVEN_OPTS=-Dwinnow.corpus=DIR to use
# a corpus elsewhere.
exec "$(dirname "$0")/harness.sh" QualityHarness "$@"
