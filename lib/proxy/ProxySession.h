#pragma once

#include "http/BodyFraming.h"
#include "http/HttpHead.h"
#include "observe/RequestRecord.h"
#include "observe/SessionSnapshot.h"
#include "proxy/HttpExchange.h"
#include "proxy/PeerUser.h"
#include "proxy/RequestGate.h"
#include "proxy/RouteTable.h"
#include "proxy/SessionFacts.h"
#include "proxy/SessionStates.h"
#include "ws/Handshake.h"

#include <QObject>

#include <memory>

class QTcpSocket;

namespace airlock {

class ProxyContext;
class BackendConnection;
class BackendDial;
class BackendUpgrade;
class ClientLinger;
class RequestHeadReader;
class WebSocketTunnel;
struct UpgradeAnswer;

// One client connection, from its first byte to its last: reads request heads, checks and routes them,
// dials the backend, and then either tunnels a WebSocket or forwards HTTP exchanges (keep-alive).
// It owns the client socket, the state, the record and the teardown (exactly once); the phases are done by
// objects that know nothing of it and answer with return values or signals, and that it deletes later, never
// inside their signals:
//   RequestHeadReader  the request head within limits.headTimeoutMs, parsed, with the bytes after it
//   RequestGate        admission and routing of a request head (pure)
//   AdminEndpoint      the answers of /_airlock/* (pure)
//   BackendDial        upstream proxy, TCP, CONNECT, TLS and their times; the request the backend gets
//   BackendConnection  the backend socket from the dial until a tunnel takes it, kept alive between exchanges
//   BackendUpgrade     the backend's answer to a forwarded upgrade within timeouts.upgradeMs: a 101 or a refusal
//   UpgradeAnswer      the 101 the client gets (pure)
//   WebSocketTunnel    the open WebSocket: both pumps, keepalive, idle, drain, who closed (also tcp:// bridges)
//   HttpExchange       one forwarded HTTP exchange: both bodies, the response head, response and stall timers
//   Refusal            a refusal as HTTP or as a close code a browser can read: the bytes and the record (pure)
//   SessionRecord      what goes into the record, redacted, and how its end is classified (pure)
//   SessionFacts       the live snapshot, from the facts the session gathers (pure)
//   SessionStates      the states, and what each does when the client leaves, on shutdown, on request (pure)
//   ClientLinger       the bounded close of the client leg once its answer is written
// The client socket is the session's until a WebSocket opens: the tunnel then takes it (m_client becomes
// null; a plain connection's descriptor moves into the tunnel's client leg and the Qt socket is deleted),
// and the lingering close after the tunnel ended runs on that leg, which the tunnel's abort() closes.
// Lives on a worker thread; everything it does is driven by that thread's event loop.
class ProxySession : public QObject
{
    Q_OBJECT
public:
    using State = SessionStates::State;

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
    // Stays the same over the keep-alive exchanges of one connection (each has its own record id).
    quint64 connectionId() const { return m_connectionId; }
    // What the connection is doing and has passed on so far; rates and last activity are the caller's.
    SessionSnapshot snapshot() const;
    // Closed from outside (the GUI): a WebSocket gets close frames with code and reason on both legs (a
    // bridge: the client, and the TCP leg ends); an upgrade still in progress is closed so once it opens;
    // an HTTP exchange finishes first, an idle connection closes at once. `reason` fits a close frame.
    void closeByRequest(quint16 code, const QByteArray& reason);

signals:
    void finished();

private:
    void setState(State state);
    // The route the current request matched; none before a match or when nothing matched.
    const RouteConfig* route() const;

    // client leg
    void onClientReadFinished();
    // backend dial
    void onBackendConnected();
    void onBackendDialFailed(int status, FailureReason reason, const QString& detail);
    void dropDial();
    void noteBackendResponse(const HttpHead& response);
    // plain HTTP
    HttpExchange* startExchange();
    void onExchangeCompleted();
    void noteClientResponse(const HttpHead& answer);
    void processRequestHead(const HttpHead& head, const QByteArray& leftover);
    void dialBackend();
    void sendBackendRequest();
    void forwardRefusal(HttpHead response, const QByteArray& leftover, const QString& detail);
    void enterTunnel(const UpgradeAnswer& answer, const QByteArray& backendInput);
    void onTunnelEnded();
    // tcp:// routes: Airlock ends the WebSocket itself and carries its payload over the TCP connection.
    void startBridge();

    void carryOut(const SessionStates::Decision& decision, quint16 code = 0, const QByteArray& reason = {});
    void reject(int status, FailureReason reason, const QString& detail,
                RequestRecord::Outcome outcome = RequestRecord::Outcome::Rejected);
    bool canCloseVisibly() const;
    void answerWithClose(quint16 code, const QString& detail, RequestRecord::Outcome outcome);
    void lingerCloseClient();
    void beginRecord();
    void finishRecord(RequestRecord::Outcome outcome);
    void resetForNextRequest();
    void teardown();

    std::shared_ptr<ProxyContext> m_context;
    qintptr m_descriptor;
    State m_state = State::ReadingHead;
    QTcpSocket* m_client = nullptr;
    BackendConnection* m_backend = nullptr; // from the dial until a tunnel takes it; kept alive between exchanges
    BackendDial* m_dial = nullptr;
    BackendUpgrade* m_upgrade = nullptr;
    WebSocketTunnel* m_tunnel = nullptr;
    HttpExchange* m_exchange = nullptr;
    ClientLinger* m_linger = nullptr;

    RequestHeadReader* m_headReader = nullptr;
    QByteArray m_clientInput; // client bytes past the request head, not yet forwarded
    HttpHead m_request;
    Admission m_admission; // the gate's decision on the current request head
    bool m_tunnelCounted = false;

    bool m_clientEof = false;
    PeerUser m_peer; // who owns the client's end: asked once per connection, checked on every request head

    RequestRecord m_record;
    bool m_recordPosted = false;
    QList<QByteArray> m_secretNames;

    // Live snapshots and closeByRequest().
    quint64 m_connectionId = 0;
    qint64 m_startedAt = 0;
    SessionFacts::HttpCounts m_httpCounts; // finished HTTP exchanges of this connection
    bool m_closeRequested = false;         // the connection ends after this exchange; an upgrade once its tunnel opens
    std::pair<quint16, QByteArray> m_requestedClose; // code and reason of a close once the tunnel opens
};

} // namespace airlock
