#!/usr/bin/env bash
# Soak run: the batch CLI cleans the benchmark corpus repeated to N pages (default 100000) on two
# threads with a 2 GB heap and a GC log, then prints the heap after each GC, summarised per tenth of
# the run (flat = no leak), and the CLI's own summary line.
#
#   bash benchmarks/soak.sh [N]
#
# Set WINNOW_CORPUS=DIR for a corpus elsewhere (default ../shared/corpora/article-extraction-benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
corpus="${WINNOW_CORPUS:-../shared/corpora/article-extraction-benchmark}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -B -q -Dstyle.color=never package -DskipTests
mkdir -p "$work/pages"
for f in "$corpus"/html/*.html.gz; do
  gunzip -c "$f" > "$work/pages/$(basename "$f" .gz)"
done
python3 - "$work" "$n" <<'PY'
import os, sys
work, n = sys.argv[1], int(sys.argv[2])
pages = sorted(os.path.join(work, "pages", p) for p in os.listdir(os.path.join(work, "pages")))
with open(os.path.join(work, "soak.list"), "w") as out:
    for i in range(n):
        out.write(pages[i % len(pages)] + "\n")
PY
java -Xmx2g "-Xlog:gc:file=$work/gc.log" -jar target/winnow-cli.jar batch --threads 2 "$work/soak.list" - \
  > /dev/null 2> "$work/err" || true
tail -n 1 "$work/err"
python3 - "$work/gc.log" <<'PY'
import re, statistics, sys
events = []
for line in open(sys.argv[1]):
    m = re.search(r"\[(\d+\.\d+)s\].*Pause Young.*->(\d+)M\((\d+)M\)", line)
    if m:
        events.append((float(m.group(1)), int(m.group(2)), int(m.group(3))))
if not events:
    sys.exit("no GC events")
end = events[-1][0]
print(f"{len(events)} young GCs in {end:.0f} s; heap after GC (MB) per tenth of the run:")
print("| tenth | GCs | median | max | committed |")
print("|---|---|---|---|---|")
for t in range(10):
    part = [e for e in events if t * end / 10 <= e[0] < (t + 1) * end / 10 or (t == 9 and e[0] == end)]
    if part:
        print(f"| {t + 1} | {len(part)} | {statistics.median(e[1] for e in part):.0f} | {max(e[1] for e in part)} | {max(e[2] for e in part)} |")
PY
