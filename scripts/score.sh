#!/usr/bin/env bash
# Scores Output/mentions.jsonl against the shared gold (needs ../shared beside the project root;
# nothing else in the project depends on it). Usage: scripts/score.sh [--per-doc]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${KPOLICY_SHARED:-../shared}"
[ -f "$shared/tools/score.py" ] || { echo "score.sh: $shared/tools/score.py not found (set KPOLICY_SHARED)" >&2; exit 2; }
swift run -c release kpolicy extract Corpus --out Output --reference-date 2023-12-05 --quiet
python3 "$shared/tools/score.py" Output/mentions.jsonl "$@"
# The same records with `surface` (the mention as written) in place of `text` (normalized: `'24~'28`
# for `’24∼’28`): the scorer pairs spans by string overlap, which the folded apostrophes and wave
# dashes of short periods defeat. Values are untouched.
surface="$(mktemp -t kpolicy-surface.XXXXXX.jsonl)"
trap 'rm -f "$surface"' EXIT
python3 - Output/mentions.jsonl "$surface" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as dst:
    for line in src:
        record = json.loads(line)
        record["text"] = record.get("surface", record["text"])
        dst.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
echo
echo "== with surface as text"
python3 "$shared/tools/score.py" "$surface" | tail -7
