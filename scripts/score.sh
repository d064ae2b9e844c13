#!/usr/bin/env bash
# Scores Output/mentions.jsonl against the shared gold (needs ../shared beside the project root;
# nothing else in the project depends on it). Usage: scripts/score.sh [--per-doc]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${KPOLICY_SHARED:-../shared}"
[ -f "$shared/tools/score.py" ] || { echo "score.sh: $shared/tools/score.py not found (set KPOLICY_SHARED)" >&2; exit 2; }
swift run -c release kpolicy extract Corpus --out Output --reference-date 2023-12-05 --quiet
python3 "$shared/tools/score.py" Output/mentions.jsonl "$@"
