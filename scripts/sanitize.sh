#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs every test under AddressSanitizer + UndefinedBehaviorSanitizer
# (the 'asan' preset of CMakePresets.json, build dir build/asan).
#
#   scripts/sanitize.sh [ctest arguments...]      e.g. scripts/sanitize.sh -R editor
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
cmake --preset asan
cmake --build --preset asan -j"${NWK_JOBS:-2}"
ctest --preset asan "$@"
