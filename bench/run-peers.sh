#!/usr/bin/env bash
# shellcheck disable=SC2317 # the configuration writers are called through start_peer
# Airlock against the proxies people would otherwise put in front of a WebSocket backend: nginx (default
# buffers and 64 KiB buffers), HAProxy and Caddy, and websockify for the tcp:// bridge. All of them
# proxy to the same echo backend, each on a free 127.0.0.1 port, and airlock-bench measures every target
# once per round, the order rotated per round. Prints a markdown table (medians, ratios to direct) and
# keeps it with the raw rounds as JSON in bench/results/. Stops exactly the processes it started.
#
#   bench/run-peers.sh [--rounds N] [--quick] [--duration-ms MS] [--no-build] [--update-doc FILE]
#                      [--baseline NAME=AIRLOCK-BINARY]...
#
# --quick: 1 round, short durations, fewer sessions (to try it). --no-build: use the binaries already in
# the build directory. --update-doc: also write the figures between the markers in FILE (docs/PERFORMANCE.md).
# --baseline (repeatable): another airlock binary (an earlier commit's build) measured in the same rounds as
# airlock-NAME, so that a change to the data path is compared before and after on the same load.
# nginx, haproxy, caddy and websockify come from Debian: installed with apt-get when missing (as root).
# Environment: AIRLOCK_BENCH_BUILD_DIR (default build-bench), AIRLOCK_BENCH_BUILD_TYPE (default Release),
# AIRLOCK_BENCH_WORKERS (Airlock's workerThreads, default 0 = one per core, at most 4).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${AIRLOCK_BENCH_BUILD_DIR:-$root/build-bench}
build_type=${AIRLOCK_BENCH_BUILD_TYPE:-Release}
workers=${AIRLOCK_BENCH_WORKERS:-0}
script=run-peers.sh

rounds=5
quick=0
duration_ms=3000
do_build=1
update_doc=
baselines=()
command_line="bench/run-peers.sh $*"
for var in AIRLOCK_BENCH_WORKERS AIRLOCK_BENCH_BUILD_TYPE AIRLOCK_BENCH_BUILD_DIR; do
    [[ -n ${!var:-} ]] && command_line="$var=${!var#"$root"/} $command_line"
done
while (($#)); do
    case $1 in
    --rounds)
        rounds=$2
        shift 2
        ;;
    --quick)
        quick=1
        rounds=1
        duration_ms=1000
        shift
        ;;
    --duration-ms)
        duration_ms=$2
        shift 2
        ;;
    --no-build)
        do_build=0
        shift
        ;;
    --update-doc)
        update_doc=$(realpath "$2")
        shift 2
        ;;
    --baseline)
        baselines+=("$2")
        shift 2
        ;;
    -h | --help)
        sed -n '3,18p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "$script: unknown option $1 (see --help)" >&2
        exit 2
        ;;
    esac
done
if ! [[ $rounds =~ ^[0-9]+$ ]] || ((rounds < 1 || rounds > 50)); then
    echo "$script: --rounds must be 1..50" >&2
    exit 2
fi
if ! [[ $duration_ms =~ ^[0-9]+$ ]] || ((duration_ms < 100 || duration_ms > 60000)); then
    echo "$script: --duration-ms must be 100..60000" >&2
    exit 2
fi
declare -A baseline_binary=()
for spec in "${baselines[@]}"; do
    name=${spec%%=*} binary=${spec#*=}
    if [[ $spec != *=* || ! $name =~ ^[a-z0-9][a-z0-9-]*$ || ! -x $binary ]]; then
        echo "$script: --baseline $spec: want NAME=BINARY, NAME of a-z, 0-9 and -, BINARY executable" >&2
        exit 2
    fi
    baseline_binary[$name]=$(realpath "$binary")
done
if ((quick)); then
    idle_sessions=1000 handshakes=300 rtt_count=1000
else
    idle_sessions=5000 handshakes=2000 rtt_count=5000
fi

# The peers, from Debian's own packages only.
missing=()
for tool in nginx:nginx haproxy:haproxy caddy:caddy websockify:websockify; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || [[ -x /usr/sbin/${tool%%:*} ]] || missing+=("${tool##*:}")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "$script: installing ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >/dev/null
    else
        echo "$script: missing ${missing[*]}; install them, e.g. sudo apt-get install ${missing[*]}" >&2
        exit 2
    fi
fi
PATH=$PATH:/usr/sbin
command -v taskset >/dev/null || {
    echo "$script: taskset (util-linux) is missing" >&2
    exit 2
}

work=$(mktemp -d "${TMPDIR:-/tmp}/airlock-peers.XXXXXX")
# shellcheck source=bench/processes.sh
source "$root/bench/processes.sh"

prepare_binaries "$build" "$build_type" "$do_build"
bench=$build/bench/airlock-bench

# 5,000 idle sessions hold three descriptors each across the processes; the peers inherit this limit.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
nofile=$(ulimit -n)
# Two descriptors per proxied connection, and some to spare.
maxconn=$(((nofile - 200) / 2 < 30000 ? (nofile - 200) / 2 : 30000))

# A port that was free a moment ago (the peers do not report a port they picked themselves).
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# True once process $2 (or a child of it) listens on 127.0.0.1:$1; false after 10 s or when it is gone.
wait_for_listener() {
    local port=$1 pid=$2 i
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        [[ -n $(ss -Hltn "sport = :$port" 2>/dev/null) ]] && return 0
        sleep 0.1
    done
    return 1
}

# Every descendant of the given PIDs (nginx workers, websockify's children), one per line.
descendants() {
    local pid child
    for pid in "$@"; do
        for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
            echo "$child"
            descendants "$child"
        done
    done
}

# Pins every thread of every process this script started (and their children) to the CPU list $1.
pin_all() {
    local pid
    for pid in "${pids[@]}" $(descendants "${pids[@]}"); do
        taskset -a -p -c "$1" "$pid" >/dev/null 2>&1 || true
    done
}

declare -A port pid
failed_to_start=()

# start_peer NAME CONFIG-WRITER: calls the writer with a free port (it sets the array "cmd"), starts cmd
# and keeps its port and PID; another port when the first one was taken meanwhile.
start_peer() {
    local name=$1 writer=$2 attempt candidate p
    for attempt in 1 2 3; do
        p=$(free_port)
        mkdir -p "$work/$name"
        "$writer" "$p" "$work/$name"
        "${cmd[@]}" >"$work/$name/out.log" 2>&1 &
        candidate=$!
        pids+=("$candidate") # stopped on Ctrl-C even while it starts
        if wait_for_listener "$p" "$candidate"; then
            port[$name]=$p
            pid[$name]=$candidate
            echo "$script: $name pid $candidate on 127.0.0.1:$p (configuration in $work/$name)"
            return 0
        fi
        kill -TERM "$candidate" 2>/dev/null || true
        wait "$candidate" 2>/dev/null || true
        unset 'pids[-1]'
        echo "$script: $name did not listen on 127.0.0.1:$p (attempt $attempt):" >&2
        tail -n 5 "$work/$name/out.log" >&2
    done
    failed_to_start+=("$name")
    return 1
}

# nginx as its documentation proxies WebSocket (http://nginx.org/en/docs/http/websocket.html), in the
# foreground with everything in its directory. $3 = "64k": the tunnel's buffers (proxy_buffer_size)
# and response buffers at 64 KiB instead of one memory page.
write_nginx() {
    local p=$1 dir=$2 buffers=${3:-} user=
    [[ $(id -u) -eq 0 ]] && user="user $(id -un) $(id -gn);"
    if [[ $buffers == 64k ]]; then
        buffers='proxy_buffer_size 64k; proxy_buffers 8 64k; proxy_busy_buffers_size 128k;'
    fi
    cat >"$dir/nginx.conf" <<CONF
$user
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
worker_rlimit_nofile $nofile;
events { worker_connections $((2 * maxconn)); }
http {
    access_log $dir/access.log;
    client_body_temp_path $dir/client_body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
    server {
        listen 127.0.0.1:$p;
        location /echo {
            proxy_pass http://127.0.0.1:${port[echo]};
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$host;
            proxy_buffering off;
            proxy_read_timeout 1h;
            proxy_send_timeout 1h;
            $buffers
        }
    }
}
CONF
    cmd=(nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log")
}
write_nginx_64k() { write_nginx "$1" "$2" 64k; }

# HAProxy in HTTP mode, which follows the upgrade by itself; "timeout tunnel" governs the WebSocket
# once it is open (https://www.haproxy.com/documentation/haproxy-configuration-tutorials/protocol-support/websocket/).
write_haproxy() {
    local p=$1 dir=$2
    cat >"$dir/haproxy.cfg" <<CONF
global
    maxconn $maxconn
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
frontend airlock_bench
    bind 127.0.0.1:$p
    default_backend echo
backend echo
    server echo 127.0.0.1:${port[echo]} maxconn $maxconn
CONF
    cmd=(haproxy -db -f "$dir/haproxy.cfg")
}

# Caddy's reverse_proxy passes WebSocket upgrades on by itself; no admin endpoint, no automatic HTTPS,
# its data and config directories in its own directory.
write_caddy() {
    local p=$1 dir=$2
    cat >"$dir/Caddyfile" <<CONF
{
    admin off
    auto_https off
}
http://127.0.0.1:$p {
    reverse_proxy /echo* 127.0.0.1:${port[echo]}
}
CONF
    cmd=(env HOME="$dir" XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" caddy run --config "$dir/Caddyfile" --adapter caddyfile)
}

# websockify bridging WebSocket to the TCP echo (it forks a child per connection).
write_websockify() {
    cmd=(websockify "127.0.0.1:$1" "127.0.0.1:${port[tcp-echo]}")
}

start_echo() {
    local name=$1
    shift
    mkdir -p "$work/$name"
    "$build/bench/airlock-bench-echo" "$@" >"$work/$name/out.log" 2>&1 &
    pid[$name]=$!
    pids+=("${pid[$name]}")
    port[$name]=$(wait_for_port "$work/$name/out.log" "${pid[$name]}")
}
start_echo echo
start_echo tcp-echo --tcp

# start_airlock NAME BINARY: Airlock with the bench routes (/echo, /tcp) on a free port.
start_airlock() {
    local name=$1 binary=$2
    mkdir -p "$work/$name"
    cat >"$work/$name/airlock.json" <<JSON
{
  "listen": { "address": "127.0.0.1", "port": 0 },
  "limits": { "maxSessions": 100000, "workerThreads": $workers },
  "log": { "file": "$work/$name/records.jsonl" },
  "routes": [
    { "name": "echo", "path": "/echo", "backend": "ws://127.0.0.1:${port[echo]}/echo", "upstreamProxy": "none",
      "keepalive": { "pingMs": 0 } },
    { "name": "tcp", "path": "/tcp", "backend": "tcp://127.0.0.1:${port[tcp-echo]}", "upstreamProxy": "none",
      "keepalive": { "pingMs": 0 } }
  ]
}
JSON
    "$binary" --headless --config "$work/$name/airlock.json" >"$work/$name/out.log" 2>&1 &
    pid[$name]=$!
    pids+=("${pid[$name]}")
    port[$name]=$(wait_for_port "$work/$name/out.log" "${pid[$name]}")
    echo "$script: $name pid ${pid[$name]} on 127.0.0.1:${port[$name]}"
}
echo "$script: echo pid ${pid[echo]} on 127.0.0.1:${port[echo]}; tcp echo pid ${pid[tcp-echo]} on" \
    "127.0.0.1:${port[tcp-echo]}"
start_airlock airlock "$build/app/airlock"
for name in "${!baseline_binary[@]}"; do
    start_airlock "airlock-$name" "${baseline_binary[$name]}"
done

start_peer nginx write_nginx || true
start_peer nginx-64k write_nginx_64k || true
start_peer haproxy write_haproxy || true
start_peer caddy write_caddy || true
start_peer websockify write_websockify || true

ws_targets=(direct airlock nginx nginx-64k haproxy caddy)
bridge_targets=(direct-tcp airlock-bridge websockify)
for name in "${!baseline_binary[@]}"; do
    ws_targets=("${ws_targets[@]:0:2}" "airlock-$name" "${ws_targets[@]:2}")
    bridge_targets=("${bridge_targets[@]:0:2}" "airlock-$name-bridge" "${bridge_targets[@]:2}")
done

# The --target option of one target. One that failed to start keeps a port nothing listens on, so its
# rows say ERROR like those of a target that dies later.
target_spec() {
    local name=$1 p q
    case $name in
    direct) echo "--target direct=${port[echo]},path=/echo" ;;
    direct-tcp) echo "--target direct-tcp=${port[tcp-echo]},tcp" ;;
    airlock-bridge) echo "--target airlock-bridge=${port[airlock]},pid=${pid[airlock]},path=/tcp" ;;
    airlock-*-bridge)
        p=${name%-bridge}
        echo "--target $name=${port[$p]},pid=${pid[$p]},path=/tcp"
        ;;
    *)
        p=${port[$name]:-1}
        q=${pid[$name]:-}
        echo "--target $name=$p${q:+,pid=$q},path=/echo"
        ;;
    esac
}

# rotated N NAME...: the names rotated left by N.
rotated() {
    local n=$1
    shift
    local list=("$@") i
    for ((i = 0; i < ${#list[@]}; i++)); do
        echo "${list[(i + n) % ${#list[@]}]}"
    done
}

status=0
manifest_rounds=()
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
all_cpus="0-$(($(nproc) - 1))"
common=(--duration-ms "$duration_ms" --max-scenario-ms 60000)
# run_bench ROUND LABEL TARGETS... -- OPTIONS...: one airlock-bench invocation over the targets.
run_bench() {
    local round=$1 label=$2 targets=() specs=() t out
    shift 2
    while [[ $1 != -- ]]; do
        targets+=("$1")
        shift
    done
    shift
    for t in "${targets[@]}"; do
        # shellcheck disable=SC2207
        specs+=($(target_spec "$t"))
    done
    out="$work/round$round-$label.json"
    echo "$script: round $round/$rounds, $label: ${targets[*]}"
    if ! "${prefix[@]}" "$bench" "${specs[@]}" --echo-pid "${pid[echo]}" "${common[@]}" "$@" --json "$out" \
        >"$work/round$round-$label.log" 2>&1; then
        status=1
        grep -h 'airlock-bench:   ' "$work/round$round-$label.log" >&2 || true
    fi
    round_files+=("$out")
}

for ((round = 1; round <= rounds; round++)); do
    mapfile -t ws < <(rotated $((round - 1)) "${ws_targets[@]}")
    mapfile -t br < <(rotated $((round - 1)) "${bridge_targets[@]}")
    mapfile -t proxies < <(rotated $((round - 1)) "${ws_targets[@]:1}")
    round_files=()
    scenarios=(one-way-down one-way-up message-rate handshake round-trip bridge-throughput bridge-round-trip)
    prefix=()
    # Memory first and once, on fresh processes: glibc and the peers keep memory they freed, so later
    # sessions reuse it and a delta would understate.
    if ((round == 1)); then
        scenarios+=(idle-memory)
        run_bench "$round" idle-memory "${proxies[@]}" -- --scenarios idle-memory \
            --idle-sessions "$idle_sessions" --idle-echo-bytes 0
    fi
    run_bench "$round" one-way "${ws[@]}" -- --scenarios one-way-down,one-way-up --connections 4 \
        --message-bytes 65536
    run_bench "$round" message-rate "${ws[@]}" -- --scenarios message-rate --connections 50 --rate-window 16 \
        --rate-bytes 128
    run_bench "$round" handshake "${ws[@]}" -- --scenarios handshake --handshakes "$handshakes" \
        --handshake-parallel 8
    # Every process on CPU 0: latency without the cost of waking another core.
    pin_all 0
    prefix=(taskset -c 0)
    run_bench "$round" round-trip "${ws[@]}" -- --scenarios round-trip --rtt-sizes 32 --rtt-count "$rtt_count"
    prefix=()
    pin_all "$all_cpus"
    run_bench "$round" bridge "${br[@]}" -- --scenarios bridge-throughput,bridge-round-trip --connections 4 \
        --message-bytes 65536 --rtt-sizes 32 --rtt-count "$rtt_count"
    files_json=$(printf '"%s",' "${round_files[@]}")
    scenarios_json=$(printf '"%s",' "${scenarios[@]}")
    manifest_rounds+=("{\"round\": $round, \"files\": [${files_json%,}], \"scenarios\": [${scenarios_json%,}]}")
done

stop_all

versions="airlock $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?'),"
for name in "${!baseline_binary[@]}"; do
    versions+=" airlock-$name $("${baseline_binary[$name]}" --version 2>/dev/null | head -n 1),"
done
versions+=" $(nginx -v 2>&1 | sed 's/.*version: //'), $(haproxy -v | head -n 1 | cut -d' ' -f1-3),"
versions+=" caddy $(caddy version | cut -d' ' -f1), websockify $(dpkg-query -W -f '${Version}' websockify 2>/dev/null)"
machine="$(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
json_list() {
    local out=
    (($#)) && out=$(printf '"%s",' "$@")
    echo "[${out%,}]"
}
mkdir -p "$root/bench/results"
stamp=$(date +%Y%m%d-%H%M%S)
cat >"$work/manifest.json" <<JSON
{
  "date": "$(date -u +%Y-%m-%d)",
  "commit": "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')",
  "command": "$command_line",
  "environment": { "machine": "$machine", "kernel": "$(uname -sr)", "versions": "$versions",
                   "build": "$build_type (${build#"$root"/})",
                   "load": "load average $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end" },
  "targets": $(json_list "${ws_targets[@]}"),
  "bridgeTargets": $(json_list "${bridge_targets[@]}"),
  "failedToStart": $(json_list "${failed_to_start[@]}"),
  "rounds": [$(IFS=,; echo "${manifest_rounds[*]}")]
}
JSON
report=(python3 "$root/bench/peers_report.py" "$work/manifest.json" --markdown "$root/bench/results/peers-$stamp.md"
    --json "$root/bench/results/peers-$stamp.json")
[[ -n $update_doc ]] && report+=(--update-doc "$update_doc")
echo
"${report[@]}" || status=1
((${#failed_to_start[@]} == 0)) || status=1
echo
echo "$script: table in bench/results/peers-$stamp.md, raw rounds in bench/results/peers-$stamp.json;" \
    "configurations and logs in $work"
exit "$status"
