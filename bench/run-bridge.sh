#!/usr/bin/env bash
# Compares Airlock's WebSocket-to-TCP bridge with websockify. Builds Airlock and the benchmark (Release),
# starts a plain TCP echo, websockify and a headless Airlock whose route /tcp is a tcp:// bridge, both in
# front of that echo (free 127.0.0.1 ports), runs the bridge scenarios against websockify and Airlock,
# prints the comparison and stops exactly the processes it started.
#
#   bench/run-bridge.sh [--no-build] [airlock-bench options...]     e.g. bench/run-bridge.sh --duration-ms 3000
#
# --no-build: use the binaries already in the build directory, without configuring it.
#
# websockify (Debian package "websockify") is installed with apt-get when missing and this runs as root;
# otherwise the script says how to install it and exits with status 2.
# Environment: AIRLOCK_BENCH_BUILD_DIR (default build-bench), AIRLOCK_BENCH_WORKERS (Airlock's
# workerThreads, default 0 = one per core, at most 4).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${AIRLOCK_BENCH_BUILD_DIR:-$root/build-bench}
workers=${AIRLOCK_BENCH_WORKERS:-0}

if ! command -v websockify >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "run-bridge.sh: installing websockify"
        DEBIAN_FRONTEND=noninteractive apt-get install -y websockify >/dev/null
    else
        echo "run-bridge.sh: websockify is missing; install it, e.g. sudo apt-get install websockify" >&2
        exit 2
    fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/airlock-bridge.XXXXXX")
script=run-bridge.sh
do_build=1
if [[ ${1:-} == --no-build ]]; then
    do_build=0
    shift
fi
# shellcheck source=bench/processes.sh
source "$root/bench/processes.sh"

# A port that was free a moment ago (websockify does not report a port it picked itself).
free_port() {
    local python=python3
    [[ -x /usr/bin/python3 ]] && python=/usr/bin/python3
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# True once something listens on 127.0.0.1:$1, false after 10 s or when the process ($2) is gone.
wait_for_listener() {
    local port=$1 pid=$2 i
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        if [[ -n $(ss -Hltn "sport = :$port" 2>/dev/null) ]]; then
            return 0
        fi
        sleep 0.1
    done
    return 1
}

prepare_binaries "$build" Release "$do_build"

: >"$work/echo.out"
: >"$work/airlock.out"
"$build/bench/airlock-bench-echo" --tcp >"$work/echo.out" 2>&1 &
echo_pid=$!
pids+=("$echo_pid")
echo_port=$(wait_for_port "$work/echo.out" "$echo_pid")

# Another process may take the chosen port before websockify binds it: then try another one.
websockify_pid=
for attempt in 1 2 3 4 5; do
    websockify_port=$(free_port)
    websockify "127.0.0.1:$websockify_port" "127.0.0.1:$echo_port" >"$work/websockify.out" 2>&1 &
    candidate=$!
    if wait_for_listener "$websockify_port" "$candidate"; then
        websockify_pid=$candidate
        pids+=("$websockify_pid")
        break
    fi
    kill -TERM "$candidate" 2>/dev/null || true
    wait "$candidate" 2>/dev/null || true
    echo "run-bridge.sh: websockify did not listen on 127.0.0.1:$websockify_port (attempt $attempt)" >&2
done
if [[ -z $websockify_pid ]]; then
    cat "$work/websockify.out" >&2
    exit 1
fi

cat >"$work/airlock.json" <<JSON
{
  "listen": { "address": "127.0.0.1", "port": 0 },
  "limits": { "maxSessions": 100000, "workerThreads": $workers },
  "log": { "file": "$work/records.jsonl" },
  "routes": [
    { "name": "tcp", "path": "/tcp", "backend": "tcp://127.0.0.1:$echo_port", "upstreamProxy": "none",
      "keepalive": { "pingMs": 0 } }
  ]
}
JSON
"$build/app/airlock" --headless --config "$work/airlock.json" >"$work/airlock.out" 2>&1 &
airlock_pid=$!
pids+=("$airlock_pid")
airlock_port=$(wait_for_port "$work/airlock.out" "$airlock_pid")

echo "run-bridge.sh: tcp echo pid $echo_pid on 127.0.0.1:$echo_port; websockify pid $websockify_pid on" \
    "127.0.0.1:$websockify_port; airlock pid $airlock_pid on 127.0.0.1:$airlock_port"
status=0
"$build/bench/airlock-bench" --websockify "$websockify_port" --airlock "$airlock_port" --path /tcp \
    --echo-pid "$echo_pid" --websockify-pid "$websockify_pid" --airlock-pid "$airlock_pid" \
    --scenarios bridge-throughput,bridge-round-trip --json "$work/results.json" "$@" || status=$?

stop_all
mkdir -p "$root/bench/results"
saved="$root/bench/results/bridge-$(date +%Y%m%d-%H%M%S).json"
cp "$work/results.json" "$saved" 2>/dev/null || saved="(none)"
echo
echo "run-bridge.sh: results in $saved; logs and Airlock's records in $work"
exit "$status"
