#!/usr/bin/env bash
# Builds Airlock and the benchmark (Release), starts the echo backend and a headless Airlock that routes
# /echo to it (both on free 127.0.0.1 ports, records logged to a temporary directory), runs every scenario
# directly and through Airlock, prints the comparison and stops exactly the processes it started.
#
#   bench/run.sh [--no-build] [airlock-bench options...]     e.g. bench/run.sh --scenarios throughput,round-trip
#
# --no-build: use the binaries already in the build directory, without configuring it (so an existing
# build directory of another type, e.g. a test build, is left as it is).
#
# Environment: AIRLOCK_BENCH_BUILD_DIR (default build-bench), AIRLOCK_BENCH_WORKERS (Airlock's
# workerThreads, default 0 = one per core, at most 4).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${AIRLOCK_BENCH_BUILD_DIR:-$root/build-bench}
workers=${AIRLOCK_BENCH_WORKERS:-0}
work=$(mktemp -d "${TMPDIR:-/tmp}/airlock-bench.XXXXXX")
script=run.sh
do_build=1
if [[ ${1:-} == --no-build ]]; then
    do_build=0
    shift
fi
# shellcheck source=bench/processes.sh
source "$root/bench/processes.sh"

prepare_binaries "$build" Release "$do_build"

# Idle sessions need three descriptors each across the processes; use what the hard limit allows.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

: >"$work/echo.out"
: >"$work/airlock.out"
"$build/bench/airlock-bench-echo" >"$work/echo.out" 2>&1 &
echo_pid=$!
pids+=("$echo_pid")
echo_port=$(wait_for_port "$work/echo.out" "$echo_pid")

cat >"$work/airlock.json" <<JSON
{
  "listen": { "address": "127.0.0.1", "port": 0 },
  "limits": { "maxSessions": 100000, "workerThreads": $workers },
  "log": { "file": "$work/records.jsonl" },
  "routes": [
    { "name": "echo", "path": "/echo", "backend": "ws://127.0.0.1:$echo_port/echo", "upstreamProxy": "none" }
  ]
}
JSON
"$build/app/airlock" --headless --config "$work/airlock.json" >"$work/airlock.out" 2>&1 &
airlock_pid=$!
pids+=("$airlock_pid")
airlock_port=$(wait_for_port "$work/airlock.out" "$airlock_pid")

echo "run.sh: echo backend pid $echo_pid on 127.0.0.1:$echo_port; airlock pid $airlock_pid on 127.0.0.1:$airlock_port"
status=0
"$build/bench/airlock-bench" --direct "$echo_port" --airlock "$airlock_port" --path /echo \
    --echo-pid "$echo_pid" --airlock-pid "$airlock_pid" --json "$work/results.json" "$@" || status=$?

stop_all
mkdir -p "$root/bench/results"
saved="$root/bench/results/$(date +%Y%m%d-%H%M%S).json"
cp "$work/results.json" "$saved" 2>/dev/null || saved="(none)"
echo
echo "run.sh: results in $saved; logs and Airlock's records in $work"
exit "$status"
