#pragma once

#include "config/Config.h"

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
};

} // namespace airlock
