#!/usr/bin/env bash
# Builds Airlock with AddressSanitizer + UndefinedBehaviorSanitizer into build-asan/ (or
# $AIRLOCK_ASAN_BUILD_DIR) and runs the whole test suite there, including the tests that launch the
# (instrumented) `airlock` binary and the real-browser test. Any ASan report, leak or UB fails the test.
# Debug, not RelWithDebInfo: on 2 cores it compiles about 3x faster, and the suite mostly waits on sockets.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AIRLOCK_ASAN_BUILD_DIR:-$root/build-asan}
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")}
    # With -g ccache hashes the working directory too; without that, another clone can reuse the cache
    # (its debug info then names the first clone's build directory).
    export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
fi
# Warnings are already errors in the normal build; the sanitizers' instrumentation only adds false positives.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAIRLOCK_SANITIZE=ON -DAIRLOCK_BUILD_BENCH=OFF \
    -DAIRLOCK_WERROR=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"

# CTest hands its environment to every test, and QProcess hands it on to the `airlock` processes they start.
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
cd "$build"
# The soak tests (label soak) are too big for instrumented binaries; tst_soakidlechurn_small (label soak-small)
# runs their churn in small, so LeakSanitizer checks the binary after it.
ctest --output-on-failure --timeout 300 -j2 -LE '^soak$'
