#include "proxy/QtSocketLeg.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace airlock {

QtSocketLeg::QtSocketLeg(QTcpSocket* socket, bool forwardSignals, bool owning, QObject* parent)
    : StreamLeg(parent)
    , m_socket(socket)
{
    if (owning)
        m_socket->setParent(this);
    if (!forwardSignals)
        return;
    connect(m_socket, &QTcpSocket::readyRead, this, &StreamLeg::readyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &StreamLeg::bytesWritten);
    connect(m_socket, &QTcpSocket::readChannelFinished, this, &StreamLeg::readChannelFinished);
    connect(m_socket, &QTcpSocket::disconnected, this, &StreamLeg::disconnected);
}

qint64 QtSocketLeg::read(char* data, qint64 maxSize)
{
    const qint64 got = m_socket->read(data, maxSize);
    return got < 0 ? 0 : got;
}

qint64 QtSocketLeg::bytesAvailable() const
{
    return m_socket->bytesAvailable();
}

void QtSocketLeg::discardInput()
{
    m_socket->skip(m_socket->bytesAvailable());
}

void QtSocketLeg::write(const char* data, qint64 size)
{
    m_socket->write(data, size);
}

qint64 QtSocketLeg::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void QtSocketLeg::flush()
{
    m_socket->flush();
}

void QtSocketLeg::disconnectFromHost()
{
    m_socket->disconnectFromHost();
}

void QtSocketLeg::abort()
{
    m_socket->abort();
}

void QtSocketLeg::shutdownWrite()
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

bool QtSocketLeg::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool QtSocketLeg::isClosed() const
{
    return m_socket->state() == QAbstractSocket::UnconnectedState;
}

} // namespace airlock
