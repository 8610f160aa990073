#include "TcpEchoServer.h"

#include <QTcpSocket>

namespace airlock::bench {

namespace {
// Connections of one thread share their read buffer.
QByteArray& scratchBuffer()
{
    thread_local QByteArray buffer(TcpEchoServer::ReadChunk, Qt::Uninitialized);
    return buffer;
}
} // namespace

TcpEchoServer::TcpEchoServer(QObject* parent)
    : QObject(parent)
{
    m_server.setMaxPendingConnections(1024);
    m_server.setListenBacklogSize(1024);
    connect(&m_server, &QTcpServer::newConnection, this, &TcpEchoServer::onNewConnection);
}

bool TcpEchoServer::listen(quint16 port, QString* error)
{
    if (m_server.listen(QHostAddress::LocalHost, port))
        return true;
    *error = m_server.errorString();
    return false;
}

void TcpEchoServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setReadBufferSize(ReadChunk);
        connect(socket, &QTcpSocket::readyRead, this, [socket] { echo(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [socket] {
            if (socket->bytesAvailable() > 0 && socket->bytesToWrite() < HighWatermark / 2)
                echo(socket);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            echo(socket);
    }
}

void TcpEchoServer::echo(QTcpSocket* socket)
{
    QByteArray& buffer = scratchBuffer();
    while (socket->bytesToWrite() < HighWatermark) {
        const qint64 got = socket->read(buffer.data(), buffer.size());
        if (got <= 0)
            break;
        socket->write(buffer.constData(), got);
    }
    socket->flush();
}

} // namespace airlock::bench
