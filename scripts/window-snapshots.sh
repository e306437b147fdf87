#!/usr/bin/env bash
# Renders the workbench window at the sizes it is made for, in normal and lecture mode, as PNGs:
#   scripts/window-snapshots.sh [OUT_DIR]        (default target/window-snapshots)
# Needs the packaged jar (mvn -B -q package -DskipTests); runs under xvfb-run when there is no display.
# Each image uses its own throw-away experiment database, so stored runs of yours never show.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/window-snapshots}
jar=target/scalelab.jar
[ -f "$jar" ] || { echo "window-snapshots: $jar is missing; run: mvn -B -q package -DskipTests" >&2; exit 2; }
mkdir -p "$out"
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
run() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1920x1200x24" "$@"; fi
}
for size in 1024x700 1366x768 1440x900 1920x1080; do
  for mode in normal lecture; do
    flag=(); [ "$mode" = lecture ] && flag=(--lecture)
    run java -jar "$jar" --db "$db/$size-$mode.db" --size "$size" "${flag[@]}" --snapshot "$out/window-$size-$mode.png" \
      2>&1 | grep -v -e 'Unsupported JavaFX configuration' -e 'PlatformImpl startup' || true
    [ -s "$out/window-$size-$mode.png" ] || { echo "window-snapshots: no image for $size $mode" >&2; exit 1; }
  done
done
echo "window-snapshots: 8 images in $out"
