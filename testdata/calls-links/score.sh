#!/bin/sh
# Score same-call linking on one half of ../shared/bench/calls, through the CLI contract, from the repo root:
#   testdata/calls-links/score.sh dev|held
# Writes the half's labels to a temp file (pairs are scored within the half) and runs score-crossread calls.
set -e
half=${1:-dev}
bench=${BENCH:-../shared/bench}
tmp=$(mktemp -d)
python3 - "$bench/calls/labels.json" testdata/calls-links/split.json "$half" "$tmp/labels.json" <<'PY'
import json, sys
labels, split, half, out = sys.argv[1:]
held = set(json.load(open(split))["held_out_events"])
L = json.load(open(labels))
keep = [r for r in L["reports"] if (r["event"] in held) == (half == "held")]
json.dump({"reports": keep}, open(out, "w"))
PY
"$bench/score-crossread" calls "$tmp/labels.json" "$bench/calls"
rm -rf "$tmp"
