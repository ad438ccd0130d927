#!/usr/bin/env bash
# Runs one harness class of dev.winnow.bench on the test class path, after compiling the tests:
#
#   benchmarks/harness.sh QualityHarness|ThroughputHarness [arguments...]
#
# quality.sh and throughput.sh call this. Set MAVEN_OPTS=-Dwinnow.corpus=DIR to use a corpus elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
main="$1"
shift
mvn -B -q -Dstyle.color=never test-compile
mvn -B -q -Dstyle.color=never org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass="dev.winnow.bench.$main" \
  -Dexec.args="$*"
