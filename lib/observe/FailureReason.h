#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace airlock {

// Why a request, session, health check or probe failed. Records and results hold this value; the stable id
// ("origin_not_allowed", ...) is what JSON lines, headers and metrics carry, and the readable sentence is
// made from it at display time so the app can translate every one. Ids never change: logs outlive builds.
enum class FailureReason {
    None,
    // Airlock refused the request itself
    PeerUserRefused,
    ClientConnectRefused,
    AbsoluteTargetRefused,
    BadHost,
    HostNotAllowed,
    BadTarget,
    NoRoute,
    OriginNotAllowed,
    CrossSiteRequest,
    BadUpgrade, // also a backend's upgrade answer that fails the checks (health checks, probe)
    WebSocketRequired,
    BridgeSubprotocol,
    HandshakeRateLimited,
    BadRequestBody,
    BadRequestHead,
    HeadTooLarge,
    RequestLineTooLong,
    HeadTimeout,
    ConnectionLimit,
    Shutdown,
    // the client
    ClientGone,
    ClientProtocolError,
    // the backend
    BackendClosed,
    BackendRefusedUpgrade,
    BackendProtocolError,
    BadBackendResponse,
    BadBackendUpgrade,
    UpgradeTimeout,
    ResponseTimeout,
    // reaching the backend (UpstreamError)
    ProxyConfig,
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
    TlsTimeout,
    // an open tunnel
    IdleTimeout,
    DrainTimeout,
    // health checks and the probe
    BadStatus,
    Timeout,
    BadResponse,
    ClosedAfterUpgrade,
};

namespace failure {

// The stable id; empty for None.
QString id(FailureReason reason);
// The reason with this id; None (and *ok false) for an id no build ever wrote, None (ok) for an empty one.
FailureReason fromId(QStringView id, bool* ok = nullptr);
// One readable sentence, translated when the application installed a translator for it.
QString sentence(FailureReason reason);
// Every reason but None, in declaration order.
QList<FailureReason> all();

} // namespace failure

} // namespace airlock

Q_DECLARE_METATYPE(airlock::FailureReason)
