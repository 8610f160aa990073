#!/usr/bin/env bash
# Configures and builds Airlock into build/ (or $AIRLOCK_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AIRLOCK_BUILD_DIR:-$root/build}
# CI turns warnings into errors; otherwise the build directory keeps what it has (default off), so
# run-demo.sh after test.sh reuses that build instead of compiling everything again.
flags=()
if [[ -n "${CI:-}" ]]; then flags+=(-DAIRLOCK_WERROR=ON); fi
launcher=()
# ccache (when installed) makes rebuilds and other checkouts of the same sources cheap.
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")}
    # With -g ccache hashes the working directory too; without that, another clone can reuse the cache
    # (its debug info then names the first clone's build directory).
    export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${flags[@]}" "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
