#!/usr/bin/env bash
# Time per page of every standard rule on the HTML path and on the flattened-text path, and of each
# path without rules, over the 181 pages of ../shared/corpora/article-extraction-benchmark,
# single-threaded, after warm-up. See benchmarks/README.md.
#
#   benchmarks/rule-cost.sh [--warmup SECONDS] [--measure SECONDS]
#
# Set MAVEN_OPTS=-Dwinnow.corpus=DIR to use a corpus elsewhere.
exec "$(dirname "$0")/harness.sh" RuleCostHarness "$@"
