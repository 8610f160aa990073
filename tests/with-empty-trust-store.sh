#!/bin/sh
# Runs a command in a private mount namespace whose /etc/ssl/certs is an empty tmpfs: a system
# without CA certificates, as on a minimal Debian without ca-certificates. Root gets the namespace
# directly (a user namespace is refused inside a chroot); other users need unprivileged user namespaces.
# The namespace's mounts are made private so nothing reaches the rest of the machine; that needs "/"
# to be a mount point, which a chroot's root is not unless it was bind-mounted onto itself.
set -e
inner='mount -t tmpfs tmpfs /etc/ssl/certs && exec "$0" "$@"'
if [ "$(id -u)" = 0 ]; then
    set -- unshare --mount --propagation private sh -c "$inner" "$@"
else
    set -- unshare --mount --map-root-user --propagation private sh -c "$inner" "$@"
fi
"$@" || {
    status=$?
    echo "with-empty-trust-store.sh: exit $status (in a chroot, bind-mount its root onto itself first)" >&2
    exit $status
}
