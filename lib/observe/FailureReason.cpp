#include "observe/FailureReason.h"

#include <QCoreApplication>

#include <iterator>

namespace airlock::failure {

namespace {

struct Entry
{
    FailureReason reason;
    const char* id;
    const char* sentence; // source text for QCoreApplication::translate("FailureReason", ...)
};

// One row per reason, in declaration order (checked by tst_failurereason).
constexpr Entry kEntries[] = {
    {FailureReason::None, "", ""},
    {FailureReason::PeerUserRefused, "peer_user_refused",
     QT_TRANSLATE_NOOP("FailureReason", "The connection came from a user other than the one running Airlock.")},
    {FailureReason::ClientConnectRefused, "client_connect_refused",
     QT_TRANSLATE_NOOP("FailureReason", "The client sent CONNECT, but Airlock forwards only its configured routes.")},
    {FailureReason::AbsoluteTargetRefused, "absolute_target_refused",
     QT_TRANSLATE_NOOP("FailureReason", "The request named an absolute URL, but Airlock is not an open proxy.")},
    {FailureReason::BadHost, "bad_host",
     QT_TRANSLATE_NOOP("FailureReason", "The request did not carry exactly one Host header.")},
    {FailureReason::HostNotAllowed, "host_not_allowed",
     QT_TRANSLATE_NOOP("FailureReason", "The Host header named neither a loopback name nor a configured alias.")},
    {FailureReason::BadTarget, "bad_target", QT_TRANSLATE_NOOP("FailureReason", "The request path is not valid.")},
    {FailureReason::NoRoute, "no_route", QT_TRANSLATE_NOOP("FailureReason", "No route matches the request path.")},
    {FailureReason::OriginNotAllowed, "origin_not_allowed",
     QT_TRANSLATE_NOOP("FailureReason", "The page's origin is not allowed on this route.")},
    {FailureReason::CrossSiteRequest, "cross_site_request",
     QT_TRANSLATE_NOOP("FailureReason", "A request from another site came from a page this route does not allow.")},
    {FailureReason::BadUpgrade, "bad_upgrade",
     QT_TRANSLATE_NOOP("FailureReason", "The WebSocket upgrade did not pass the handshake checks.")},
    {FailureReason::WebSocketRequired, "websocket_required",
     QT_TRANSLATE_NOOP("FailureReason", "This route accepts only WebSocket upgrades.")},
    {FailureReason::BridgeSubprotocol, "bridge_subprotocol",
     QT_TRANSLATE_NOOP("FailureReason", "The client did not offer the subprotocol this TCP bridge speaks.")},
    {FailureReason::HandshakeRateLimited, "handshake_rate_limited",
     QT_TRANSLATE_NOOP("FailureReason", "Too many handshakes arrived at once; the client may try again shortly.")},
    {FailureReason::BadRequestBody, "bad_request_body",
     QT_TRANSLATE_NOOP("FailureReason", "The length or encoding of the request body is not valid.")},
    {FailureReason::BadRequestHead, "bad_request_head",
     QT_TRANSLATE_NOOP("FailureReason", "The request head could not be read.")},
    {FailureReason::HeadTooLarge, "head_too_large",
     QT_TRANSLATE_NOOP("FailureReason", "The request head was larger than Airlock accepts.")},
    {FailureReason::RequestLineTooLong, "request_line_too_long",
     QT_TRANSLATE_NOOP("FailureReason", "The request line was longer than Airlock accepts.")},
    {FailureReason::HeadTimeout, "head_timeout",
     QT_TRANSLATE_NOOP("FailureReason", "The client did not send its whole request head in time.")},
    {FailureReason::ConnectionLimit, "connection_limit",
     QT_TRANSLATE_NOOP("FailureReason", "Airlock already held as many connections as it allows.")},
    {FailureReason::Shutdown, "shutdown", QT_TRANSLATE_NOOP("FailureReason", "Airlock was shutting down.")},
    {FailureReason::ClientGone, "client_gone",
     QT_TRANSLATE_NOOP("FailureReason", "The client went away before it got an answer.")},
    {FailureReason::ClientProtocolError, "client_protocol_error",
     QT_TRANSLATE_NOOP("FailureReason", "The client broke the WebSocket protocol.")},
    {FailureReason::BackendClosed, "backend_closed",
     QT_TRANSLATE_NOOP("FailureReason", "The backend closed the connection before it answered.")},
    {FailureReason::BackendRefusedUpgrade, "backend_refused_upgrade",
     QT_TRANSLATE_NOOP("FailureReason", "The backend refused the WebSocket upgrade.")},
    {FailureReason::BackendProtocolError, "backend_protocol_error",
     QT_TRANSLATE_NOOP("FailureReason", "The backend broke the WebSocket protocol.")},
    {FailureReason::BadBackendResponse, "bad_backend_response",
     QT_TRANSLATE_NOOP("FailureReason", "The backend's answer could not be read.")},
    {FailureReason::BadBackendUpgrade, "bad_backend_upgrade",
     QT_TRANSLATE_NOOP("FailureReason", "The backend's upgrade answer did not pass the handshake checks.")},
    {FailureReason::UpgradeTimeout, "upgrade_timeout",
     QT_TRANSLATE_NOOP("FailureReason", "The backend did not answer the upgrade in time.")},
    {FailureReason::ResponseTimeout, "response_timeout",
     QT_TRANSLATE_NOOP("FailureReason", "The backend did not answer the request in time.")},
    {FailureReason::ProxyConfig, "proxy_config",
     QT_TRANSLATE_NOOP("FailureReason", "The route's upstream proxy setting cannot be used.")},
    {FailureReason::DnsFailed, "dns_failed",
     QT_TRANSLATE_NOOP("FailureReason", "The backend's host name could not be resolved.")},
    {FailureReason::ConnectRefused, "connect_refused",
     QT_TRANSLATE_NOOP("FailureReason", "The backend refused the connection.")},
    {FailureReason::ConnectTimeout, "connect_timeout",
     QT_TRANSLATE_NOOP("FailureReason", "Connecting to the backend took too long.")},
    {FailureReason::NetworkError, "network_error",
     QT_TRANSLATE_NOOP("FailureReason", "A network error broke the connection to the backend.")},
    {FailureReason::ProxyUnreachable, "proxy_unreachable",
     QT_TRANSLATE_NOOP("FailureReason", "The upstream proxy could not be reached.")},
    {FailureReason::ProxyTimeout, "proxy_timeout",
     QT_TRANSLATE_NOOP("FailureReason", "The upstream proxy did not answer in time.")},
    {FailureReason::ProxyAuthRequired, "proxy_auth_required",
     QT_TRANSLATE_NOOP("FailureReason", "The upstream proxy asked for credentials it did not accept.")},
    {FailureReason::ProxyRefused, "proxy_refused",
     QT_TRANSLATE_NOOP("FailureReason", "The upstream proxy refused to connect to the backend.")},
    {FailureReason::ProxyProtocolError, "proxy_protocol_error",
     QT_TRANSLATE_NOOP("FailureReason", "The upstream proxy's answer could not be read.")},
    {FailureReason::TlsFailed, "tls_failed",
     QT_TRANSLATE_NOOP("FailureReason", "The TLS handshake with the backend failed.")},
    {FailureReason::TlsTimeout, "tls_timeout",
     QT_TRANSLATE_NOOP("FailureReason", "The TLS handshake with the backend took too long.")},
    {FailureReason::IdleTimeout, "idle_timeout",
     QT_TRANSLATE_NOOP("FailureReason", "The session was idle for longer than its route allows.")},
    {FailureReason::DrainTimeout, "drain_timeout",
     QT_TRANSLATE_NOOP("FailureReason", "After one side closed, the data left for the other could not be delivered "
                                        "in time.")},
    {FailureReason::BadStatus, "bad_status",
     QT_TRANSLATE_NOOP("FailureReason", "The backend answered with a status that means it is not healthy.")},
    {FailureReason::Timeout, "timeout", QT_TRANSLATE_NOOP("FailureReason", "The check did not finish in time.")},
    {FailureReason::BadResponse, "bad_response",
     QT_TRANSLATE_NOOP("FailureReason", "The backend's answer to the probe could not be read.")},
    {FailureReason::ClosedAfterUpgrade, "closed_after_upgrade",
     QT_TRANSLATE_NOOP("FailureReason", "The backend closed the WebSocket right after accepting it.")},
};

static_assert(std::size(kEntries) == std::size_t(FailureReason::ClosedAfterUpgrade) + 1, "one row per reason");

const Entry& entry(FailureReason reason)
{
    const auto index = qsizetype(reason);
    return index >= 0 && index < qsizetype(std::size(kEntries)) ? kEntries[index] : kEntries[0];
}

} // namespace

QString id(FailureReason reason)
{
    return QString::fromLatin1(entry(reason).id);
}

FailureReason fromId(QStringView id, bool* ok)
{
    for (const Entry& e : kEntries) {
        if (id == QLatin1String(e.id)) {
            if (ok)
                *ok = true;
            return e.reason;
        }
    }
    if (ok)
        *ok = false;
    return FailureReason::None;
}

QString sentence(FailureReason reason)
{
    if (reason == FailureReason::None)
        return {};
    return QCoreApplication::translate("FailureReason", entry(reason).sentence);
}

QList<FailureReason> all()
{
    QList<FailureReason> out;
    for (const Entry& e : kEntries) {
        if (e.reason != FailureReason::None)
            out.append(e.reason);
    }
    return out;
}

} // namespace airlock::failure
