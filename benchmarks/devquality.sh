#!/usr/bin/env bash
# Winnow on the four development corpora (../shared/corpora/dev) in html, text and blocks mode,
# scored with devscore's page figures, split into the tuning and the check half. See
# benchmarks/README.md, "Development corpora".
#
#   benchmarks/devquality.sh [--modes html,text,blocks] [--corpus a,b] [--system winnow|readability4j]
#                            [--out DIR] [--baseline DIR] [--worst N]
#
# Outputs go to benchmarks/out/dev by default (git-ignored), in the layout score.py --outputs reads.
exec "$(dirname "$0")/harness.sh" DevQualityHarness "$@"
