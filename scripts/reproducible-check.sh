#!/usr/bin/env bash
# Reproducible-build check: builds the release artifacts (mvn -Prelease package, unsigned) twice from
# clean copies of the working tree -- the second at another path, in another time zone, with umask
# 002 instead of 022, seconds later -- and compares every artifact byte for byte. Exits 1 if any
# differs. (A umask that takes read rights from others, such as 077, changes the file modes inside
# the jars: build releases with 022 or 002.)
#
#   bash scripts/reproducible-check.sh
#
# The time stamp inside the archives is project.build.outputTimestamp (pom.xml).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# $1: where to copy the working tree and build; $2: TZ; $3: umask
build() {
  mkdir -p "$1"
  (cd "$root" && git ls-files -co --exclude-standard -z | xargs -0 tar -cf - --) | tar -xf - -C "$1"
  (cd "$1" && umask "$3" && TZ="$2" mvn -B -q -Dstyle.color=never -Prelease -DskipTests clean package)
}

build "$work/first/winnow" UTC 022
sleep 2
build "$work/second/a-longer-path/winnow-copy" Pacific/Kiritimati 002

status=0
for f in "$work"/first/winnow/target/winnow-*.jar "$work"/first/winnow/target/bom.json; do
  name="$(basename "$f")"
  if cmp -s "$f" "$work/second/a-longer-path/winnow-copy/target/$name"; then
    echo "identical  $(sha256sum "$f" | cut -c1-16)  $(stat -c %s "$f") bytes  $name"
  else
    echo "DIFFERENT  $name"
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "reproducible: two clean builds gave byte-identical artifacts"
exit "$status"
