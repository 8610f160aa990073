#include "tunnel/UpstreamError.h"

namespace airlock {

QString upstreamErrorName(UpstreamError e)
{
    return e == UpstreamError::None ? QStringLiteral("none") : failure::id(toFailureReason(e));
}

FailureReason toFailureReason(UpstreamError e)
{
    switch (e) {
    case UpstreamError::None:
        return FailureReason::None;
    case UpstreamError::DnsFailed:
        return FailureReason::DnsFailed;
    case UpstreamError::ConnectRefused:
        return FailureReason::ConnectRefused;
    case UpstreamError::ConnectTimeout:
        return FailureReason::ConnectTimeout;
    case UpstreamError::NetworkError:
        return FailureReason::NetworkError;
    case UpstreamError::ProxyUnreachable:
        return FailureReason::ProxyUnreachable;
    case UpstreamError::ProxyTimeout:
        return FailureReason::ProxyTimeout;
    case UpstreamError::ProxyAuthRequired:
        return FailureReason::ProxyAuthRequired;
    case UpstreamError::ProxyRefused:
        return FailureReason::ProxyRefused;
    case UpstreamError::ProxyProtocolError:
        return FailureReason::ProxyProtocolError;
    case UpstreamError::TlsFailed:
        return FailureReason::TlsFailed;
    case UpstreamError::TlsTimeout:
        return FailureReason::TlsTimeout;
    }
    return FailureReason::NetworkError;
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
