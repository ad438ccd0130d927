#!/usr/bin/env bash
# Winnow throughput harness: times Winnow (HTML and flattened-text paths) and the Java peers
# (Readability4J, boilerpipe ArticleExtractor, crux, Jsoup parse + body().text()) on the 181 pages
# of ../shared/corpora/article-extraction-benchmark in the same JVM run, single-threaded, after
# warm-up. See benchmarks/README.md.
#
#   benchmarks/throughput.sh [--warmup SECONDS] [--measure SECONDS] [--engines a,b,...]
#
# Set MAVEN_OPTS=-Dwinnow.corpus=DIR to use a corpus elsewhere.
exec "$(dirname "$0")/harness.sh" ThroughputHarness "$@"
