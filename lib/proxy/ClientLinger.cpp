#include "proxy/ClientLinger.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace airlock {

ClientLinger::ClientLinger(QTcpSocket* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(DeadlineQueue::forCurrentThread(), [this] {
        m_client->abort();
        finish();
    })
{}

void ClientLinger::start()
{
    connect(m_client, &QTcpSocket::readyRead, this, [this] { m_client->skip(m_client->bytesAvailable()); });
    connect(m_client, &QTcpSocket::bytesWritten, this, &ClientLinger::onBytesWritten);
    connect(m_client, &QTcpSocket::readChannelFinished, this, &ClientLinger::finish);
    connect(m_client, &QTcpSocket::disconnected, this, &ClientLinger::finish);
    m_timer.start(lingerMs);
    m_client->flush();
    if (m_done)
        return;
    if (m_client->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    if (m_client->bytesToWrite() == 0)
        ::shutdown(int(m_client->socketDescriptor()), SHUT_WR);
    m_client->skip(m_client->bytesAvailable());
}

void ClientLinger::stop()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_client->disconnect(this);
}

// The answer is out: our side closes, the client's may stay open until it has read everything.
void ClientLinger::onBytesWritten()
{
    if (m_client->bytesToWrite() == 0 && m_client->state() == QAbstractSocket::ConnectedState)
        ::shutdown(int(m_client->socketDescriptor()), SHUT_WR);
}

void ClientLinger::finish()
{
    if (m_done)
        return;
    stop();
    emit finished();
}

} // namespace airlock
