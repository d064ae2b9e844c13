#!/bin/sh
# Renders the corpus report, takes a screenshot of it with headless Chromium (Debian package
# `chromium`; Korean needs a Hangul font such as `fonts-nanum`) and times loading the page
# and checks filter, click, sort and tooltip in it (scripts/report-browser.py).
#   scripts/report-screenshot.sh [OUT.png] [REPORT.html]
# Default: docs/report.png from Output/report.html.
set -eu
cd "$(dirname "$0")/.."
png=${1:-docs/report.png}
page=${2:-Output/report.html}
command -v chromium >/dev/null || { echo "report-screenshot: install chromium (apt-get install -y chromium fonts-nanum)" >&2; exit 2; }
swift build -c release --product kpolicy >/dev/null
.build/release/kpolicy report Corpus --out "$page" --reference-date 2023-12-05
mkdir -p "$(dirname "$png")"
url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --window-size=1280,900 --screenshot="$png" "$url" 2>/dev/null
echo "report-screenshot: $(wc -c < "$page") bytes of HTML → $png ($(wc -c < "$png") bytes)"
python3 scripts/report-browser.py "$page" 3
python3 scripts/report-browser.py --check "$page"
