#!/usr/bin/env bash
# Installs what is missing, builds (incrementally) and starts Netwerkkaart on the bundled
# example session. Without a display it says so and shows the headless export instead.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
nwk_install_deps

cmake --preset release >/dev/null
cmake --build --preset release --target netwerkkaart netwerkkaart-cli

example=resources/examples/basisschool-1.nwk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the editor cannot open."
    echo "The example map can be exported without a display:"
    echo "  build/release/src/cli/netwerkkaart-cli export $example -o basisschool-1.svg"
    echo "  build/release/src/cli/netwerkkaart-cli export $example -o basisschool-1.png --width 2400"
    exit 0
fi
exec build/release/src/app/netwerkkaart "$example" "$@"
