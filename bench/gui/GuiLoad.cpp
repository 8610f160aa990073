#include "GuiLoad.h"

#include "ClientConnection.h"

#include <QDeadlineTimer>

namespace airlock::bench {

namespace {
constexpr int sendTicksPerSecond = 10;
constexpr int churnTicksPerSecond = 50;
} // namespace

GuiLoad::GuiLoad(quint16 proxyPort, int sessions, int handshakesPerSecond, QObject* parent)
    : QObject(parent)
    , m_port(proxyPort)
    , m_sessions(sessions)
    , m_handshakesPerSecond(handshakesPerSecond)
    , m_sendTimer(this) // children, so moveToThread() takes them along
    , m_churnTimer(this)
{
    m_sendTimer.setInterval(1000 / sendTicksPerSecond);
    m_churnTimer.setInterval(1000 / churnTicksPerSecond);
    connect(&m_sendTimer, &QTimer::timeout, this, &GuiLoad::sendTick);
    connect(&m_churnTimer, &QTimer::timeout, this, &GuiLoad::churnTick);
}

void GuiLoad::start()
{
    // A few at a time, so the ramp is not one burst of connects.
    for (int i = 0; i < qMin(m_sessions, 32); ++i)
        openSession();
}

void GuiLoad::openSession()
{
    if (m_stopped || m_open.size() >= m_sessions)
        return;
    auto* client = ClientConnection::create(ClientConnection::Kind::Raw, this);
    m_open.append(client);
    client->setMessage(QByteArray(128, 'x'));
    connect(client, &ClientConnection::opened, this, [this, client] {
        emit sessionOpened(client->localPort(), QDeadlineTimer::current().deadline());
        if (++m_opened == m_sessions)
            emit ready();
        openSession();
    });
    connect(client, &ClientConnection::failed, this, &GuiLoad::failed);
    client->open(m_port, "/echo");
}

void GuiLoad::startTraffic()
{
    m_sendTimer.start();
    m_churnTimer.start();
}

// Each tick sends one message on a tenth of the sessions: one message per session per second.
void GuiLoad::sendTick()
{
    const int count = (m_open.size() + sendTicksPerSecond - 1) / sendTicksPerSecond;
    for (int i = 0; i < count && !m_open.isEmpty(); ++i) {
        ClientConnection* client = m_open.at(m_sendCursor++ % m_open.size());
        if (client->isOpen()) {
            client->send(1);
            ++m_messagesSent;
        }
    }
}

void GuiLoad::churnTick()
{
    const int perTick = qMax(1, m_handshakesPerSecond / churnTicksPerSecond);
    for (int i = 0; i < perTick; ++i) {
        auto* client = ClientConnection::create(ClientConnection::Kind::Raw, this);
        connect(client, &ClientConnection::opened, client, &ClientConnection::close);
        connect(client, &ClientConnection::closed, this, [this, client] {
            ++m_handshakesDone;
            client->deleteLater();
        });
        client->open(m_port, "/echo?churn");
    }
}

void GuiLoad::stop()
{
    m_stopped = true;
    m_sendTimer.stop();
    m_churnTimer.stop();
    for (ClientConnection* client : std::as_const(m_open))
        client->abort();
}

} // namespace airlock::bench
