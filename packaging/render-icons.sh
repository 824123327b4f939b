#!/usr/bin/env bash
# Renders the hicolor PNG icons from resources/icons/io.usagelens.UsageLens.svg.
# The PNGs are committed, so building needs no SVG renderer; re-run this after editing the SVG.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
svg="$root/resources/icons/io.usagelens.UsageLens.svg"
for size in 16 24 32 48 64 128 256 512; do
  dir="$root/resources/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$dir/io.usagelens.UsageLens.png"
done
echo "rendered $svg to resources/icons/hicolor/*/apps/"
