#include "proxy/BackendUpgrade.h"

#include <QTcpSocket>

namespace airlock {

BackendUpgrade::BackendUpgrade(QTcpSocket* backend, const HttpHead& sentRequest, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
    , m_sentKey(sentRequest.headers.value("Sec-WebSocket-Key"))
    , m_sentProtocols(Handshake::offeredSubprotocols(sentRequest.headers))
    , m_sentExtensions(Handshake::extensionNames(sentRequest.headers))
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(504, FailureReason::UpgradeTimeout,
             QStringLiteral("backend did not answer the upgrade within %1 ms").arg(m_timeoutMs));
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
    m_timer.start(m_timeoutMs);
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
            stop();
            emit refused(response, m_reader.takeLeftover());
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
        emit switched(response, check, m_reader.takeLeftover());
        return;
    }
}

void BackendUpgrade::fail(int status, FailureReason reason, const QString& detail)
{
    stop();
    emit failed(status, reason, detail);
}

} // namespace airlock
