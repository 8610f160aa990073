#include "TcpEchoBackend.h"

TcpEchoBackend::TcpEchoBackend(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpEchoBackend::onNewConnection);
}

bool TcpEchoBackend::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TcpEchoBackend::url() const
{
    return QUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(port()));
}

void TcpEchoBackend::closeLast()
{
    if (m_last)
        m_last->disconnectFromHost();
}

void TcpEchoBackend::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        ++m_connections;
        m_received.clear();
        m_peerClosed = false;
        m_lastPeerPort = socket->peerPort();
        m_last = socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (!m_reading)
                return;
            const QByteArray bytes = socket->readAll();
            if (socket == m_last)
                m_received += bytes;
            if (m_echo)
                socket->write(bytes);
            emit bytesReceived();
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket == m_last)
                m_peerClosed = true;
            socket->deleteLater();
            emit peerDisconnected();
        });
        if (!m_greeting.isEmpty())
            socket->write(m_greeting);
    }
}
