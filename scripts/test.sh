#!/usr/bin/env bash
# Installs what is missing, builds everything (incrementally) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
nwk_install_deps

preset="${NWK_PRESET:-default}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset" --timeout 300
