#pragma once

#include "http/BodyFraming.h"
#include "http/HttpHeadParser.h"
#include "observe/HandshakeRecord.h"
#include "proxy/Pump.h"
#include "proxy/RouteTable.h"
#include "tunnel/UpstreamError.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;
class QSslSocket;

namespace airlock {

class ProxyContext;
class UpstreamConnector;
class WebSocketTunnel;

// One client connection, from its first byte to its last: reads request heads, checks and routes them,
// dials the backend, and then either tunnels a WebSocket or forwards HTTP exchanges (keep-alive).
// Lives on a worker thread; everything it does is driven by that thread's event loop.
class ProxySession : public QObject
{
    Q_OBJECT
public:
    enum class State { ReadingHead, Dialing, Upgrading, Tunnelling, Requesting, Draining, Closed };
    Q_ENUM(State)

    ProxySession(std::shared_ptr<ProxyContext> context, qintptr descriptor, QObject* parent = nullptr);
    ~ProxySession() override;

    // Adopts the descriptor; `refuseStatus` != 0 answers that status at once (session limit).
    void start(int refuseStatus = 0);
    // Graceful stop: WebSocket sessions close with 1001, idle HTTP connections close.
    void shutdown();
    // Immediate end (shutdown grace over): the record is still written.
    void abort();
    State state() const { return m_state; }
    quint64 id() const { return m_record.sessionId; }

signals:
    void finished();

private:
    void setState(State state);

    // client leg
    void onClientReadyRead();
    void onClientBytesWritten();
    void onClientReadFinished();
    void onClientDisconnected();
    // upstream connector
    void onUpstreamConnected();
    void onUpstreamFailed(UpstreamError error, const QString& detail);
    // backend leg
    void onBackendReadyRead();
    void onBackendBytesWritten();
    void onBackendReadFinished();
    void resumePumpInto(const Pump& pump, QTcpSocket* written);
    // timers
    void onHeadTimeout();
    void onPhaseTimeout();
    void onLingerTimeout();

    void processRequestHead();
    void serveAdmin();
    void dialBackend();
    void sendBackendRequest();
    void readBackendResponseHead();
    void answerUpgrade(const HttpHead& response, QByteArray leftover);
    void enterTunnel(bool deflateNegotiated, const QByteArray& backendInput);
    void onTunnelEnded();
    // tcp:// routes: Airlock ends the WebSocket itself and carries its payload over the TCP connection.
    void startBridge();
    void forwardResponseHead(HttpHead response, QByteArray leftover);
    void pumpHttp();
    void pumpHttpOnce();
    void finishExchange();

    void reject(int status, const QString& reason, const QString& detail,
                HandshakeRecord::Outcome outcome = HandshakeRecord::Outcome::Rejected);
    bool canCloseVisibly() const;
    void answerWithClose(quint16 code, const QString& detail, HandshakeRecord::Outcome outcome);
    void lingerCloseClient();
    void finishRecord(HandshakeRecord::Outcome outcome);
    void classifyRecord();
    void resetForNextRequest();
    void closeBackend();
    void teardown();

    std::shared_ptr<ProxyContext> m_context;
    qintptr m_descriptor;
    State m_state = State::ReadingHead;
    QTcpSocket* m_client = nullptr;
    QSslSocket* m_backend = nullptr; // until a tunnel takes it
    UpstreamConnector* m_connector = nullptr;
    WebSocketTunnel* m_tunnel = nullptr;
    int m_backendRoute = -1; // route the kept-alive backend connection belongs to

    HttpHeadParser m_requestParser;
    HttpHeadParser m_responseParser;
    QByteArray m_clientInput;  // client bytes read but not yet parsed or forwarded
    QByteArray m_backendInput; // backend bytes read while waiting for a complete response head
    HttpHead m_request;
    RouteMatch m_match;
    bool m_isUpgrade = false;
    bool m_clientKeepAlive = false;
    bool m_backendKeepAlive = false;
    bool m_responseStarted = false;
    bool m_counted = false;
    bool m_tunnelCounted = false;
    BodyFraming m_requestFraming;
    BodyFraming m_responseFraming;
    bool m_bridge = false;             // the route is a tcp:// bridge
    QByteArray m_bridgeProtocol;       // the subprotocol a bridge answers the client with
    QByteArrayList m_offeredProtocols; // client's offer
    QByteArrayList m_sentProtocols;    // what went to the backend
    QByteArray m_sentKey;
    QByteArrayList m_sentExtensions;

    Pump m_up;   // client -> backend (HTTP bodies)
    Pump m_down; // backend -> client (HTTP bodies)
    bool m_clientEof = false;
    bool m_backendEof = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;

    QTimer m_headTimer;
    QTimer m_phaseTimer;
    QTimer m_lingerTimer; // bounds the lingering close of the client leg
    QString m_phaseTimeoutReason;
    QString m_phaseTimeoutDetail;

    HandshakeRecord m_record;
    bool m_recordPosted = false;
    QList<QByteArray> m_secretNames;
};

} // namespace airlock
