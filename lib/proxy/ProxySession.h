#pragma once

#include "http/BodyFraming.h"
#include "http/HttpHeadParser.h"
#include "observe/HandshakeRecord.h"
#include "proxy/Pump.h"
#include "proxy/RouteTable.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;
class QSslSocket;

namespace airlock {

class ProxyContext;
class BackendDial;
class WebSocketTunnel;

// One client connection, from its first byte to its last: reads request heads, checks and routes them,
// dials the backend, and then either tunnels a WebSocket or forwards HTTP exchanges (keep-alive).
// It owns the client socket, the state, the record and the teardown (exactly once); the phases are done
// by objects that know nothing of it and answer with return values or signals:
//   RequestGate      admission and routing of a request head (pure)
//   AdminEndpoint    the answers of /_airlock/* (pure)
//   BackendDial      upstream proxy, TCP, CONNECT, TLS and their times; the request the backend gets
//   UpgradeAnswer    the 101 the client gets (pure)
//   WebSocketTunnel  the open WebSocket: both pumps, keepalive, idle, drain, who closed (also tcp:// bridges)
//   Refusal          what a refusal looks like, as HTTP or as a close code a browser can read (pure)
// Plain HTTP bodies and keep-alive are still forwarded here.
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
    // backend dial
    void onBackendConnected();
    void onBackendDialFailed(int status, FailureReason reason, const QString& detail);
    void noteDial();
    void dropDial();
    // backend leg
    void onBackendReadyRead();
    void onBackendBytesWritten();
    void onBackendReadFinished();
    void resumePumpInto(const Pump& pump, QTcpSocket* written);
    // timers
    void onHeadTimeout();
    void onAnswerTimeout();
    void onStallTimeout();
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

    void reject(int status, FailureReason reason, const QString& detail,
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
    BackendDial* m_dial = nullptr;
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

    QTimer m_headTimer;   // the client's request head must be complete within limits.headTimeoutMs
    QTimer m_answerTimer; // the backend's answer (101 or response head) within timeouts.upgradeMs
    QTimer m_stallTimer;  // a forwarded response body that stops for timeouts.idleMs
    QTimer m_lingerTimer; // bounds the lingering close of the client leg

    HandshakeRecord m_record;
    bool m_recordPosted = false;
    QList<QByteArray> m_secretNames;
};

} // namespace airlock
