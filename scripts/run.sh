#!/usr/bin/env bash
# Installs what is missing, builds (incrementally) and starts Netwerkkaart on the bundled
# example session, opened as the example (untitled, not in Recent sessions; saving asks for a
# new file, so the repository's example is never overwritten). Without a display it says so and
# shows the headless export instead.
#
# It builds in the same tree as scripts/test.sh (the preset NWK_PRESET, default "default"), so
# after the test command only the editor is brought up to date; no second tree is built.
# --dry-run prints the build and start commands instead of running them (a CTest checks them).
set -euo pipefail
cd "$(dirname "$0")/.."

dry=0
if [ "${1:-}" = --dry-run ]; then
    dry=1
    shift
fi
run() {
    if [ "$dry" = 1 ]; then
        printf '%s\n' "$*"
    else
        "$@"
    fi
}

preset="${NWK_PRESET:-default}"
build="build/$preset"
if [ "$dry" = 0 ]; then
    source scripts/deps.sh
    nwk_install_deps
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    run cmake --preset "$preset"
fi
run cmake --build --preset "$preset" --target netwerkkaart netwerkkaart-cli

example=resources/examples/basisschool-1.nwk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the editor cannot open."
    echo "The example map can be exported without a display:"
    echo "  $build/src/cli/netwerkkaart-cli export $example -o basisschool-1.svg"
    echo "  $build/src/cli/netwerkkaart-cli export $example -o basisschool-1.png --width 2400"
    exit 0
fi
if [ "$dry" = 1 ]; then
    echo "$build/src/app/netwerkkaart --example $example $*"
    exit 0
fi
exec "$build/src/app/netwerkkaart" --example "$example" "$@"
