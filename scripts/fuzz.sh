#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang, ASan and UBSan into build-fuzz/ (or $AIRLOCK_FUZZ_BUILD_DIR)
# and runs each for SECONDS (default 30) on a copy of its seed corpus, two at a time. Fails, naming the target
# and the file that reproduces it, when any target finds a crash, a broken invariant, a leak or a timeout.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (targets with or without the fuzz_ prefix; default: all)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AIRLOCK_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${1:-30}
shift || true
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds < 1)); then
    echo "usage: $0 [SECONDS] [TARGET...]" >&2
    exit 2
fi

known=()
for source in "$root"/fuzz/fuzz_*.cpp; do
    name=$(basename "$source" .cpp)
    known+=("${name#fuzz_}")
done
targets=("${known[@]}")
if (($#)); then
    targets=()
    for name in "$@"; do
        name=${name#fuzz_}
        if [[ " ${known[*]} " != *" $name "* ]]; then
            echo "$0: no fuzz target \"$name\"; the targets are: ${known[*]}" >&2
            exit 2
        fi
        targets+=("$name")
    done
fi

cxx=${AIRLOCK_FUZZ_CXX:-clang++-14}
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")}
    export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
fi
# Debug keeps Q_ASSERT alive (an assertion is a finding too); -O1 keeps the executions per second up.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DCMAKE_CXX_COMPILER="$cxx" -DAIRLOCK_BUILD_FUZZERS=ON -DAIRLOCK_BUILD_TESTS=OFF \
    -DAIRLOCK_BUILD_BENCH=OFF -DAIRLOCK_WERROR=ON "${launcher[@]}" >/dev/null
nice cmake --build "$build" --target fuzzers --parallel 2


export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
run=$(mktemp -d "${TMPDIR:-/tmp}/airlock-fuzz.XXXXXX")
pids=()
cleanup() {
    # Only the fuzzers this script started, by their process ids.
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT INT TERM

# Starts one target in the background: a private copy of its corpus, its crash files in its own directory.
start() {
    local name=$1 dir=$run/$1 extra=()
    mkdir -p "$dir/corpus" "$dir/artifacts"
    if [[ -d $root/fuzz/corpus/$name ]]; then
        cp -r "$root/fuzz/corpus/$name/." "$dir/corpus/"
    fi
    if [[ -f $root/fuzz/dict/$name.dict ]]; then
        extra+=("-dict=$root/fuzz/dict/$name.dict")
    fi
    case $name in
    chunkedbody) extra+=(-max_len=12000) ;; # a chunk line may be 4096 bytes
    configloader) extra+=(-max_len=8192) ;;
    esac
    # libFuzzer stops itself after -max_total_time; timeout is the backstop should it hang.
    timeout --signal=KILL $((seconds + 60)) "$build/fuzz/fuzz_$name" "${extra[@]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$dir/artifacts/" "$dir/corpus" >"$dir/log" 2>&1 &
    pids+=($!)
    names+=("$name")
}

failed=()
names=()
report() {
    local name=$1 status=$2 dir=$run/$1
    local rate
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$dir/log" | grep -o '[0-9]*$' || true)
    local runs
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log" | grep -o '[0-9]*$' || true)
    if ((status == 0)) && [[ -z $(ls -A "$dir/artifacts") ]]; then
        echo "fuzz_$name: ok, ${runs:-?} runs, ${rate:-?} exec/s"
        return
    fi
    echo "fuzz_$name: FAILED (exit $status)" >&2
    tail -n 40 "$dir/log" >&2
    for artifact in "$dir"/artifacts/*; do
        [[ -e $artifact ]] && echo "fuzz_$name: reproduce with $build/fuzz/fuzz_$name $artifact" >&2
    done
    failed+=("$name")
}

# Two at a time: the machines this runs on have two cores.
i=0
while ((i < ${#targets[@]})); do
    pids=()
    names=()
    start "${targets[i]}"
    if ((i + 1 < ${#targets[@]})); then
        start "${targets[i + 1]}"
    fi
    for j in "${!pids[@]}"; do
        status=0
        wait "${pids[j]}" || status=$?
        report "${names[j]}" "$status"
    done
    pids=()
    i=$((i + 2))
done

if ((${#failed[@]})); then
    echo "fuzzing failed: ${failed[*]} (crash files under $run)" >&2
    exit 1
fi
rm -rf "$run"
echo "fuzzing: ${#targets[@]} targets, ${seconds} s each, no findings"
