#!/bin/sh
# Renders a study's report.html in headless Chromium and saves what a reader sees as a PNG, to check that the
# report opens offline (no network, no profile) and draws its charts and tables.
#   scripts/render-report.sh REPORT_FOLDER [OUT.png] [WIDTH,HEIGHT]
# Exit 0 when Chromium wrote a non-empty PNG; look at it.
set -eu
folder=${1:?usage: render-report.sh REPORT_FOLDER [OUT.png] [WIDTH,HEIGHT]}
out=${2:-$folder/report-rendered.png}
size=${3:-1200,4000}
html=$(cd "$folder" && pwd)/report.html
[ -f "$html" ] || { echo "render-report: $html: no such file" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "render-report: no chromium on the PATH" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -f "$out"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
    --window-size="$size" --screenshot="$out" "file://$html" >/dev/null 2>&1 || true
if [ -s "$out" ]; then
    echo "rendered $html to $out"
else
    echo "render-report: chromium wrote no image for $html" >&2
    exit 1
fi
