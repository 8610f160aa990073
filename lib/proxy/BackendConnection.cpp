#include "proxy/BackendConnection.h"

#include "proxy/Pump.h"

#include <QTcpSocket>

namespace airlock {

BackendConnection::BackendConnection(QTcpSocket* socket, int route, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_route(route)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(Pump::readChunk);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_parked)
            drop();
    });
    connect(m_socket, &QTcpSocket::readChannelFinished, this, &BackendConnection::onReadFinished);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_ended)
            onReadFinished();
    });
}

bool BackendConnection::reusableFor(int route) const
{
    return m_socket && m_route == route && m_socket->state() == QAbstractSocket::ConnectedState && !m_ended;
}

QTcpSocket* BackendConnection::take()
{
    QTcpSocket* socket = std::exchange(m_socket, nullptr);
    if (socket) {
        socket->disconnect(this);
        socket->setParent(nullptr);
    }
    return socket;
}

void BackendConnection::stop()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
}

void BackendConnection::onReadFinished()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_parked)
        drop();
}

// This may run inside one of the socket's signals: the socket goes once control is back in the event loop.
void BackendConnection::drop()
{
    stop();
    std::exchange(m_socket, nullptr)->deleteLater();
}

} // namespace airlock
