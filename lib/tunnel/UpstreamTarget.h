#pragma once

#include "config/Config.h"

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace airlock {

// Where and how to dial one backend connection.
struct UpstreamTarget
{
    QString host;
    quint16 port = 0;
    bool tls = false;
    TlsOptions tlsOptions;
    std::optional<QUrl> proxy; // http://[user:pass@]host:port, already resolved (none/system/url)
    RouteTimeouts timeouts;    // connectMs, proxyConnectMs and tlsMs are used; <= 0 means no limit

    // The route's backend with its upstream proxy setting resolved (system: from the environment). A system
    // proxy setting that cannot be read leaves a reason in proxyError.
    static UpstreamTarget forRoute(const RouteConfig& route, const QProcessEnvironment& environment,
                                   QString* proxyError);
    // The Host header for a backend URL: IPv6 literals in brackets, the port only when not the default.
    static QByteArray hostAuthority(const QUrl& url, bool tls);
};

} // namespace airlock
