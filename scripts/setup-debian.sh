#!/usr/bin/env bash
# Installs every Debian package Airlock needs to build, test and run. Safe to run repeatedly:
# it only calls apt-get when something is missing.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build clang-format pkg-config ccache
    # the fuzz targets (scripts/fuzz.sh): clang; libclang-rt-14-dev holds -fsanitize=fuzzer's libFuzzer, the
    # sanitizer runtimes and FuzzedDataProvider.h (libfuzzer-14-dev, a standalone libFuzzer.a, is not needed)
    clang-14 libclang-rt-14-dev
    # the system trust store: wss:// and https:// backends without their own tls.caFile need it
    ca-certificates
    # Qt 6.4
    qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6svg6 qt6-translations-l10n libgl-dev
    # permessage-deflate messages in message capture
    zlib1g-dev
    # test peers: certificates, a real HTTP CONNECT proxy and a real browser (headless)
    openssl tinyproxy squid chromium
    # "Open demo page" and "Open config file" hand URLs to the desktop (xdg-open)
    xdg-utils
    # the desktop app's end-to-end test and screenshots: a virtual X server, a private D-Bus session with the
    # accessibility bus (read through pyatspi as a screen reader does), key presses, a font to draw text with
    xvfb xauth dbus at-spi2-core python3-pyatspi xdotool imagemagick fonts-dejavu-core
    # the install layout check (tests/check-install.sh) and the Debian package (cpack -G DEB, scripts/test-package.sh)
    desktop-file-utils appstream dpkg-dev debootstrap
    # the tray: its integration test needs a real tray host (XEmbed) under Xvfb; x11-utils has xwininfo
    trayer x11-utils
    # tst_exportcommand validates exported HAR against the HAR 1.2 schema with /usr/bin/python3
    python3 python3-jsonschema
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo_cmd=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update
    "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi
