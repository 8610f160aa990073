#pragma once

#include "observe/FailureReason.h"

#include <QMetaType>
#include <QString>

namespace airlock {

// Why reaching a backend failed. Proxy and TLS legs have their own values so the user can
// tell a 407 from the proxy apart from a backend that refused the connection.
enum class UpstreamError {
    None,
    DnsFailed,
    ConnectRefused,
    ConnectTimeout,
    NetworkError,
    ProxyUnreachable,
    ProxyTimeout,
    ProxyAuthRequired,
    ProxyRefused,
    ProxyProtocolError,
    TlsFailed,
    TlsTimeout
};

// Stable identifiers for records and metrics: "dns_failed", "proxy_auth_required", ...
QString upstreamErrorName(UpstreamError e);
// The record's reason for it (None for None); its id is upstreamErrorName().
FailureReason toFailureReason(UpstreamError e);
bool isProxyError(UpstreamError e);

} // namespace airlock

Q_DECLARE_METATYPE(airlock::UpstreamError)
