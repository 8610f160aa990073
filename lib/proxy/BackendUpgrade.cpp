#include "proxy/BackendUpgrade.h"

#include "http/BodyFraming.h"
#include "proxy/Refusal.h"

#include <QTcpSocket>

namespace airlock {

BackendUpgrade::BackendUpgrade(QTcpSocket* backend, const HttpHead& sentRequest, const HttpHead& clientRequest,
                               const RouteConfig& route, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
    , m_sentKey(sentRequest.headers.value("Sec-WebSocket-Key"))
    , m_sentProtocols(Handshake::offeredSubprotocols(sentRequest.headers))
    , m_sentExtensions(Handshake::extensionNames(sentRequest.headers))
    , m_route(route)
    , m_clientKey(clientRequest.headers.value("Sec-WebSocket-Key"))
    , m_clientProtocols(Handshake::offeredSubprotocols(clientRequest.headers))
    , m_clientMethod(clientRequest.method)
    , m_visibleRefusal(Refusal::canCloseVisibly(clientRequest, route.browserVisibleErrors))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(504, FailureReason::UpgradeTimeout,
             QStringLiteral("backend did not answer the upgrade within %1 ms").arg(m_route.timeouts.upgradeMs));
    });
}

void BackendUpgrade::start()
{
    connect(m_backend, &QTcpSocket::readyRead, this, &BackendUpgrade::read);
    connect(m_backend, &QTcpSocket::readChannelFinished, this, &BackendUpgrade::onBackendReadFinished);
    connect(m_backend, &QTcpSocket::disconnected, this, [this] {
        if (!m_backendEof)
            onBackendReadFinished();
    });
    m_timer.start(m_route.timeouts.upgradeMs);
}

void BackendUpgrade::stop()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_backend->disconnect(this);
}

void BackendUpgrade::onBackendReadFinished()
{
    if (m_backendEof)
        return;
    m_backendEof = true;
    read();
    if (!m_done)
        fail(502, FailureReason::BackendClosed,
             QStringLiteral("backend closed the connection before answering the upgrade"));
}

void BackendUpgrade::read()
{
    while (!m_done) {
        const ResponseHeadReader::Result result = m_reader.read(*m_backend);
        if (result == ResponseHeadReader::Result::NeedMore)
            return;
        if (result == ResponseHeadReader::Result::Error) {
            fail(502, FailureReason::BadBackendResponse, m_reader.errorDetail());
            return;
        }
        const HttpHead response = m_reader.takeHead();
        emit responseHeadReceived(response);
        if (result == ResponseHeadReader::Result::Interim)
            continue; // the client waits for the final answer
        if (response.status != 101) {
            refuse(response);
            return;
        }
        const Handshake::ResponseCheck check =
            Handshake::checkResponse(response, m_sentKey, m_sentProtocols, m_sentExtensions);
        if (!check.ok) {
            fail(502, FailureReason::BadBackendUpgrade,
                 QStringLiteral("backend's 101 answer is not valid: ") + check.detail);
            return;
        }
        stop();
        emit switched(UpgradeAnswer::forBackend(response, check.subprotocol, check.extensions, m_route,
                                                m_clientProtocols, m_clientKey),
                      m_reader.takeLeftover());
        return;
    }
}

// A browser learns the status as 4000 + status; other clients get the backend's answer forwarded (a
// malformed one fails in the exchange that forwards it, before anything reaches the client).
void BackendUpgrade::refuse(const HttpHead& response)
{
    stop();
    const QString answered = QStringLiteral("%1 %2").arg(response.status).arg(QString::fromLatin1(response.reason));
    if (m_visibleRefusal && BodyFraming::forResponse(response, m_clientMethod).kind != BodyFraming::Kind::Invalid) {
        emit refusedWithClose(Refusal::refusedUpgradeCode(response.status),
                              QStringLiteral("backend answered ") + answered);
        return;
    }
    emit refused(response, m_reader.takeLeftover(), QStringLiteral("backend answered the upgrade with ") + answered);
}

void BackendUpgrade::fail(int status, FailureReason reason, const QString& detail)
{
    stop();
    emit failed(status, reason, detail);
}

} // namespace airlock
