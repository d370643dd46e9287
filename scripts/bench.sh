#!/usr/bin/env bash
# The performance benchmark (docs/performance.md): builds the release preset, times every
# operation on synthetic sessions of 60, 1,000 and 10,000 partners (nwk-bench, one process
# per size so that each reports its own peak memory), the editor's cold start to its first
# painted frame, the participation round's stall, the recording's CPU use, and the SVG
# export against Graphviz on the same 1,000-partner map; then
# prints the table of figures and targets. Exits 1 when a target is missed.
#
# Environment: NWK_BENCH_BUILD_DIR  build there (Release) instead of the release preset
#              NWK_BENCH_SIZES      partner counts (default "60 1000 10000"; 1000 is needed
#                                   for the Graphviz comparison)
#              NWK_BENCH_RUNS       runs of each external command, median taken (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--cold-start-runs" ]; then
    # Internal: called under xvfb-run. Prints per run, in ms: from starting the program to
    # its first paint (it tells the wall-clock time of the paint), from starting it to its
    # end (after quitting), and from main() to the first paint (its own clock).
    app=$2 runs=$3 log=$4
    "$app" --quit-after-first-paint >/dev/null 2>&1 || true # warm-up: page cache, fonts
    for _ in $(seq "$runs"); do
        t0=$(date +%s%N)
        "$app" --quit-after-first-paint >/dev/null 2>"$log"
        t1=$(date +%s%N)
        paint=$(sed -n 's/.*first paint after \([0-9]*\) ms.*/\1/p' "$log")
        at=$(sed -n 's/.*first paint after [0-9]* ms, at \([0-9]*\) ms since the epoch.*/\1/p' "$log")
        cold=nan # a program that does not tell the time of its paint: "not measured"
        [ -n "$at" ] && cold=$((at - t0 / 1000000))
        echo "$cold $(((t1 - t0) / 1000)) ${paint:-nan}"
    done
    exit 0
fi

source scripts/deps.sh
nwk_install_deps

# Graphviz (the comparison) and Xvfb (a real X server for the cold start) are needed only
# here, so they are not in deps.sh.
bench_missing=()
command -v neato >/dev/null 2>&1 || bench_missing+=(graphviz)
command -v xvfb-run >/dev/null 2>&1 || bench_missing+=(xvfb xauth)
if [ ${#bench_missing[@]} -gt 0 ]; then
    echo "The benchmark needs these Debian packages, which are missing: ${bench_missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${bench_missing[@]}"
fi

targets=(nwk-bench netwerkkaart netwerkkaart-cli)
if [ -n "${NWK_BENCH_BUILD_DIR:-}" ]; then
    build=$NWK_BENCH_BUILD_DIR
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNWK_BUILD_TESTS=ON >/dev/null
    cmake --build "$build" --target "${targets[@]}"
else
    build=build/release
    cmake --preset release >/dev/null
    cmake --build --preset release --target "${targets[@]}"
fi
bench=$build/tests/bench/nwk-bench
app=$build/src/app/netwerkkaart
cli=$build/src/cli/netwerkkaart-cli

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
figures=$work/figures.txt
runs=${NWK_BENCH_RUNS:-7}
sizes=${NWK_BENCH_SIZES:-60 1000 10000}
# Settings and recovery files of the programs under test stay out of the user's folders.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
export LC_ALL=C.UTF-8

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now_us() { echo $(($(date +%s%N) / 1000)); }

echo "Machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
    "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "Build:   $build (Release)"
echo

for n in $sizes; do
    echo "== nwk-bench: $n partners"
    QT_QPA_PLATFORM=offscreen "$bench" --sizes "$n" --graphviz "$work" | tee -a "$figures"
done

echo "== cold start to first paint (example session, $runs runs after a warm-up)"
if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1920x1080x24" "$0" --cold-start-runs "$app" "$runs" "$work/paint.log" \
        >"$work/cold.txt"
else
    echo "(no xvfb-run: measured on Qt's offscreen platform)"
    QT_QPA_PLATFORM=offscreen "$0" --cold-start-runs "$app" "$runs" "$work/paint.log" >"$work/cold.txt"
fi
cold=$(awk '{ print $1 }' "$work/cold.txt" | median)
ended=$(awk '{ print $2 / 1000 }' "$work/cold.txt" | median)
paint=$(awk '{ print $3 }' "$work/cold.txt" | median)
echo "figure coldstart 0 $cold" | tee -a "$figures"
echo "figure coldstart-end 0 $ended" | tee -a "$figures"
echo "figure firstpaint 0 $paint" | tee -a "$figures"

echo "== participation round: 15 phones, 40 partners and 20 ticks each within 10 s"
QT_QPA_PLATFORM=offscreen "$bench" --participation | tee -a "$figures"

echo "== recording: 20 s of audio in the main window (private PulseAudio test server)"
pulse_dir=$work/pulse
trap 'scripts/audio-test-server.sh stop "$pulse_dir" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
scripts/audio-test-server.sh start "$pulse_dir" >/dev/null
PULSE_SERVER=$(scripts/audio-test-server.sh env "$pulse_dir" | sed 's/^PULSE_SERVER=//') \
    QT_QPA_PLATFORM=offscreen "$bench" --recording 20 | tee -a "$figures"

if [ -f "$work/map-1000.dot" ]; then
    echo "== SVG export of the 1,000-partner map: neato -n2 -Tsvg against netwerkkaart-cli export"
    : >"$work/neato.txt"
    : >"$work/cli.txt"
    for _ in $(seq "$runs"); do # alternating, in one run
        t0=$(now_us)
        neato -n2 -Tsvg "$work/map-1000.dot" -o "$work/neato.svg"
        t1=$(now_us)
        QT_QPA_PLATFORM=offscreen "$cli" export "$work/map-1000.nwk" -o "$work/cli.svg" >/dev/null
        t2=$(now_us)
        echo "$(((t1 - t0))) " >>"$work/neato.txt"
        echo "$(((t2 - t1))) " >>"$work/cli.txt"
    done
    neato_ms=$(awk '{ print $1 / 1000 }' "$work/neato.txt" | median)
    cli_ms=$(awk '{ print $1 / 1000 }' "$work/cli.txt" | median)
    echo "figure graphviz-neato 1000 $neato_ms" | tee -a "$figures"
    echo "figure graphviz-cli 1000 $cli_ms" | tee -a "$figures"
    echo "figure graphviz-ratio 1000 $(awk -v a="$cli_ms" -v b="$neato_ms" 'BEGIN { print a / b }')" |
        tee -a "$figures"
fi

echo
"$bench" --report "$figures"
