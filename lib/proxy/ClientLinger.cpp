#include "proxy/ClientLinger.h"

#include "proxy/QtSocketLeg.h"

namespace airlock {

ClientLinger::ClientLinger(QTcpSocket* client, QObject* parent)
    : ClientLinger(static_cast<StreamLeg*>(nullptr), parent)
{
    m_client = new QtSocketLeg(client, true, false, this);
}

ClientLinger::ClientLinger(StreamLeg* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(DeadlineQueue::forCurrentThread(), [this] {
        m_client->abort();
        finish();
    })
{}

void ClientLinger::start()
{
    connect(m_client, &StreamLeg::readyRead, this, [this] { m_client->discardInput(); });
    connect(m_client, &StreamLeg::bytesWritten, this, &ClientLinger::onBytesWritten);
    connect(m_client, &StreamLeg::readChannelFinished, this, &ClientLinger::finish);
    connect(m_client, &StreamLeg::disconnected, this, &ClientLinger::finish);
    m_timer.start(lingerMs);
    m_client->flush();
    if (m_done)
        return;
    if (!m_client->isConnected()) {
        finish();
        return;
    }
    if (m_client->bytesToWrite() == 0)
        m_client->shutdownWrite();
    m_client->discardInput();
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
    if (m_client->bytesToWrite() == 0 && m_client->isConnected())
        m_client->shutdownWrite();
}

void ClientLinger::finish()
{
    if (m_done)
        return;
    stop();
    emit finished();
}

} // namespace airlock
