#!/usr/bin/env bash
# Regenerates the PNG icon set from resources/desktop/netwerkkaart.svg (run after editing it).
# The PNGs are committed so that building needs no SVG rasteriser.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" resources/desktop/netwerkkaart.svg \
        -o "resources/desktop/icons/netwerkkaart-$size.png"
done
echo "wrote resources/desktop/icons/netwerkkaart-{16..512}.png"
