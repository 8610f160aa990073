#include "tunnel/UpstreamError.h"

namespace airlock {

QString upstreamErrorName(UpstreamError e)
{
    switch (e) {
    case UpstreamError::None:
        return QStringLiteral("none");
    case UpstreamError::DnsFailed:
        return QStringLiteral("dns_failed");
    case UpstreamError::ConnectRefused:
        return QStringLiteral("connect_refused");
    case UpstreamError::ConnectTimeout:
        return QStringLiteral("connect_timeout");
    case UpstreamError::NetworkError:
        return QStringLiteral("network_error");
    case UpstreamError::ProxyUnreachable:
        return QStringLiteral("proxy_unreachable");
    case UpstreamError::ProxyTimeout:
        return QStringLiteral("proxy_timeout");
    case UpstreamError::ProxyAuthRequired:
        return QStringLiteral("proxy_auth_required");
    case UpstreamError::ProxyRefused:
        return QStringLiteral("proxy_refused");
    case UpstreamError::ProxyProtocolError:
        return QStringLiteral("proxy_protocol_error");
    case UpstreamError::TlsFailed:
        return QStringLiteral("tls_failed");
    case UpstreamError::TlsTimeout:
        return QStringLiteral("tls_timeout");
    }
    return QStringLiteral("unknown");
}

bool isProxyError(UpstreamError e)
{
    switch (e) {
    case UpstreamError::ProxyUnreachable:
    case UpstreamError::ProxyTimeout:
    case UpstreamError::ProxyAuthRequired:
    case UpstreamError::ProxyRefused:
    case UpstreamError::ProxyProtocolError:
        return true;
    default:
        return false;
    }
}

} // namespace airlock
