#!/usr/bin/env bash
# Same-JVM CPU-time A/B of two git refs of Winnow (SameJvmAbHarness):
#
#   benchmarks/ab.sh A_REF B_REF [--rounds 20] [--warmup 20] [--engines html,text]
#
# Exports each ref with `git archive` into a temporary directory under /tmp, compiles its main
# classes there (offline) and gives each build its own runtime class path. B_REF may be WORKTREE
# for the working tree as it is (its target/classes, compiled first). The harness itself runs from
# this worktree's test classes. Set MAVEN_OPTS=-Dwinnow.corpus=DIR to use a corpus elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
a_ref="$1"
b_ref="$2"
shift 2
tmp="$(mktemp -d /tmp/winnow-ab.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

# Prints the class path of a build of the project in directory $1 (classes + runtime dependencies).
build() {
  (cd "$1" \
    && mvn -B -o -q -Dstyle.color=never compile >&2 \
    && mvn -B -o -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=runtime \
         -Dmdep.outputFile="$tmp/cp.txt" >&2 \
    && printf '%s:%s' "$1/target/classes" "$(cat "$tmp/cp.txt")")
}

# Exports ref $1 into $tmp/$2 and prints its class path; WORKTREE builds the working tree instead.
checkout_and_build() {
  if [ "$1" = WORKTREE ]; then
    build "$PWD"
  else
    mkdir -p "$tmp/$2"
    git archive "$1" | tar -x -C "$tmp/$2"
    build "$tmp/$2"
  fi
}

cp_a="$(checkout_and_build "$a_ref" a)"
cp_b="$(checkout_and_build "$b_ref" b)"
echo "A = $a_ref ($(git rev-parse --short "$a_ref" 2>/dev/null || echo "$a_ref")), B = $b_ref ($(git rev-parse --short "$b_ref" 2>/dev/null || echo "$b_ref"))"
mvn -B -o -q -Dstyle.color=never test-compile
mvn -B -o -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$tmp/harness-cp.txt"
java -cp "target/test-classes:target/classes:$(cat "$tmp/harness-cp.txt")" \
  ${MAVEN_OPTS:-} dev.winnow.bench.SameJvmAbHarness --a "$cp_a" --b "$cp_b" "$@"
