# shellcheck shell=bash
# shellcheck disable=SC2154 # script and root are set by the caller, as said below
# Shared by run.sh, run-bridge.sh and run-peers.sh (sourced, not run): the binaries a benchmark needs, the
# processes it starts, stopped exactly and only those, and how their ports are found. Set "script" to the
# caller's name for messages and "root" to the source tree.

pids=()

# Builds airlock, airlock-bench and airlock-bench-echo in build directory $1 as build type $2 (tests off),
# unless $3 is 0; then checks that the three binaries are there.
prepare_binaries() {
    local build=$1 type=$2 do_build=$3 binary
    if ((do_build)); then
        echo "$script: building ($type) in $build"
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DAIRLOCK_BUILD_TESTS=OFF >/dev/null
        cmake --build "$build" --target airlock airlock-bench airlock-bench-echo >/dev/null
    fi
    for binary in "$build/bench/airlock-bench" "$build/bench/airlock-bench-echo" "$build/app/airlock"; do
        [[ -x $binary ]] || {
            echo "$script: $binary is missing (build first, or leave out --no-build)" >&2
            exit 2
        }
    done
}

# Stops every process in pids (SIGTERM, then waits for each).
stop_all() {
    local pid
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    pids=()
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# Prints the port from the "listening on 127.0.0.1:PORT" line a process writes to $1; gives up after
# 10 s or when the process ($2) is gone.
wait_for_port() {
    local file=$1 pid=$2 port i
    for ((i = 0; i < 100; i++)); do
        port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$file" | head -n 1)
        if [[ -n $port ]]; then
            echo "$port"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "${script:-bench}: no listening port in $file:" >&2
    cat "$file" >&2
    return 1
}
