#include "health/HealthProbe.h"

#include "tunnel/UpstreamConnector.h"
#include "tunnel/UpstreamTarget.h"
#include "ws/CloseCodeClassifier.h"
#include "ws/FrameBuilder.h"
#include "ws/Handshake.h"

#include <QTcpSocket>

#include <algorithm>

namespace airlock {

namespace {

constexpr int kBadGateway = 502;
constexpr int kGatewayTimeout = 504;
constexpr int kCloseLingerMs = 1000; // how long a closing socket may flush the close frame

bool isTimeout(UpstreamError error)
{
    return error == UpstreamError::ConnectTimeout || error == UpstreamError::ProxyTimeout ||
           error == UpstreamError::TlsTimeout;
}

} // namespace

HealthProbe::HealthProbe(const RouteConfig& route, const QProcessEnvironment& environment, QObject* parent)
    : QObject(parent)
    , m_route(route)
    , m_environment(environment)
{
    qRegisterMetaType<airlock::HealthResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(FailureReason::Timeout, QStringLiteral("no result within %1 ms").arg(m_route.health.timeoutMs), 0,
             kGatewayTimeout);
    });
}

HealthProbe::~HealthProbe()
{
    releaseSocket();
}

QByteArray HealthProbe::requestTarget(const RouteConfig& route)
{
    if (!route.health.path.isEmpty())
        return route.health.path.toLatin1();
    QByteArray target = route.backend.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (route.backend.hasQuery())
        target += '?' + route.backend.query(QUrl::FullyEncoded).toLatin1();
    return target;
}

void HealthProbe::start()
{
    m_clock.start();
    m_timer.start(std::max(1, m_route.health.timeoutMs));
    // Phases keep the route's bounds; m_timer bounds the whole check, so a phase longer than
    // timeoutMs ends as "timeout".
    QString error;
    const UpstreamTarget target = UpstreamTarget::forRoute(m_route, m_environment, &error);
    if (!error.isEmpty()) {
        // Reported from the event loop, so finished() never fires inside start().
        QMetaObject::invokeMethod(
            this, [this, error] { fail(FailureReason::ProxyConfig, error, 0, kBadGateway); }, Qt::QueuedConnection);
        return;
    }
    m_connector = new UpstreamConnector(target, this);
    connect(m_connector, &UpstreamConnector::connected, this, &HealthProbe::onConnected);
    connect(m_connector, &UpstreamConnector::failed, this, &HealthProbe::onFailed);
    m_connector->start();
}

void HealthProbe::onConnected()
{
    if (m_finished)
        return;
    m_socket = m_connector->takeSocket();
    m_socket->setParent(this);
    if (m_route.health.kind == HealthConfig::Kind::Tcp || m_route.health.kind == HealthConfig::Kind::Tls) {
        succeed();
        return;
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &HealthProbe::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HealthProbe::onDisconnected);
    sendRequest();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void HealthProbe::onFailed(UpstreamError error, const QString& detail)
{
    fail(toFailureReason(error), detail, 0, isTimeout(error) ? kGatewayTimeout : kBadGateway);
}

void HealthProbe::sendRequest()
{
    const bool ws = m_route.health.kind == HealthConfig::Kind::Ws;
    HttpHead request;
    request.method = "GET";
    request.target = requestTarget(m_route);
    request.headers.append("Host", UpstreamTarget::hostAuthority(m_route.backend, m_route.backendIsTls()));
    request.headers.append("User-Agent", "airlock-health");
    for (const InjectedHeader& header : m_route.injectHeaders)
        request.headers.append(header.name, header.value);
    if (ws) {
        m_key = Handshake::generateClientKey();
        request.headers.append("Connection", "Upgrade");
        request.headers.append("Upgrade", "websocket");
        request.headers.append("Sec-WebSocket-Version", "13");
        request.headers.append("Sec-WebSocket-Key", m_key);
    } else {
        request.headers.append("Connection", "close");
    }
    m_socket->write(request.serialize());
}

void HealthProbe::onReadyRead()
{
    if (m_finished || !m_socket)
        return;
    const bool ws = m_route.health.kind == HealthConfig::Kind::Ws;
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    m_socket->skip(m_parser.feed(data));
    if (m_parser.hasError()) {
        fail(ws ? FailureReason::BadUpgrade : FailureReason::BadStatus,
             QStringLiteral("unreadable answer: ") + m_parser.errorDetail(), 0, kBadGateway);
        return;
    }
    if (!m_parser.isComplete())
        return;
    const HttpHead& head = m_parser.head();
    if (!ws) {
        if (head.status >= 200 && head.status <= 299)
            succeed();
        else
            fail(FailureReason::BadStatus,
                 QStringLiteral("backend answered %1 %2").arg(head.status).arg(QString::fromLatin1(head.reason)),
                 head.status, head.status);
        return;
    }
    if (head.status != 101) {
        fail(FailureReason::BadStatus,
             QStringLiteral("backend answered %1 %2 to the upgrade")
                 .arg(head.status)
                 .arg(QString::fromLatin1(head.reason)),
             head.status, head.status);
        return;
    }
    const Handshake::ResponseCheck check = Handshake::checkResponse(head, m_key, {}, {});
    if (!check.ok) {
        fail(FailureReason::BadUpgrade, check.detail, 101, kBadGateway);
        return;
    }
    m_socket->write(FrameBuilder::closeFrame(1000, "health check", true));
    succeed();
}

void HealthProbe::onDisconnected()
{
    if (m_finished)
        return;
    const bool ws = m_route.health.kind == HealthConfig::Kind::Ws;
    fail(ws ? FailureReason::BadUpgrade : FailureReason::BadStatus,
         QStringLiteral("backend closed the connection before answering"), 0, kBadGateway);
}

void HealthProbe::succeed()
{
    m_result.ok = true;
    m_result.latencyMs = m_clock.elapsed();
    finish();
}

void HealthProbe::fail(FailureReason error, const QString& detail, int status, int classifyAs)
{
    if (m_finished)
        return;
    m_result.ok = false;
    m_result.latencyMs = m_clock.elapsed();
    m_result.error = error;
    m_result.detail = detail;
    m_result.status = status;
    m_result.classification = CloseCodeClassifier(m_route.closeCodes).classify(classifyAs);
    finish();
}

void HealthProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_connector) {
        m_connector->disconnect(this);
        m_connector->deleteLater();
        m_connector = nullptr;
    }
    releaseSocket();
    emit finished(m_result);
}

void HealthProbe::releaseSocket()
{
    if (!m_socket)
        return;
    QTcpSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    // Let a pending close frame or request reach the backend instead of resetting the connection.
    socket->setParent(nullptr);
    if (socket->state() == QAbstractSocket::ConnectedState) {
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kCloseLingerMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->disconnectFromHost();
        return;
    }
    socket->abort();
    socket->deleteLater();
}

} // namespace airlock
