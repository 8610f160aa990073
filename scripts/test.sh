#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the whole test suite: installs what is missing,
# builds with warnings as errors, checks formatting and runs every test under CTest; then builds
# again with AddressSanitizer + UndefinedBehaviorSanitizer and runs every test once more
# (scripts/test-sanitizers.sh; AIRLOCK_SANITIZERS=0 skips that pass). Last, every fuzz target runs for
# AIRLOCK_FUZZ_SECONDS (default 30) under ASan + UBSan (scripts/fuzz.sh; AIRLOCK_FUZZ=0 skips that).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AIRLOCK_BUILD_DIR:-$root/build}
"$root/scripts/setup-debian.sh"
CI=${CI:-1} "$root/scripts/build.sh"
cmake --build "$build" --target format-check
# The library must stay free of GUI types.
if grep -rnE '\b(QWidget|QApplication|QGuiApplication|QIcon|QPixmap)\b' "$root/lib"; then
    echo "lib/ must not use GUI types" >&2
    exit 1
fi
(cd "$build" && ctest --output-on-failure --timeout 300 -j2)
if [[ "${AIRLOCK_SANITIZERS:-1}" != 0 ]]; then
    "$root/scripts/test-sanitizers.sh"
fi
if [[ "${AIRLOCK_FUZZ:-1}" != 0 ]]; then
    "$root/scripts/fuzz.sh" "${AIRLOCK_FUZZ_SECONDS:-30}"
fi
