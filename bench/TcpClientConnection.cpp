#include "TcpClientConnection.h"

#include <QHostAddress>

namespace airlock::bench {

namespace {
QByteArray& scratchBuffer()
{
    thread_local QByteArray buffer(256 * 1024, Qt::Uninitialized);
    return buffer;
}
} // namespace

TcpClientConnection::TcpClientConnection(QObject* parent)
    : ClientConnection(parent)
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_open = true;
        emit opened();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &TcpClientConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::bytesWritten, this, &TcpClientConnection::wrote);
    connect(&m_socket, &QTcpSocket::disconnected, this, &TcpClientConnection::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &TcpClientConnection::onError);
}

void TcpClientConnection::open(quint16 port, const QByteArray&)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void TcpClientConnection::setMessage(const QByteArray& payload)
{
    m_message = payload;
    m_repeated = payload;
}

void TcpClientConnection::send(int count)
{
    if (!m_open || m_closing || count <= 0)
        return;
    while (m_repeated.size() < count * m_message.size()) {
        const QByteArray copy = m_repeated;
        m_repeated += copy;
    }
    m_socket.write(m_repeated.constData(), count * m_message.size());
    m_socket.flush();
}

void TcpClientConnection::close()
{
    if (m_finished)
        return;
    if (!m_open) {
        abort();
        return;
    }
    m_closing = true;
    m_socket.disconnectFromHost();
}

void TcpClientConnection::abort()
{
    if (m_finished)
        return;
    m_closing = true;
    m_socket.abort();
    finish();
}

void TcpClientConnection::onReadyRead()
{
    QByteArray& buffer = scratchBuffer();
    int reads = 0;
    qint64 bytes = 0;
    for (;;) {
        const qint64 got = m_socket.read(buffer.data(), buffer.size());
        if (got <= 0)
            break;
        ++reads;
        bytes += got;
    }
    if (reads > 0 && !m_closing)
        emit received(reads, bytes);
}

void TcpClientConnection::onDisconnected()
{
    if (!m_closing && !m_failed) {
        m_failed = true;
        emit failed(QStringLiteral("the TCP echo closed the connection"));
    }
    finish();
}

void TcpClientConnection::onError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() follows and judges it
    if (!m_failed && !m_closing) {
        m_failed = true;
        emit failed(m_socket.errorString());
    }
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        finish();
}

} // namespace airlock::bench
