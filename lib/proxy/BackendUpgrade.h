#pragma once

#include "observe/FailureReason.h"
#include "proxy/ResponseHeadReader.h"
#include "ws/Handshake.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace airlock {

// The backend's answer to a WebSocket upgrade Airlock forwarded: its response heads within the route's
// upgrade time (interim ones are only reported), and a 101 checked against what was sent (key, offered
// subprotocols and extensions). It reads the backend socket and writes nothing; the socket stays its
// caller's. It ends once, with a signal after which it reads nothing more: switched() for a valid 101,
// refused() for a final answer that is not 101 (the caller passes it on), failed() with the status, reason
// id and detail to answer the client with. Its owner deletes it later, never inside those signals. Lives
// on the session's worker thread.
class BackendUpgrade : public QObject
{
    Q_OBJECT
public:
    BackendUpgrade(QTcpSocket* backend, const HttpHead& sentRequest, int timeoutMs, QObject* parent);

    void start();
    // Stops reading and the timer; no signal follows.
    void stop();

signals:
    void responseHeadReceived(const airlock::HttpHead& head); // each head from the backend, interim ones too
    void switched(const airlock::HttpHead& response, const airlock::Handshake::ResponseCheck& check,
                  const QByteArray& leftover);
    void refused(const airlock::HttpHead& response, const QByteArray& leftover);
    void failed(int status, FailureReason reason, const QString& detail);

private:
    void read();
    void onBackendReadFinished();
    void fail(int status, FailureReason reason, const QString& detail);

    QTcpSocket* m_backend;
    const QByteArray m_sentKey;
    const QByteArrayList m_sentProtocols;
    const QByteArrayList m_sentExtensions;
    const int m_timeoutMs;
    bool m_done = false;
    bool m_backendEof = false;
    ResponseHeadReader m_reader;
    QTimer m_timer; // the final answer within m_timeoutMs
};

} // namespace airlock
