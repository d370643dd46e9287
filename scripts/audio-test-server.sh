#!/usr/bin/env bash
# A private PulseAudio server for the recording tests (docs/recording.md, "Tests"): a null
# sink and a 440 Hz sine source, so that Qt Multimedia records real audio on a machine
# without a sound card. Nothing of the user's own PulseAudio is touched: the server has its
# own runtime, state and socket under DIR.
#
#   scripts/audio-test-server.sh start DIR   # idempotent; prints PULSE_SERVER=unix:DIR/native
#   scripts/audio-test-server.sh stop DIR    # kills that server (and only that one)
#   scripts/audio-test-server.sh env DIR     # prints the PULSE_SERVER value for DIR
#
# CTest starts and stops it as a fixture (tests/CMakeLists.txt, "audio: ..."); the tests
# tagged [audio] then run with PULSE_SERVER pointing at it.
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop|env DIR" >&2
    exit 2
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
socket="$dir/native"
pidfile="$dir/pulseaudio.pid"
server="unix:$socket"

running() {
    [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

answers() {
    PULSE_SERVER="$server" pactl info >/dev/null 2>&1
}

case "$cmd" in
env)
    echo "PULSE_SERVER=$server"
    ;;
start)
    if running && answers; then
        echo "PULSE_SERVER=$server"
        exit 0
    fi
    if ! command -v pulseaudio >/dev/null 2>&1; then
        echo "error: pulseaudio is not installed (scripts/deps.sh installs it)" >&2
        exit 1
    fi
    rm -f "$socket" "$pidfile"
    mkdir -p "$dir/runtime" "$dir/state" "$dir/home"
    chmod 700 "$dir/runtime"
    # -n: no default.pa (no hardware detection); the modules are listed here. As root,
    # pulseaudio warns that it runs in user mode: harmless for a private test server.
    env -u PULSE_SERVER XDG_RUNTIME_DIR="$dir/runtime" PULSE_RUNTIME_PATH="$dir/runtime" \
        PULSE_STATE_PATH="$dir/state" HOME="$dir/home" \
        pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit --use-pid-file=no \
        --log-target=file:"$dir/pulseaudio.log" \
        -L "module-native-protocol-unix socket=$socket auth-anonymous=1" \
        -L "module-null-sink sink_name=nwk_null" \
        -L "module-sine-source source_name=nwk_sine frequency=440" \
        -L "module-always-sink" </dev/null >/dev/null 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 100); do
        if answers; then
            PULSE_SERVER="$server" pactl set-default-source nwk_sine >/dev/null 2>&1 || true
            echo "PULSE_SERVER=$server"
            exit 0
        fi
        if ! running; then
            break
        fi
        sleep 0.1
    done
    echo "error: the test PulseAudio server did not start; its log: $dir/pulseaudio.log" >&2
    [ -f "$dir/pulseaudio.log" ] && tail -n 20 "$dir/pulseaudio.log" >&2
    exit 1
    ;;
stop)
    if running; then
        pid=$(cat "$pidfile")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile" "$socket"
    ;;
*)
    echo "usage: $0 start|stop|env DIR" >&2
    exit 2
    ;;
esac
