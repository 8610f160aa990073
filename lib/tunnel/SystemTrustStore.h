#pragma once

#include "config/Config.h"

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
    // Reads the store each time (a few milliseconds): it is asked only at start and after a TLS failure,
    // and a user who installs ca-certificates meanwhile gets the right answer without a restart.
    static bool isEmpty();

    // "no system CA certificates: install ca-certificates or set tls.caFile"
    static QString missingHint();

    // Whether verifying this route's backend depends on the system store: TLS, verified, no caFile.
    static bool routeNeedsIt(const RouteConfig& route);

    // Names (or paths when unnamed) of the routes that cannot verify their backend because the
    // store is empty; empty when the store has certificates or no route needs it.
    static QStringList routesWithoutTrust(const QList<RouteConfig>& routes);
};

} // namespace airlock
