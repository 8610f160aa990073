#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB) and checks it in a clean Debian 12 root, as a user's machine
# would meet it: `apt install ./airlock_*.deb` pulls every dependency, `airlock --version` and `--help` run,
# the desktop file, icons and metainfo sit where the desktop looks, the desktop app starts (offscreen
# platform) and so does headless mode, and `apt remove` leaves none of its files behind.
#
# The clean root is a minbase debootstrap of bookworm from the configured Debian mirror (about 2 minutes the
# first time), kept as a tarball in the build directory for the next run; the checks run in a private mount
# namespace (unshare) with chroot. Needs root, debootstrap, unshare and the mirror. Takes 3 to 5 minutes,
# so CTest does not run it: run it by hand or in CI.
#
# Usage: scripts/test-package.sh [--fresh-root]
#   AIRLOCK_BUILD_DIR      build directory (default: build)
#   AIRLOCK_DEBIAN_MIRROR  mirror for the clean root (default: the host's configured Debian mirror)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AIRLOCK_BUILD_DIR:-$root/build}
fresh=0
[[ "${1:-}" == --fresh-root ]] && fresh=1

fail() { echo "test-package.sh: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

[[ $(id -u) -eq 0 ]] || fail "needs root (debootstrap, chroot); run it as root or with sudo"
for tool in debootstrap unshare chroot cpack dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup-debian.sh installs it)"
done
[[ -f "$build/CMakeCache.txt" ]] || fail "no build in $build: run scripts/build.sh first"

step "building the package"
nice cmake --build "$build" --target airlock --parallel 2 >/dev/null
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
arch=$(dpkg --print-architecture)
deb="$build/airlock_${version}_${arch}.deb"
rm -f "$deb"
(cd "$build" && cpack -G DEB >/dev/null)
[[ -f "$deb" ]] || fail "cpack did not make $(basename "$deb")"
echo "$(basename "$deb"): $(dpkg-deb -f "$deb" Depends)"

# The host's Debian mirror (deb822 or one-line form), unless given.
mirror=${AIRLOCK_DEBIAN_MIRROR:-}
if [[ -z "$mirror" ]]; then
    mirror=$(sed -n 's/^URIs: *\(.*\/debian\)\/\?$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1 || true)
    [[ -n "$mirror" ]] || mirror=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    [[ -n "$mirror" ]] || mirror=http://deb.debian.org/debian
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chroot_dir="$work/root"
cache="$build/debian12-minbase.tar"
step "clean Debian 12 root"
if [[ $fresh -eq 1 || ! -f "$cache" ]]; then
    echo "debootstrap bookworm from $mirror (slow the first time; cached in $cache)"
    nice debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -n 20 "$work/debootstrap.log" >&2; fail "debootstrap failed"; }
    tar -C "$chroot_dir" -cf "$cache.tmp" . && mv "$cache.tmp" "$cache"
else
    mkdir -p "$chroot_dir"
    tar -C "$chroot_dir" -xf "$cache"
fi
# The same suites the host uses (updates and security too), from the same mirror; DNS as on the host.
cat >"$chroot_dir/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$chroot_dir/tmp/"

# Everything below runs inside the root, in a mount namespace of its own (its /proc goes away with it).
cat >"$chroot_dir/tmp/check.sh" <<'EOF'
#!/bin/bash
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin
deb=$(ls /tmp/airlock_*.deb)
id=io.github.airlock.Airlock

dpkg-query -W airlock >/dev/null 2>&1 && fail "a package named airlock is already installed"
step "apt install ./$(basename "$deb")"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$deb" >/tmp/install.log 2>&1 || { tail -n 30 /tmp/install.log; fail "apt install"; }
dpkg-query -W -f='${Status}\n' airlock | grep -q "install ok installed" || fail "airlock is not installed"
dpkg -L airlock | sort >/tmp/files.txt

step "airlock --version, --help"
out=$(airlock --version) || fail "airlock --version exits $?"
[[ "$out" == "airlock $1" ]] || fail "airlock --version says '$out'"
airlock --help >/tmp/help.txt || fail "airlock --help exits non-zero"
grep -q -- "--headless" /tmp/help.txt || fail "airlock --help does not list --headless"

step "installed paths"
for file in /usr/bin/airlock "/usr/share/applications/$id.desktop" "/usr/share/metainfo/$id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$id.svg"; do
    [[ -s "$file" ]] || fail "$file is missing"
done
for size in 16 22 24 32 48 64 128 256; do
    [[ -s "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" ]] || fail "the ${size}x${size} icon is missing"
done
# What the package depends on by name: Qt's SVG image plugin (icons) and the X11 platform plugin.
ls /usr/lib/*/qt6/plugins/imageformats/libqsvg.so >/dev/null || fail "Qt's SVG image plugin is missing"
xcb=$(ls /usr/lib/*/qt6/plugins/platforms/libqxcb.so) || fail "Qt's xcb platform plugin is missing"
for binary in /usr/bin/airlock "$xcb"; do
    if ldd "$binary" | grep -q "not found"; then ldd "$binary"; fail "$binary misses libraries"; fi
done

step "the app starts"
mkdir -p -m 700 /tmp/run /tmp/home
printf '{"listen":{"port":0},"routes":[]}\n' >/tmp/home/airlock.json
wait_for_listening() { # pid log
    for _ in $(seq 1 200); do
        grep -q " listening on " "$2" && return 0
        kill -0 "$1" 2>/dev/null || { cat "$2"; return 1; }
        sleep 0.1
    done
    cat "$2"
    return 1
}
HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/run QT_QPA_PLATFORM=offscreen airlock --config /tmp/home/airlock.json 2>/tmp/window.log &
pid=$!
wait_for_listening $pid /tmp/window.log || fail "the desktop app did not start"
kill -TERM $pid
wait $pid || fail "the desktop app exited with $? on SIGTERM"
HOME=/tmp/home airlock --headless --config /tmp/home/airlock.json 2>/tmp/headless.log &
pid=$!
wait_for_listening $pid /tmp/headless.log || fail "headless mode did not start"
kill -TERM $pid
wait $pid || fail "headless mode exited with $? on SIGTERM"

step "apt remove airlock"
apt-get remove -y -qq airlock >/tmp/remove.log 2>&1 || { cat /tmp/remove.log; fail "apt remove"; }
dpkg-query -W -f='${Status}\n' airlock 2>/dev/null | grep -q "ok installed" && fail "airlock is still installed"
left=0
while read -r path; do
    if [[ -e "$path" && ! -d "$path" ]]; then echo "left behind: $path" >&2; left=1; fi
done </tmp/files.txt
found=$(find / -xdev \( -path /proc -o -path /tmp -o -path /var/cache/apt -o -path /var/lib/apt \) -prune -o \
    \( -iname "*airlock*" -print \))
[[ -z "$found" ]] || { echo "$found" >&2; left=1; }
[[ $left -eq 0 ]] || fail "apt remove left files behind"
echo "package ok: $(wc -l </tmp/files.txt) paths installed and removed"
EOF
chmod +x "$chroot_dir/tmp/check.sh"
step "checks in the clean root"
unshare --mount --fork -- sh -c 'mount -t proc proc "$1/proc" && chroot "$1" /tmp/check.sh "$2"' sh "$chroot_dir" "$version"
echo "test-package.sh: ok"
