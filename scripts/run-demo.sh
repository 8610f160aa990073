#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running Airlock: installs what is missing, builds,
# and starts the proxy on the default config (created on first run, with the built-in demo route).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-debian.sh"
"$root/scripts/build.sh"
exec "${AIRLOCK_BUILD_DIR:-$root/build}/app/airlock" --headless "$@"
