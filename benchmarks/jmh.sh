#!/usr/bin/env bash
# Winnow JMH benchmarks (benchmarks/src/main/java/dev/winnow/bench/jmh): CleanerBenchmark (one clean
# of a corpus page as HTML and as text, the reference page, the Jsoup floor) and ScalingBenchmark
# (pages of 10 KB to 10 MB). Arguments go to JMH, e.g.
#
#   benchmarks/jmh.sh CleanerBenchmark -prof gc
#   benchmarks/jmh.sh ScalingBenchmark -prof gc
#
# Needs ../shared/corpora/article-extraction-benchmark; for a corpus elsewhere pass
# -jvmArgsAppend -Dwinnow.corpus=DIR (JMH forks a fresh JVM).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Dstyle.color=never test-compile
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$@"
