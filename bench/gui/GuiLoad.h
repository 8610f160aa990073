#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace airlock::bench {

class ClientConnection;

// The load the desktop app's benchmark feeds the window with, on a thread of its own: `sessions` WebSocket
// sessions kept open, each sending one small message per second, plus `handshakesPerSecond` short sessions
// (open, then close at once) for the handshake log. Every loop is bounded by the caller's duration.
class GuiLoad : public QObject
{
    Q_OBJECT
public:
    GuiLoad(quint16 proxyPort, int sessions, int handshakesPerSecond, QObject* parent = nullptr);

    // Opens the long sessions; ready() follows once all are open.
    void start();
    // Starts the per-second messages and the handshake churn.
    void startTraffic();
    void stop();

    qint64 handshakesDone() const { return m_handshakesDone; }
    qint64 messagesSent() const { return m_messagesSent; }

signals:
    // A long session is open; its client port and when (QDeadlineTimer::current().deadline()).
    void sessionOpened(quint16 clientPort, qint64 openedAtMs);
    void ready();
    void failed(const QString& detail);

private:
    void openSession();
    void sendTick();
    void churnTick();

    quint16 m_port;
    int m_sessions;
    int m_handshakesPerSecond;
    QList<ClientConnection*> m_open;
    int m_opened = 0;
    QTimer m_sendTimer;
    QTimer m_churnTimer;
    int m_sendCursor = 0;
    qint64 m_handshakesDone = 0;
    qint64 m_messagesSent = 0;
    bool m_stopped = false;
};

} // namespace airlock::bench
