#!/usr/bin/env bash
# Throughput of `kpolicy extract` (release build) on corpora built from Corpus/: large files and many
# small files. Prints MB/s end to end and peak resident memory. Usage: scripts/bench.sh [MB] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-50}"
jobs="${2:-1}"
work="${TMPDIR:-/tmp}/kpolicy-bench"
swift build -c release --product kpolicy >/dev/null
bin=.build/release/kpolicy
rm -rf "$work" && mkdir -p "$work/large" "$work/small"

# Large files: the corpus repeated into files of about 10 MB each.
target=$((mb * 1024 * 1024))
one=$(cat Corpus/*.txt | wc -c)
per_file=$(( (10 * 1024 * 1024) / one + 1 ))
files=$(( target / (per_file * one) + 1 ))
for f in $(seq 1 "$files"); do
    for _ in $(seq 1 "$per_file"); do cat Corpus/*.txt; done > "$work/large/part$f.txt"
done
# Small files: paragraphs of about 1.5 KB each (the per-file overhead of a folder of short releases).
python3 - "$work/small" <<'PY'
import pathlib, sys
out = pathlib.Path(sys.argv[1])
text = "".join(p.read_text(encoding="utf-8") for p in sorted(pathlib.Path("Corpus").glob("*.txt")))
chunks, cur = [], ""
for line in text.splitlines(keepends=True):
    cur += line
    if len(cur.encode()) >= 1500:
        chunks.append(cur); cur = ""
for i in range(5000):
    (out / f"r{i:05d}.txt").write_text(chunks[i % len(chunks)], encoding="utf-8")
PY

run() {
    local name=$1 dir=$2
    local bytes; bytes=$(du -sb "$dir" | cut -f1)
    local start end rss
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/rss" "$bin" extract "$dir" --out "$work/out-$name" --jobs "$jobs" --quiet
    end=$(date +%s.%N)
    rss=$(cat "$work/rss")
    python3 -c "import sys; b,s,e,r=float(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); print(f'{sys.argv[5]:<8} {b/1e6:8.1f} MB  {e-s:7.2f} s  {b/1e6/(e-s):7.1f} MB/s  peak RSS {r/1024:6.1f} MB  (--jobs $jobs)')" \
        "$bytes" "$start" "$end" "$rss" "$name"
}
run large "$work/large"
run small "$work/small"
