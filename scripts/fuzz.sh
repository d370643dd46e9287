#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the session and deck loaders (nwk::parseSession, nwk::parseDeck) with
# libFuzzer + AddressSanitizer + UndefinedBehaviorSanitizer.
#
#   scripts/fuzz.sh [SECONDS] [extra libFuzzer options...]     (default 60 s)
#   NWK_FUZZ_MERGE=1 scripts/fuzz.sh SECONDS   also folds what the run found into the
#                                              seed corpus kept in the repo (tests/fuzz/corpus)
#
# Builds in build/fuzz with clang (installed with apt-get when missing), seeds a
# working corpus from tests/data and resources, and runs for the given time.
# A finding leaves build/fuzz/artifacts/crash-* (or leak-*, timeout-*, oom-*) and
# makes the script exit non-zero. Reproduce: build/fuzz/tests/fuzz/fuzz_session FILE
set -euo pipefail

seconds="${1:-60}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${NWK_FUZZ_BUILD_DIR:-$root/build/fuzz}"
jobs="${NWK_JOBS:-2}"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz.sh: installing clang" >&2
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update
    # On Debian 12, 'clang' (14) brings libclang-rt-14-dev with the libFuzzer runtime.
    $sudo_cmd apt-get install -y --no-install-recommends clang libclang-rt-14-dev
fi

# Check that -fsanitize=fuzzer links (the runtime lives in libclang-rt-*-dev).
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long){return 0;}\n' \
    >"$probe/p.cpp"
if ! clang++ -fsanitize=fuzzer "$probe/p.cpp" -o "$probe/p" 2>/dev/null; then
    echo "fuzz.sh: clang cannot link -fsanitize=fuzzer; install libclang-rt-\$(clang version)-dev" >&2
    exit 2
fi

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g -O1"
cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
    -DNWK_BUILD_TESTS=OFF -DNWK_FUZZ=ON \
    -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" --target fuzz_session -j"$jobs"

# Seed corpus: every session and deck we have, valid and invalid.
corpus="$build/corpus"
artifacts="$build/artifacts"
mkdir -p "$corpus" "$artifacts"
for dir in tests/fuzz/corpus tests/data/golden tests/data/invalid tests/data/migration \
    tests/data/cli resources/examples resources/decks; do
    [ -d "$root/$dir" ] || continue
    find "$root/$dir" -type f \( -name '*.nwk' -o -name '*.json' -o -path '*/fuzz/corpus/*' \) \
        -exec cp -n {} "$corpus/" \;
done

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
echo "fuzz.sh: fuzzing for ${seconds}s with $(ls "$corpus" | wc -l) seed files" >&2
"$build/tests/fuzz/fuzz_session" "$corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$@"
echo "fuzz.sh: no finding in ${seconds}s" >&2
if [ "${NWK_FUZZ_MERGE:-0}" = 1 ]; then
    # Keep only the inputs that add coverage (libFuzzer's merge), under 12 KiB each so that
    # the repo stays small (tests/data holds the big sessions).
    small="$build/corpus-small"
    rm -rf "$small"
    mkdir -p "$small" "$root/tests/fuzz/corpus"
    find "$corpus" -type f -size -12k -exec cp {} "$small/" \;
    "$build/tests/fuzz/fuzz_session" -merge=1 "$root/tests/fuzz/corpus" "$small" 2>&1 |
        tail -n 2 >&2
    echo "fuzz.sh: seed corpus: $(ls "$root/tests/fuzz/corpus" | wc -l) files in tests/fuzz/corpus" >&2
fi
