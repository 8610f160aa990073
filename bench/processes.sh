# Shared by run.sh and run-bridge.sh (sourced, not run): the processes a benchmark starts, stopped exactly
# and only those, and how their ports are found. Set "script" to the caller's name for messages.

pids=()

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
