#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The mutation check (docs/testing.md): applies each small defect of tests/mutations.txt to
# the source, one at a time, rebuilds that mutation's test target, runs its tests and reports
# whether a test failed (CAUGHT) or all passed (SURVIVED). Not part of CI: run it by hand
# before resolving a test issue and after large changes.
#
#   scripts/mutate.sh              every mutation of the list
#   scripts/mutate.sh m07 m12      only these
#   scripts/mutate.sh --list       list the mutations (id, area, file, what breaks)
#
# Your files are never written. The script works in a scratch copy of the working tree
# (tracked and untracked files that git does not ignore, uncommitted changes included) in
# build/mutate/tree, with its own build directory build/mutate/tree/build/mutate;
# build/default is not touched. Every run first brings the copy up to date with your tree (so a copy left
# mutated by a killed run is repaired), and a mutated file is restored after its run, also
# on Ctrl+C or a failed build.
#
# Before mutating, the tests of the selected mutations run once on the unmutated copy; they
# must pass (else "caught" would mean nothing) and the script stops with exit 2.
#
# Per mutation: CAUGHT (a test failed; "timed out" also counts), SURVIVED (every test
# passed), DOES-NOT-APPLY (the find text does not occur exactly once in the file),
# BUILD-FAILS (the mutant does not compile; caught only where the entry says
# "expect: build-fails"). Logs: build/mutate/logs/<id>.log. Exit 0 when every mutation was
# caught, 1 otherwise, 2 on a usage error or a failing baseline, 130 when interrupted.
#
# Environment: NWK_MUTATIONS      the list (default tests/mutations.txt)
#              NWK_MUTATE_DIR     scratch directory (default build/mutate)
#              NWK_JOBS           build jobs (default 2)
#              NWK_MUTATE_TIMEOUT seconds one test run may take (default 600)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
list="${NWK_MUTATIONS:-$root/tests/mutations.txt}"
work="${NWK_MUTATE_DIR:-$root/build/mutate}"
src="$work/tree"
# Two levels below the copy's root, as build/default is below a worktree's: the compiler
# then sees the same relative paths, so ccache (base_dir) serves objects built elsewhere.
bld="$src/build/mutate"
logs="$work/logs"
jobs="${NWK_JOBS:-2}"
limit="${NWK_MUTATE_TIMEOUT:-600}"
# ccache's direct mode has served objects compiled against other headers: preprocess always.
export CCACHE_NODIRECT="${CCACHE_NODIRECT:-1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

die() {
    echo "mutate.sh: $*" >&2
    exit 2
}

# ---- The list: blocks of "key: value" lines, one block per mutation (see its header). ----
ids=() areas=() files=() finds=() replaces=() targets=() specs=() whys=() expects=()
parse_list() {
    [ -f "$list" ] || die "no mutation list at $list"
    local line key value n=0 lineno=0
    while IFS= read -r line || [ -n "$line" ]; do
        lineno=$((lineno + 1))
        case "$line" in '' | '#'*) continue ;; esac
        key="${line%%:*}"
        [ "$key" != "$line" ] || die "$list:$lineno: expected 'key: value', found: $line"
        value="${line#*:}"
        value="${value# }"
        if [ "$key" = id ]; then
            n=${#ids[@]}
            for existing in "${ids[@]}"; do
                [ "$existing" != "$value" ] || die "$list:$lineno: id '$value' appears twice"
            done
            ids+=("$value") areas+=("") files+=("") finds+=("") replaces+=("")
            targets+=("") specs+=("") whys+=("") expects+=("")
            continue
        fi
        [ ${#ids[@]} -gt 0 ] || die "$list:$lineno: '$key' before the first 'id:'"
        case "$key" in
        area) areas[n]="$value" ;;
        file) files[n]="$value" ;;
        find) finds[n]="$value" ;;
        replace) replaces[n]="$value" ;;
        target) targets[n]="$value" ;;
        tests) specs[n]="$value" ;;
        why) whys[n]="$value" ;;
        expect) expects[n]="$value" ;;
        *) die "$list:$lineno: unknown key '$key'" ;;
        esac
    done <"$list"
    local i
    for i in "${!ids[@]}"; do
        [ -n "${files[i]}" ] && [ -n "${finds[i]}" ] && [ -n "${targets[i]}" ] ||
            die "$list: mutation ${ids[i]} needs file, find and target"
        case "${expects[i]}" in '' | build-fails) ;; *)
            die "$list: mutation ${ids[i]}: expect must be 'build-fails'" ;;
        esac
    done
}

# ---- The scratch copy. ----
sync_copy() {
    mkdir -p "$src" "$logs"
    # Copies what differs (a fresh time stamp, so that ninja rebuilds it) and removes from
    # the copy what is no longer in the tree.
    git -C "$root" ls-files -z --cached --others --exclude-standard |
        python3 -c '
import filecmp, os, shutil, sys
root, dest = sys.argv[1], sys.argv[2]
names = [n for n in sys.stdin.buffer.read().decode().split("\0") if n]
keep = set()
for n in names:
    s = os.path.join(root, n)
    if not os.path.isfile(s) or os.path.islink(s):
        continue
    keep.add(n)
    d = os.path.join(dest, n)
    if os.path.isfile(d) and filecmp.cmp(s, d, shallow=False):
        continue
    os.makedirs(os.path.dirname(d), exist_ok=True)
    shutil.copyfile(s, d)
for dirpath, dirnames, filenames in os.walk(dest):
    if dirpath == dest and "build" in dirnames:
        dirnames.remove("build") # the scratch build (git ignores /build*/)
    for f in filenames:
        rel = os.path.relpath(os.path.join(dirpath, f), dest)
        if rel not in keep:
            os.remove(os.path.join(dirpath, f))
' "$root" "$src"
}

configure() {
    [ -f "$bld/build.ninja" ] && return 0
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$src" -B "$bld" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DNWK_BUILD_TESTS=ON \
        "${launcher[@]}" >"$logs/configure.log" 2>&1 ||
        die "configuring the scratch build failed; see $logs/configure.log"
}

# Runs one mutation's tests; prints nothing, returns the test program's status.
run_tests() { # target spec log
    local exe="$bld/tests/$1"
    local args=(--warn NoTests)
    [ -z "$2" ] || args+=("$2")
    timeout "$limit" "$exe" "${args[@]}" >>"$3" 2>&1
}

# ---- Applying and restoring. ----
current="" # the scratch file now mutated (restored by restore_current)
restore_current() {
    [ -n "$current" ] || return 0
    # A fresh time stamp: the mutant's object is newer than the original's text.
    cp "$work/original" "$src/$current"
    current=""
}

apply_mutation() { # file find replace -> 0 applied, 3 does not apply
    local file="$1"
    [ -f "$src/$file" ] || return 3
    cp "$src/$file" "$work/original"
    current="$file"
    python3 -c '
import sys
path, find, replace = sys.argv[1], sys.argv[2], sys.argv[3]
with open(path, encoding="utf-8", newline="") as f:
    text = f.read()
if text.count(find) != 1:
    sys.exit(3)
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write(text.replace(find, replace, 1))
' "$src/$file" "$2" "$3" || {
        local status=$?
        restore_current # unchanged when it does not apply; restored if written halfway
        return $status
    }
}

# ---- Main. ----
results=() started=$(date +%s)
summary() {
    local caught=0 survived=0 noapply=0 buildfails=0 r
    for r in "${results[@]}"; do
        case "$r" in
        CAUGHT*) caught=$((caught + 1)) ;;
        SURVIVED) survived=$((survived + 1)) ;;
        DOES-NOT-APPLY) noapply=$((noapply + 1)) ;;
        BUILD-FAILS) buildfails=$((buildfails + 1)) ;;
        esac
    done
    local secs=$(($(date +%s) - started))
    printf 'Mutations: %d caught, %d survived, %d did not apply, %d did not build (of %d run, %d selected) in %dm%02ds\n' \
        "$caught" "$survived" "$noapply" "$buildfails" "${#results[@]}" "${#selected[@]}" \
        $((secs / 60)) $((secs % 60))
    [ $((survived + noapply + buildfails)) -eq 0 ] && [ "${#results[@]}" -eq "${#selected[@]}" ]
}

on_interrupt() {
    trap - INT TERM
    restore_current
    echo "mutate.sh: interrupted; the scratch copy is restored" >&2
    summary || true
    exit 130
}

parse_list
if [ "${1:-}" = --list ]; then
    for i in "${!ids[@]}"; do
        printf '%-5s %-14s %-42s %s\n' "${ids[i]}" "${areas[i]}" "${files[i]}" "${whys[i]}"
    done
    exit 0
fi
case "${1:-}" in -h | --help)
    sed -n '3,30p' "$0" | sed 's/^# \{0,1\}//'
    exit 0 ;;
-*) die "unknown option $1 (see --help)" ;;
esac

selected=()
if [ $# -eq 0 ]; then
    selected=("${!ids[@]}")
else
    for want in "$@"; do
        found=""
        for i in "${!ids[@]}"; do [ "${ids[i]}" = "$want" ] && found=$i; done
        [ -n "$found" ] || die "no mutation '$want' in $list (see --list)"
        selected+=("$found")
    done
fi

mkdir -p "$work"
exec 9>"$work/lock"
flock -n 9 || die "another mutate.sh run uses $work (wait for it, or set NWK_MUTATE_DIR)"
trap on_interrupt INT TERM
trap restore_current EXIT

echo "mutate.sh: scratch copy and build in $work"
sync_copy
configure

# Baseline: every selected target builds and every selected test spec passes, unmutated.
declare -A wanted_targets=() baseline_done=()
for i in "${selected[@]}"; do wanted_targets["${targets[i]}"]=1; done
echo "mutate.sh: building ${!wanted_targets[*]} (unmutated)"
: >"$logs/baseline.log"
cmake --build "$bld" -j"$jobs" --target "${!wanted_targets[@]}" >>"$logs/baseline.log" 2>&1 ||
    die "the unmutated copy does not build; see $logs/baseline.log"
for i in "${selected[@]}"; do
    key="${targets[i]} ${specs[i]}"
    [ -z "${baseline_done[$key]:-}" ] || continue
    baseline_done[$key]=1
    echo "== ${targets[i]} ${specs[i]}" >>"$logs/baseline.log"
    run_tests "${targets[i]}" "${specs[i]}" "$logs/baseline.log" ||
        die "the tests of ${ids[i]} (${targets[i]} ${specs[i]}) fail without a mutation; see $logs/baseline.log"
done
echo "mutate.sh: baseline passes; mutating"

for i in "${selected[@]}"; do
    id="${ids[i]}" log="$logs/${ids[i]}.log" t0=$(date +%s)
    {
        echo "mutation $id: ${files[i]}"
        echo "- ${finds[i]}"
        echo "+ ${replaces[i]}"
    } >"$log"
    status=0
    apply_mutation "${files[i]}" "${finds[i]}" "${replaces[i]}" || status=$?
    if [ "$status" -eq 3 ]; then
        result=DOES-NOT-APPLY
    elif [ "$status" -ne 0 ]; then
        die "could not apply $id (status $status)"
    elif ! cmake --build "$bld" -j"$jobs" --target "${targets[i]}" >>"$log" 2>&1; then
        if [ "${expects[i]}" = build-fails ]; then
            result="CAUGHT (compiler)"
        else
            result=BUILD-FAILS
        fi
    else
        tstatus=0
        run_tests "${targets[i]}" "${specs[i]}" "$log" || tstatus=$?
        case "$tstatus" in
        0) result=SURVIVED ;;
        124) result="CAUGHT (timed out)" ;;
        *) result=CAUGHT ;;
        esac
    fi
    restore_current
    results+=("$result")
    printf '%-5s %-18s %-14s %-42s %3ds\n' "$id" "$result" "${areas[i]}" "${files[i]}" \
        $(($(date +%s) - t0))
done
trap - INT TERM
# Leave the scratch build unmutated, so that its test programs can be run by hand (the
# restored files' objects are in ccache: a relink, mostly).
echo "mutate.sh: rebuilding the unmutated copy"
cmake --build "$bld" -j"$jobs" --target "${!wanted_targets[@]}" >"$logs/rebuild.log" 2>&1 ||
    echo "mutate.sh: rebuilding the unmutated copy failed; see $logs/rebuild.log" >&2
summary
