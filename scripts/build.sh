#!/usr/bin/env bash
# Configures and builds Airlock into build/ (or $AIRLOCK_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AIRLOCK_BUILD_DIR:-$root/build}
werror=OFF
if [[ -n "${CI:-}" ]]; then werror=ON; fi
launcher=()
# ccache (when installed) makes rebuilds and other checkouts of the same sources cheap.
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")}
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAIRLOCK_WERROR=$werror "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
