#pragma once

#include "config/Config.h"
#include "observe/FailureReason.h"
#include "proxy/ResponseHeadReader.h"
#include "proxy/UpgradeAnswer.h"
#include "ws/Handshake.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace airlock {

// The backend's answer to a WebSocket upgrade Airlock forwarded: its response heads within the route's
// upgrade time (interim ones are only reported), and a 101 checked against what was sent (key, offered
// subprotocols and extensions). It reads the backend socket and writes nothing; the socket stays its
// caller's. It ends once, with a signal after which it reads nothing more: switched() with the 101 the
// client gets, refusedWithClose() when the backend refused and a browser may learn it as a close code
// (4000 + status), refused() for a refusal to pass on as it is, failed() with the status, reason id and
// detail to answer the client with. Its owner deletes it later, never inside those signals. Lives
// on the session's worker thread.
class BackendUpgrade : public QObject
{
    Q_OBJECT
public:
    // clientRequest: the upgrade as the client sent it; route: its route, which outlives this object.
    BackendUpgrade(QTcpSocket* backend, const HttpHead& sentRequest, const HttpHead& clientRequest,
                   const RouteConfig& route, QObject* parent);

    void start();
    // Stops reading and the timer; no signal follows.
    void stop();

signals:
    void responseHeadReceived(const airlock::HttpHead& head); // each head from the backend, interim ones too
    void switched(const airlock::UpgradeAnswer& answer, const QByteArray& leftover);
    void refusedWithClose(quint16 code, const QString& detail);
    void refused(const airlock::HttpHead& response, const QByteArray& leftover, const QString& detail);
    void failed(int status, FailureReason reason, const QString& detail);

private:
    void read();
    void onBackendReadFinished();
    void fail(int status, FailureReason reason, const QString& detail);
    void refuse(const HttpHead& response);

    QTcpSocket* m_backend;
    const QByteArray m_sentKey;
    const QByteArrayList m_sentProtocols;
    const QByteArrayList m_sentExtensions;
    const RouteConfig& m_route;
    const QByteArray m_clientKey;
    const QByteArrayList m_clientProtocols;
    const QByteArray m_clientMethod;
    const bool m_visibleRefusal; // a browser's upgrade on a route with browserVisibleErrors
    bool m_done = false;
    bool m_backendEof = false;
    ResponseHeadReader m_reader;
    QTimer m_timer; // the final answer within m_timeoutMs
};

} // namespace airlock
