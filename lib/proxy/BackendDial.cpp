#include "proxy/BackendDial.h"

#include "http/HeaderPolicy.h"
#include "tunnel/UpstreamConnector.h"
#include "tunnel/UpstreamTarget.h"

#include <QDateTime>
#include <QTcpSocket>

namespace airlock {

BackendDial::BackendDial(const RouteConfig& route, const QProcessEnvironment& environment, QObject* parent)
    : QObject(parent)
    , m_route(route)
    , m_environment(environment)
{}

void BackendDial::start()
{
    QString proxyError;
    const UpstreamTarget target = UpstreamTarget::forRoute(m_route, m_environment, &proxyError);
    if (!proxyError.isEmpty()) {
        emit failed(502, FailureReason::ProxyConfig, proxyError);
        return;
    }
    if (target.proxy)
        m_upstreamProxy = target.proxy->toString(QUrl::RemoveUserInfo);

    m_connector = new UpstreamConnector(target, this);
    connect(m_connector, &UpstreamConnector::tcpConnected, this,
            [this] { m_times.tcpConnectedAt = QDateTime::currentMSecsSinceEpoch(); });
    connect(m_connector, &UpstreamConnector::proxyTunnelReady, this,
            [this] { m_times.proxyConnectedAt = QDateTime::currentMSecsSinceEpoch(); });
    connect(m_connector, &UpstreamConnector::tlsEstablished, this,
            [this] { m_times.tlsDoneAt = QDateTime::currentMSecsSinceEpoch(); });
    connect(m_connector, &UpstreamConnector::connected, this, &BackendDial::connected);
    connect(m_connector, &UpstreamConnector::failed, this, [this](UpstreamError error, const QString& detail) {
        m_proxyResponseHead = m_connector->proxyResponseHead();
        const bool timeout = error == UpstreamError::ConnectTimeout || error == UpstreamError::ProxyTimeout ||
                             error == UpstreamError::TlsTimeout;
        const QString leg = isProxyError(error) ? QStringLiteral("upstream proxy") : QStringLiteral("backend");
        emit failed(timeout ? 504 : 502, toFailureReason(error), leg + QStringLiteral(" failed: ") + detail);
    });
    m_connector->start();
}

void BackendDial::stop()
{
    if (m_connector)
        m_connector->disconnect(this);
}

QTcpSocket* BackendDial::takeSocket()
{
    return m_connector ? m_connector->takeSocket() : nullptr;
}

HttpHead BackendDial::rewriteRequest(const HttpHead& request, const RouteConfig& route, const QByteArray& backendTarget,
                                     const QString& clientAddress, bool upgrade, QByteArray* requestId)
{
    HttpHead out;
    out.method = request.method;
    out.target = backendTarget;
    out.versionMinor = 1;
    out.headers = request.headers;
    HeaderPolicy::removeHopByHop(out.headers);
    const QByteArray clientHost = request.headers.value("Host");
    out.headers.set("Host", UpstreamTarget::hostAuthority(route.backend, route.backendIsTls()));
    HeaderPolicy::addForwarded(out.headers, clientAddress, clientHost);
    *requestId = HeaderPolicy::ensureRequestId(out.headers);
    HeaderPolicy::applyRoute(out.headers, route.stripHeaders, route.injectHeaders);
    // Browser cookies for loopback ignore the port: other local apps' sessions would reach every backend.
    if (!route.forwardCookies)
        out.headers.remove("Cookie");
    if (upgrade) {
        switch (route.subprotocol) {
        case SubprotocolPolicy::Pass:
            break;
        case SubprotocolPolicy::Strip:
            out.headers.remove("Sec-WebSocket-Protocol");
            break;
        case SubprotocolPolicy::Fixed:
            out.headers.set("Sec-WebSocket-Protocol", route.fixedSubprotocol);
            break;
        }
        out.headers.append("Connection", "Upgrade");
        out.headers.append("Upgrade", "websocket");
    }
    return out;
}

void BackendDial::fillRecord(RequestRecord& record) const
{
    record.upstreamProxy = m_upstreamProxy;
    record.tcpConnectedAt = m_times.tcpConnectedAt;
    record.proxyConnectedAt = m_times.proxyConnectedAt;
    record.tlsDoneAt = m_times.tlsDoneAt;
    if (!m_proxyResponseHead.isEmpty())
        record.proxyResponseHead = m_proxyResponseHead;
}

} // namespace airlock
