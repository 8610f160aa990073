#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <memory>

class QTcpSocket;

// Many raw WebSocket client sessions to one proxy route, for soak tests: opens them with a bounded
// number of handshakes in flight, keeps each session's close frame (code, reason, when it arrived),
// answers the server's close as a browser does, and echoes nothing. Cheap enough for thousands.
class SessionCrowd : public QObject
{
    Q_OBJECT
public:
    struct Session
    {
        QTcpSocket* socket = nullptr;
        quint16 localPort = 0; // kept after the connection ends
        QByteArray buffer;     // bytes after the response head, not yet parsed
        bool upgraded = false;
        bool failed = false; // connect failed or the answer was not 101
        QByteArray answer;   // the response head (when it was not 101, for messages)
        bool closeSent = false;
        bool closeReceived = false;
        quint16 closeCode = 0;
        QByteArray closeReason;
        qint64 closeAtMs = -1; // on clock(), when the close frame arrived
        bool disconnected = false;
        QList<QByteArray> messages; // data message payloads (unfragmented frames only)
    };

    SessionCrowd(quint16 port, const QByteArray& path, QObject* parent = nullptr);
    ~SessionCrowd() override;

    // Starts count more sessions; at most inFlight handshakes run at once.
    void open(int count, int inFlight = 100);
    // Waits (events running) until every session started so far has its answer; true when all are 101.
    bool waitUpgraded(int timeoutMs);
    // Waits until every session's connection has ended.
    bool waitDisconnected(int timeoutMs);

    int size() const { return int(m_sessions.size()); }
    int upgraded() const;
    int failed() const;
    int closesReceived() const;
    int disconnected() const;
    const Session& session(int i) const { return *m_sessions.at(i); }
    // A short description of the first failed session, for messages.
    QString firstFailure() const;

    // Masked frames from session i.
    void sendText(int i, const QByteArray& payload);
    // Ends every session from the client side: even ones with a close frame (1000), odd ones by dropping
    // the TCP connection without one.
    void closeAll();
    // Deletes every session (call after waitDisconnected).
    void clear();

    const QElapsedTimer& clock() const { return m_clock; }

private:
    void startNext();
    void onConnected(Session* session);
    void onReadyRead(Session* session);
    void onDisconnected(Session* session);
    void finishHandshake();

    quint16 m_port;
    QByteArray m_request;
    QList<Session*> m_sessions;
    int m_started = 0; // sessions whose connection was started; the rest wait for a free slot
    int m_inFlight = 0;
    int m_maxInFlight = 100;
    QElapsedTimer m_clock;
};
