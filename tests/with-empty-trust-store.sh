#!/bin/sh
# Runs a command in a private mount namespace whose /etc/ssl/certs is an empty tmpfs: a system
# without CA certificates, as on a minimal Debian without ca-certificates. Root gets the namespace
# directly (a user namespace is refused inside a chroot); other users need unprivileged user namespaces.
set -e
inner='mount -t tmpfs tmpfs /etc/ssl/certs && exec "$0" "$@"'
if [ "$(id -u)" = 0 ]; then
    exec unshare --mount --propagation private sh -c "$inner" "$@"
fi
exec unshare --mount --map-root-user sh -c "$inner" "$@"
