#!/usr/bin/env bash
# Configures and builds Airlock into build/ (or $AIRLOCK_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AIRLOCK_BUILD_DIR:-$root/build}
werror=OFF
if [[ -n "${CI:-}" ]]; then werror=ON; fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAIRLOCK_WERROR=$werror >/dev/null
cmake --build "$build" --parallel "$(nproc)"
