#pragma once

#include "config/Config.h"

#include <QByteArrayList>
#include <QUrl>

#include <optional>

namespace airlock {

// One probe handshake as a client would make it.
struct ProbeOptions
{
    QUrl url;                // ws:// or wss://
    std::optional<QUrl> via; // http://[user:pass@]host:port CONNECT proxy
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArrayList subprotocols;
    QByteArray origin;
    TlsOptions tls;
    RouteTimeouts timeouts;
};

} // namespace airlock
