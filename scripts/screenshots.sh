#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the screenshots of docs/user-guide.md (docs/images/*.png) from the program itself,
# so they stay current:
#
#   scripts/screenshots.sh [NAME...]        (default: all; names: nwk-screenshots prints them)
#
# Builds nwk-screenshots (tests/screenshots/) with the release preset, like run.sh (set
# NWK_SCREENSHOTS_BUILD_DIR to use another configured build folder), and runs it under Xvfb
# (installed with apt-get when missing) on a 1366x768 screen, a common laptop's, with a fresh
# HOME and XDG folders, so that saved settings, recent files and window layouts of the user do
# not show. The images are built into the program (Help > Quick Guide): rebuild after running
# this. Exits 1 when a shot was skipped (its feature is missing in this build); the message
# names it.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${NWK_SCREENSHOTS_BUILD_DIR:-$root/build/release}"
jobs="${NWK_JOBS:-2}"
out="$root/docs/images"

# shellcheck source=deps.sh
source "$root/scripts/deps.sh"
NWK_PACKAGES+=(xvfb xauth)
nwk_install_deps

if [ -z "${NWK_SCREENSHOTS_BUILD_DIR:-}" ]; then
    (cd "$root" && cmake --preset release >/dev/null)
fi
cmake --build "$build" --target nwk-screenshots -j "$jobs"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/config" "$scratch/data" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"

mkdir -p "$out"
status=0
env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY -u DISPLAY \
    HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= \
    xvfb-run -a -s "-screen 0 1366x768x24" \
    "$build/tests/screenshots/nwk-screenshots" "$out" "$@" || status=$?
if [ "$status" -eq 1 ]; then
    echo "screenshots.sh: some shots were skipped (see above)" >&2
fi
exit "$status"
