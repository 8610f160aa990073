#pragma once

#include "config/Config.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace airlock {

// The system's CA certificates as Qt's TLS backend finds them (on Debian: /etc/ssl/certs from the
// ca-certificates package). A minimal system has none, and then every wss:// or https:// backend
// without its own tls.caFile fails verification: these helpers let each place that reports such a
// failure say why in plain words.
class SystemTrustStore
{
public:
    // The certificates, read once per process (thread-safe). Reading parses every file in the system
    // certificate directory, hundreds of PEM files: doing that for each TLS connection blocked the
    // calling worker's event loop, and every session on it, for half a second or more. A process that
    // times TLS phases can call it early to pay that cost up front.
    static const QList<QSslCertificate>& certificates();
    static bool isEmpty() { return certificates().isEmpty(); }

    // "no system CA certificates: install ca-certificates or set tls.caFile"
    static QString missingHint();

    // Whether verifying this route's backend depends on the system store: TLS, verified, no caFile.
    static bool routeNeedsIt(const RouteConfig& route);

    // Names (or paths when unnamed) of the routes that cannot verify their backend because the
    // store is empty; empty when the store has certificates or no route needs it.
    static QStringList routesWithoutTrust(const QList<RouteConfig>& routes);
};

} // namespace airlock
