#!/usr/bin/env bash
# Runs a command on a private virtual X server with a private D-Bus session and the accessibility bus, as
# the desktop app's end-to-end checks need: Xvfb on a free display (it picks one itself), dbus-run-session,
# at-spi-bus-launcher. Everything started here is stopped when the command ends.
# Usage: run-with-display.sh COMMAND [ARGS...]
set -euo pipefail
if [[ "${1:-}" == --inner ]]; then
    shift
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    trap 'kill "$launcher" 2>/dev/null || true' EXIT
    "$@"
    exit $?
fi
for tool in Xvfb dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-with-display.sh: $tool is missing (scripts/setup-debian.sh installs it)" >&2
        exit 1
    fi
done
fifo_dir=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$fifo_dir"' EXIT
exec {displayfd}<> <(:)
Xvfb -displayfd "$displayfd" -screen 0 1280x800x24 -nolisten tcp -noreset >"$fifo_dir/xvfb.log" 2>&1 &
xvfb=$!
read -r -t 20 -u "$displayfd" number || { echo "run-with-display.sh: Xvfb did not start" >&2; cat "$fifo_dir/xvfb.log" >&2; exit 1; }
export DISPLAY=":$number"
unset WAYLAND_DISPLAY QT_QPA_PLATFORM
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 NO_AT_BRIDGE=0
dbus-run-session -- "$0" --inner "$@"
