#!/usr/bin/env bash
# Renders the Margin icon drawings in resources/icons/ to the PNG sizes, the Windows .ico and
# the macOS .icns that the app window, the desktop entry and jpackage use. The rendered files
# are committed, so a build never needs these tools; rerun this after changing a drawing.
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"

# The large drawing blurs its thin rules below 48 px, so the small sizes have their own drawings
# on a pixel grid: margin-16.svg for 16 px, margin-small.svg (32-unit grid) for 24 and 32 px.
drawing_for() {
  case "$1" in
    16) echo margin-16.svg ;;
    24|32) echo margin-small.svg ;;
    *) echo margin.svg ;;
  esac
}

for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" "$(drawing_for "$size")" --output "margin-$size.png"
done

convert margin-16.png margin-24.png margin-32.png margin-48.png margin-64.png margin-128.png margin-256.png margin.ico
png2icns margin.icns margin-16.png margin-32.png margin-48.png margin-128.png margin-256.png margin-512.png >/dev/null
ls -l margin-*.png margin.ico margin.icns
