#!/usr/bin/env bash
# Installs the build into a temporary prefix (`cmake --install BUILD --prefix TMP`) and checks what a desktop
# needs: the binary, the desktop file, the icons and the AppStream metainfo under their standard paths, all
# named by the app id, valid under desktop-file-validate and appstreamcli, and the metainfo's latest release
# being the binary's version.
# Usage: check-install.sh BUILD_DIR APP_ID
set -euo pipefail
build=$1
id=$2
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "check-install.sh: $tool is missing (scripts/setup-debian.sh)" >&2; exit 1; }
done
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

fail() { echo "FAIL: $*" >&2; exit 1; }
expected=(
    bin/airlock
    "share/applications/$id.desktop"
    "share/metainfo/$id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$id.svg"
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for file in "${expected[@]}"; do
    [[ -s "$prefix/$file" ]] || fail "$file is not installed"
done
[[ -x "$prefix/bin/airlock" ]] || fail "bin/airlock is not executable"
# Each PNG is the size its directory says.
for size in 16 22 24 32 48 64 128 256; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [[ "$dims" == "${size}x${size}" ]] || fail "$png is $dims"
done

desktop="$prefix/share/applications/$id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $id.desktop"
grep -qx "Icon=$id" "$desktop" || fail "$id.desktop does not name the icon $id"
grep -qx "Exec=airlock" "$desktop" || fail "$id.desktop does not start airlock"

metainfo="$prefix/share/metainfo/$id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $id.metainfo.xml"
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo's id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "the metainfo launches another file"
version=$("$prefix/bin/airlock" --version | awk '{print $2}')
release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
[[ "$release" == "$version" ]] || fail "the metainfo's latest release is $release, the binary says $version"
echo "install layout ok: ${#expected[@]} files under $prefix"
