#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running Airlock: installs what is missing, builds,
# and opens the desktop app on the default config (created on first run, with the built-in demo route).
# Arguments are passed on: `scripts/run-demo.sh --headless` runs the proxy without a window.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-debian.sh"
"$root/scripts/build.sh"
exec "${AIRLOCK_BUILD_DIR:-$root/build}/app/airlock" "$@"
