#include "QtClientConnection.h"

#include <QUrl>
#include <QWebSocketHandshakeOptions>

namespace airlock::bench {

QtClientConnection::QtClientConnection(QObject* parent)
    : ClientConnection(parent)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_selectedSubprotocol = m_socket.subprotocol().toLatin1();
        m_open = true;
        emit opened();
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray& message) { emit received(1, message.size()); });
    connect(&m_socket, &QWebSocket::disconnected, this, &QtClientConnection::onDisconnected);
    // Qt 6.4 has no QWebSocket::errorOccurred yet.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::RemoteHostClosedError && m_closing)
                    return;
                if (!m_failed && !m_finished) {
                    m_failed = true;
                    emit failed(m_socket.errorString());
                }
                if (m_socket.state() == QAbstractSocket::UnconnectedState)
                    finish();
            });
}

void QtClientConnection::open(quint16 port, const QByteArray& path)
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QString::fromLatin1(path));
    QWebSocketHandshakeOptions options;
    if (!m_subprotocol.isEmpty())
        options.setSubprotocols({QString::fromLatin1(m_subprotocol)});
    m_socket.open(url, options);
}

void QtClientConnection::send(int count)
{
    if (!m_open || m_closing)
        return;
    for (int i = 0; i < count; ++i)
        m_socket.sendBinaryMessage(m_payload);
    m_socket.flush();
}

void QtClientConnection::close()
{
    if (m_finished)
        return;
    m_closing = true;
    m_socket.close();
}

void QtClientConnection::abort()
{
    if (m_finished)
        return;
    m_closing = true;
    m_socket.abort();
    finish();
}

void QtClientConnection::onDisconnected()
{
    if (!m_closing && !m_failed) {
        m_failed = true;
        emit failed(QStringLiteral("connection closed without a close frame"));
    }
    finish();
}

} // namespace airlock::bench
