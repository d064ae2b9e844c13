#!/usr/bin/env bash
# Fuzz the whole document path (plain text and HTML: normalize, segment, every extractor, records)
# with libFuzzer and AddressSanitizer, seeded with the corpus and the HTML evaluation pages.
#
#   scripts/fuzz.sh [SECONDS]        # default 300; crashers land in Fuzz/crashers/
#   .build-fuzz/debug/kpolicy-fuzz Fuzz/crashers/*   # replay (same binary), or:
#   swift run kpolicy-fuzz Tests/Fixtures/fuzz/*      # replay without libFuzzer
#
# The first byte of an input picks plain text (even), HTML (odd), a `kpolicy stream` line (2 mod 4)
# or plain text read in pieces and compared with the whole-document records (4 mod 8).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
swift build --product kpolicy-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING
seeds=.build-fuzz/seeds
mkdir -p "$seeds" Fuzz/crashers
for f in Corpus/*.txt; do { printf '\x00'; head -c 20000 "$f"; } > "$seeds/$(basename "$f").in"; done
# Route 4 mod 8: the same text read in pieces of 256 bytes must give the whole-document records.
for f in Corpus/*.txt; do { printf '\x04'; head -c 20000 "$f"; } > "$seeds/$(basename "$f").pieces.in"; done
for f in Tests/Fixtures/html-eval/*.html; do { printf '\x01'; head -c 20000 "$f"; } > "$seeds/$(basename "$f").in"; done
python3 - "$seeds" <<'PY'
import json, pathlib, sys
text = "".join(f.read_text() for f in sorted(pathlib.Path("Corpus").glob("*.txt"))).split("\n")
joined = "\n\n\n".join("\n".join(text[i:i + 7]) for i in range(0, len(text), 7))[:20000]
(pathlib.Path(sys.argv[1]) / "joined.pieces.in").write_bytes(b"\x04" + joined.encode())
# Paragraphs separated by single empty lines (cut only where no date above can be read).
single = "\n\n".join("\n".join(text[i:i + 3]) for i in range(0, len(text), 3))[:20000]
(pathlib.Path(sys.argv[1]) / "single.pieces.in").write_bytes(b"\x04" + single.encode())
# No empty line at all, a page marker every 12 lines (cut between lines only, `LineCuts`).
lines = [l for l in text if l.strip()]
paged = "\n".join(l + (f"\n- {i // 12} -" if i % 12 == 11 else "") for i, l in enumerate(lines))[:20000]
(pathlib.Path(sys.argv[1]) / "paged.pieces.in").write_bytes(b"\x04" + paged.encode())
for f in sorted(pathlib.Path("Corpus").glob("*.txt")):
    line = json.dumps({"id": f.name, "text": f.read_text()[:4000], "date": "2025-05-30"}, ensure_ascii=False)
    (pathlib.Path(sys.argv[1]) / (f.name + ".stream.in")).write_bytes(b"\x02" + line.encode())
PY
for f in Tests/Fixtures/fuzz/*; do [ -f "$f" ] && cp "$f" "$seeds/"; done
ASAN_OPTIONS=detect_leaks=0 .build-fuzz/debug/kpolicy-fuzz "$seeds" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix=Fuzz/crashers/ -print_final_stats=1
