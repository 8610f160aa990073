#include "probe/HandshakeProbe.h"

#include "http/SecretClassifier.h"
#include "tunnel/UpstreamConnector.h"
#include "ws/CloseCodeClassifier.h"
#include "ws/FrameBuilder.h"
#include "ws/FrameTap.h"
#include "ws/Handshake.h"

#include <QHostInfo>
#include <QTcpSocket>

namespace airlock {

HandshakeProbe::HandshakeProbe(ProbeOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HandshakeProbe::onTimeout);
    m_result.url = SecretClassifier::redactedUrl(m_options.url);
    if (m_options.via)
        m_result.via = SecretClassifier::redactedUrl(*m_options.via);
}

HandshakeProbe::~HandshakeProbe() = default;

void HandshakeProbe::notePhase(const QString& name, const QString& detail)
{
    m_result.phases.append({name, m_clock.restart(), SecretClassifier::redactedText(detail)});
}

void HandshakeProbe::start()
{
    m_clock.start();
    // Timed on its own, so a slow resolver shows as DNS rather than as a slow TCP connect. With a proxy,
    // the proxy resolves the backend: the name that matters here is the proxy's.
    const QString host = m_options.via ? m_options.via->host() : m_options.url.host();
    QHostInfo::lookupHost(host, this, &HandshakeProbe::onLookedUp);
}

void HandshakeProbe::onLookedUp(const QHostInfo& info)
{
    if (info.error() != QHostInfo::NoError) {
        notePhase(QStringLiteral("dns"), info.errorString());
        finish(false, FailureReason::DnsFailed,
               QStringLiteral("cannot resolve %1: %2").arg(info.hostName(), info.errorString()), 502);
        return;
    }
    notePhase(QStringLiteral("dns"), info.addresses().value(0).toString());

    UpstreamTarget target;
    target.host = m_options.url.host();
    target.tls = m_options.url.scheme() == QLatin1String("wss");
    target.port = quint16(m_options.url.port(target.tls ? 443 : 80));
    target.tlsOptions = m_options.tls;
    target.proxy = m_options.via;
    target.timeouts = m_options.timeouts;
    m_connector = new UpstreamConnector(target, this);
    connect(m_connector, &UpstreamConnector::tcpConnected, this, [this] { notePhase(QStringLiteral("tcp")); });
    connect(m_connector, &UpstreamConnector::proxyTunnelReady, this, [this] {
        notePhase(QStringLiteral("connect"), QStringLiteral("proxy answered %1").arg(m_connector->proxyStatus()));
    });
    connect(m_connector, &UpstreamConnector::tlsEstablished, this, [this] { notePhase(QStringLiteral("tls")); });
    connect(m_connector, &UpstreamConnector::connected, this, &HandshakeProbe::onConnected);
    connect(m_connector, &UpstreamConnector::failed, this, &HandshakeProbe::onUpstreamFailed);
    m_clock.restart();
    m_connector->start();
}

void HandshakeProbe::onUpstreamFailed(UpstreamError error, const QString& detail)
{
    m_result.responseHead = m_connector->proxyResponseHead();
    const int proxyStatus = m_connector->proxyStatus();
    const bool timeout = error == UpstreamError::ConnectTimeout || error == UpstreamError::ProxyTimeout ||
                         error == UpstreamError::TlsTimeout;
    int classifyAs = timeout ? 504 : 502;
    if (error == UpstreamError::ProxyAuthRequired || error == UpstreamError::ProxyRefused)
        classifyAs = proxyStatus; // 407, 403...: the proxy's own verdict
    else if (error == UpstreamError::TlsFailed)
        classifyAs = 1015;
    const QString phase = error == UpstreamError::TlsFailed || error == UpstreamError::TlsTimeout
                              ? QStringLiteral("tls")
                          : isProxyError(error) ? QStringLiteral("connect")
                                                : QStringLiteral("tcp");
    notePhase(phase, detail);
    finish(false, toFailureReason(error),
           (isProxyError(error) ? QStringLiteral("upstream proxy: ") : QStringLiteral("backend: ")) + detail,
           classifyAs);
}

void HandshakeProbe::onConnected()
{
    m_socket = m_connector->takeSocket();
    m_socket->setParent(this);
    m_connector->deleteLater();
    m_connector = nullptr;
    connect(m_socket, &QTcpSocket::readyRead, this, &HandshakeProbe::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HandshakeProbe::onReadyRead);

    HttpHead request;
    request.method = "GET";
    QByteArray target = m_options.url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_options.url.hasQuery())
        target += '?' + m_options.url.query(QUrl::FullyEncoded).toLatin1();
    request.target = target;
    QByteArray host = m_options.url.host(QUrl::FullyEncoded).toLatin1();
    if (m_options.url.port(-1) > 0)
        host += ':' + QByteArray::number(m_options.url.port());
    request.headers.append("Host", host);
    request.headers.append("Upgrade", "websocket");
    request.headers.append("Connection", "Upgrade");
    m_key = Handshake::generateClientKey();
    request.headers.append("Sec-WebSocket-Key", m_key);
    request.headers.append("Sec-WebSocket-Version", "13");
    if (!m_options.subprotocols.isEmpty())
        request.headers.append("Sec-WebSocket-Protocol", m_options.subprotocols.join(", "));
    if (!m_options.origin.isEmpty())
        request.headers.append("Origin", m_options.origin);
    for (const auto& h : std::as_const(m_options.headers))
        request.headers.append(h.first, h.second);
    HttpHead shown = request;
    shown.target = SecretClassifier::redactedTarget(request.target);
    shown.headers = SecretClassifier::redactedHeaders(request.headers);
    m_result.requestHead = shown.serialize();
    m_socket->write(request.serialize());
    m_clock.restart();
    m_timer.start(m_options.timeouts.upgradeMs);
}

void HandshakeProbe::onReadyRead()
{
    if (m_done || !m_socket)
        return;
    if (!m_upgraded) {
        const QByteArray data = m_socket->readAll();
        const qsizetype used = m_parser.feed(data);
        if (m_parser.hasError()) {
            notePhase(QStringLiteral("upgrade"), m_parser.errorDetail());
            finish(false, FailureReason::BadResponse, QStringLiteral("malformed answer: ") + m_parser.errorDetail(),
                   1002);
            return;
        }
        if (!m_parser.isComplete()) {
            if (m_socket->state() != QAbstractSocket::ConnectedState) {
                notePhase(QStringLiteral("upgrade"), QStringLiteral("connection closed"));
                finish(false, FailureReason::BackendClosed,
                       QStringLiteral("the server closed the connection before answering"), 1006);
            }
            return;
        }
        m_timer.stop();
        const HttpHead response = m_parser.head();
        m_result.status = response.status;
        HttpHead shown = response;
        shown.headers = SecretClassifier::redactedHeaders(response.headers);
        m_result.responseHead = shown.serialize();
        notePhase(QStringLiteral("upgrade"),
                  QStringLiteral("%1 %2").arg(response.status).arg(QString::fromLatin1(response.reason)));
        if (response.status != 101) {
            finish(false, FailureReason::BackendRefusedUpgrade,
                   QStringLiteral("the server answered %1 %2")
                       .arg(response.status)
                       .arg(QString::fromLatin1(response.reason)),
                   response.status);
            return;
        }
        const Handshake::ResponseCheck check =
            Handshake::checkResponse(response, m_key, m_options.subprotocols, Handshake::extensionNames({}));
        if (!check.ok) {
            finish(false, FailureReason::BadUpgrade, check.detail, 1002);
            return;
        }
        m_result.subprotocol = SecretClassifier::redactedSubprotocol(check.subprotocol);
        m_upgraded = true;
        // A clean end: close 1000 and wait for the server's close (or its end of the connection).
        m_closeReader = std::make_unique<FrameTap>(FrameTap::Direction::ServerToClient, FrameTap::Options());
        m_closeReader->inspect(data.mid(used));
        m_socket->write(FrameBuilder::closeFrame(1000, "probe done", true));
        m_timer.start(m_options.timeouts.drainMs);
    } else {
        m_closeReader->inspect(m_socket->readAll());
    }
    if (m_upgraded && (m_closeReader->closed() || m_socket->state() != QAbstractSocket::ConnectedState)) {
        if (!m_closeReader->closed()) {
            notePhase(QStringLiteral("close"), QStringLiteral("connection ended without a close frame"));
            finish(true, FailureReason::None, {}, 101);
            return;
        }
        const FrameTap::Close& close = m_closeReader->close();
        const int code = close.code ? close.code : 1005;
        notePhase(QStringLiteral("close"),
                  QStringLiteral("server closed with %1 \"%2\"").arg(code).arg(QString::fromUtf8(close.reason)));
        // A close other than the answer to ours right after the 101 is how a proxy tells a browser
        // why it refused (4404, 1014, ...): that is the probe's result.
        if (code == 1000 || code == 1005)
            finish(true, FailureReason::None, {}, 101);
        else
            finish(false, FailureReason::ClosedAfterUpgrade,
                   QStringLiteral("the server closed with %1 \"%2\" right after the upgrade")
                       .arg(code)
                       .arg(QString::fromUtf8(close.reason)),
                   code);
    }
}

void HandshakeProbe::onTimeout()
{
    if (m_upgraded) {
        notePhase(QStringLiteral("close"),
                  QStringLiteral("no close answer within %1 ms").arg(m_options.timeouts.drainMs));
        finish(true, FailureReason::None, {}, 101);
        return;
    }
    notePhase(QStringLiteral("upgrade"), QStringLiteral("no answer"));
    finish(false, FailureReason::UpgradeTimeout,
           QStringLiteral("the server did not answer the upgrade within %1 ms").arg(m_options.timeouts.upgradeMs), 504);
}

void HandshakeProbe::finish(bool ok, FailureReason failure, const QString& detail, int classifyAs)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_result.ok = ok;
    m_result.failure = failure;
    m_result.detail = SecretClassifier::redactedText(detail);
    m_result.classification = CloseCodeClassifier().classify(classifyAs);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    QMetaObject::invokeMethod(this, &HandshakeProbe::finished, Qt::QueuedConnection);
}

} // namespace airlock
