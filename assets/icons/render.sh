#!/bin/sh
# Renders the ScaleLab icon from scalelab.svg: PNGs for Linux (and the window), an .ico for Windows and an .icns
# for macOS. The renders are committed, so only someone changing the SVG needs to run this.
# Tools (Debian): apt-get install librsvg2-bin icoutils icnsutils
set -eu
cd "$(dirname "$0")"
mkdir -p png
for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" scalelab.svg -o "png/scalelab-$s.png"
done
# Windows: the sizes Explorer and the taskbar ask for; 256 is stored as PNG inside the .ico.
icotool -c -o scalelab.ico png/scalelab-16.png png/scalelab-24.png png/scalelab-32.png png/scalelab-48.png \
  png/scalelab-64.png png/scalelab-128.png -r png/scalelab-256.png
# macOS: png2icns picks the icon type from each PNG's size.
png2icns scalelab.icns png/scalelab-16.png png/scalelab-32.png png/scalelab-48.png png/scalelab-128.png \
  png/scalelab-256.png png/scalelab-512.png png/scalelab-1024.png >/dev/null
ls -l scalelab.ico scalelab.icns png
