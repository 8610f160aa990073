#include "proxy/ProxySession.h"

#include "config/RouteOrigin.h"
#include "observe/EventHub.h"
#include "observe/LogCategories.h"
#include "observe/MessageCapture.h"
#include "proxy/AdminEndpoint.h"
#include "proxy/BackendConnection.h"
#include "proxy/BackendDial.h"
#include "proxy/BackendUpgrade.h"
#include "proxy/ClientLinger.h"
#include "proxy/HttpExchange.h"
#include "proxy/ProxyContext.h"
#include "proxy/Pump.h"
#include "proxy/Refusal.h"
#include "proxy/RequestGate.h"
#include "proxy/RequestHeadReader.h"
#include "proxy/SessionFacts.h"
#include "proxy/SessionRecord.h"
#include "proxy/SessionStates.h"
#include "proxy/UpgradeAnswer.h"
#include "proxy/WebSocketTunnel.h"
#include "ws/Handshake.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <atomic>

namespace airlock {

namespace {

// A phase's part is over: it stops (no signal follows) and goes once control is back in the event loop,
// because this may run inside one of its signals.
template <typename Phase>
void dropPhase(Phase*& phase, QObject* owner)
{
    if (!phase)
        return;
    phase->stop();
    phase->disconnect(owner);
    phase->deleteLater();
    phase = nullptr;
}

} // namespace

ProxySession::ProxySession(std::shared_ptr<ProxyContext> context, qintptr descriptor, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_descriptor(descriptor)
{
    m_context->activeConnections.fetch_add(1);
    m_context->metrics().connectionOpened();
}

ProxySession::~ProxySession()
{
    m_context->activeConnections.fetch_sub(1);
    m_context->metrics().connectionClosed();
    if (m_tunnelCounted)
        m_context->metrics().sessionClosed();
}

void ProxySession::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcSession) << m_record.sessionId << m_state << "->" << state;
    m_state = state;
    if (m_backend)
        m_backend->setParked(state == State::ReadingHead);
}

void ProxySession::start(int refuseStatus)
{
    m_client = new QTcpSocket(this);
    m_headReader = new RequestHeadReader(m_client, m_context->config().limits, this);
    connect(m_headReader, &RequestHeadReader::headReady, this, &ProxySession::processRequestHead);
    connect(m_headReader, &RequestHeadReader::failed, this,
            [this](int status, FailureReason reason, const QString& detail) { reject(status, reason, detail); });
    connect(m_headReader, &RequestHeadReader::idle, this, [this] {
        m_client->disconnectFromHost(); // a connection that never sent a request, or an idle kept-alive one
        teardown();
    });
    m_record.sessionId = m_context->nextSessionId();
    m_record.acceptedAt = SessionRecord::nowMs();
    m_connectionId = m_record.sessionId;
    m_startedAt = m_record.acceptedAt;
    if (!m_client->setSocketDescriptor(m_descriptor)) {
        teardown();
        return;
    }
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_client->setReadBufferSize(Pump::readChunk);
    m_record.clientAddress = m_client->peerAddress().toString();
    m_record.clientPort = m_client->peerPort();

    connect(m_client, &QTcpSocket::readChannelFinished, this, &ProxySession::onClientReadFinished);
    connect(m_client, &QTcpSocket::disconnected, this, &ProxySession::onClientDisconnected);

    if (refuseStatus) {
        reject(refuseStatus, FailureReason::ConnectionLimit,
               QStringLiteral("Airlock is at its limit of %1 connections").arg(m_context->config().limits.maxSessions));
        return;
    }
    lookUpPeerUser();
    m_headReader->start();
}

// Once, at accept: the client's socket is surely there now, and keep-alive requests need not ask again.
// A kernel that cannot be asked (no netlink in a sandbox) leaves the check undecided: served, said once.
void ProxySession::lookUpPeerUser()
{
    if (!m_context->config().listen.sameUserOnly)
        return;
    m_peer = PeerUser::lookup(m_client->localAddress(), m_client->localPort(), m_client->peerAddress(),
                              m_client->peerPort());
    static std::atomic<bool> warned = false;
    if (m_peer.status == PeerUser::Status::Unavailable && !warned.exchange(true))
        qCWarning(lcProxy) << m_record.sessionId
                           << "listen.sameUserOnly: cannot tell which user a connection comes from, so every local "
                              "user is served:"
                           << m_peer.error;
}

// ---------------------------------------------------------------------------------------------
// Client leg

void ProxySession::onClientReadFinished()
{
    m_clientEof = true;
    carryOut(SessionStates::onClientEnd(m_state, m_headReader->midHead()));
}

// Also when the client leg closed without a read-channel end (an error): the same as the client leaving.
void ProxySession::onClientDisconnected()
{
    if (!m_clientEof)
        onClientReadFinished();
}

// ---------------------------------------------------------------------------------------------
// Request head: checks, routing

void ProxySession::processRequestHead(const HttpHead& head, const QByteArray& leftover)
{
    m_request = head;
    m_clientInput = leftover;
    m_match = RouteMatch();
    SessionRecord::noteRequest(m_record, m_request);

    const Admission admission = RequestGate::admit(m_request, *m_context, m_peer);
    if (admission.verdict == Admission::Verdict::Admin) {
        serveAdmin();
        return;
    }
    m_match = admission.match;
    if (m_match.index >= 0) {
        const RouteConfig& route = m_context->routes().route(m_match.index);
        m_bridge = admission.bridge;
        SessionRecord::noteRoute(m_record, route, m_match.backendTarget, m_bridge);
        m_secretNames = SessionRecord::secretNames(route);
    }
    m_record.kind = admission.kind;
    m_isUpgrade = admission.upgrade;
    if (admission.refused()) {
        reject(admission.status, admission.reason, admission.detail);
        return;
    }
    m_offeredProtocols = admission.offeredProtocols;
    m_bridgeProtocol = admission.bridgeProtocol;
    m_requestFraming = admission.requestFraming;
    m_clientKeepAlive = admission.clientKeepAlive;

    // A kept-alive backend connection serves the next plain request on the same route.
    if (!m_isUpgrade && m_backend && m_backend->reusableFor(m_match.index)) {
        sendBackendRequest();
        return;
    }
    dropPhase(m_backend, this);
    dialBackend();
}

// ---------------------------------------------------------------------------------------------
// Upstream

void ProxySession::dialBackend()
{
    setState(State::Dialing);
    m_dial = new BackendDial(m_context->routes().route(m_match.index), m_context->environment(), this);
    connect(m_dial, &BackendDial::connected, this, &ProxySession::onBackendConnected);
    connect(m_dial, &BackendDial::failed, this, &ProxySession::onBackendDialFailed);
    m_dial->start();
}

// What the dial learned goes into the record, whether it ended or the session ends first.
void ProxySession::dropDial()
{
    if (m_dial)
        m_dial->fillRecord(m_record);
    dropPhase(m_dial, this);
}

void ProxySession::onBackendConnected()
{
    m_backend = new BackendConnection(m_dial->takeSocket(), m_match.index, this);
    dropDial();
    if (m_bridge) {
        startBridge();
        return;
    }
    sendBackendRequest();
}

void ProxySession::onBackendDialFailed(int status, FailureReason reason, const QString& detail)
{
    dropDial();
    reject(status, reason, detail, RequestRecord::Outcome::UpstreamFailed);
}

void ProxySession::sendBackendRequest()
{
    const RouteConfig& route = m_context->routes().route(m_match.index);
    const HttpHead out = BackendDial::rewriteRequest(m_request, route, m_match.backendTarget, m_record.clientAddress,
                                                     m_isUpgrade, &m_record.requestId);
    m_record.backendRequestHead = SessionRecord::redactedHead(out, m_secretNames);
    m_backend->socket()->write(out.serialize());
    m_backend->socket()->flush();
    if (m_isUpgrade) {
        setState(State::Upgrading);
        m_upgrade = new BackendUpgrade(m_backend->socket(), out, route.timeouts.upgradeMs, this);
        connect(m_upgrade, &BackendUpgrade::responseHeadReceived, this, &ProxySession::noteBackendResponse);
        connect(m_upgrade, &BackendUpgrade::switched, this, &ProxySession::answerUpgrade);
        connect(m_upgrade, &BackendUpgrade::refused, this, &ProxySession::refuseUpgrade);
        connect(m_upgrade, &BackendUpgrade::failed, this,
                [this](int status, FailureReason reason, const QString& detail) {
                    reject(status, reason, detail, RequestRecord::Outcome::UpstreamFailed);
                });
        m_upgrade->start();
        return;
    }
    setState(State::Requesting);
    startExchange()->start(std::exchange(m_clientInput, QByteArray()));
}

// A plain request (or an upgrade the backend refused) is forwarded by an exchange that reports back here.
HttpExchange* ProxySession::startExchange()
{
    const auto settings = HttpExchange::Settings::forRequest(m_request, m_requestFraming, m_clientKeepAlive,
                                                             m_context->routes().route(m_match.index));
    m_exchange = new HttpExchange(m_client, m_backend->socket(), settings, this);
    connect(m_exchange, &HttpExchange::responseHeadReceived, this, &ProxySession::noteBackendResponse);
    connect(m_exchange, &HttpExchange::responseHeadSent, this, &ProxySession::noteClientResponse);
    connect(m_exchange, &HttpExchange::completed, this, &ProxySession::onExchangeCompleted);
    connect(m_exchange, &HttpExchange::failed, this,
            [this](const HttpExchange::Failure& failure) { carryOut(SessionStates::onExchangeFailed(failure)); });
    return m_exchange;
}

void ProxySession::onExchangeCompleted()
{
    m_exchange->fillRecord(m_record);
    finishRecord(m_record.outcome);
    const bool backendReusable = m_exchange->backendReusable();
    const bool clientReusable = m_exchange->clientReusable();
    m_clientInput = m_exchange->takeClientRemainder() + m_clientInput;
    dropPhase(m_exchange, this);
    if (!backendReusable)
        dropPhase(m_backend, this);
    if (!clientReusable) {
        m_client->disconnectFromHost();
        if (m_client->state() == QAbstractSocket::UnconnectedState)
            teardown();
        else
            lingerCloseClient();
        return;
    }
    resetForNextRequest();
}

void ProxySession::noteBackendResponse(const HttpHead& response)
{
    SessionRecord::noteBackendResponse(m_record, response, m_secretNames);
}

void ProxySession::noteClientResponse(const HttpHead& answer)
{
    SessionRecord::noteClientResponse(m_record, answer, m_secretNames);
}

// The backend refused the upgrade: a browser learns the status as 4000 + status, other clients get the
// backend's answer forwarded (a malformed one fails in the exchange, before anything reaches the client).
void ProxySession::refuseUpgrade(HttpHead response, const QByteArray& leftover)
{
    dropPhase(m_upgrade, this);
    const int status = response.status;
    if (BodyFraming::forResponse(response, m_request.method).kind != BodyFraming::Kind::Invalid && canCloseVisibly()) {
        m_record.clientResponseHead.clear();
        m_record.failureReason = FailureReason::BackendRefusedUpgrade;
        dropPhase(m_backend, this);
        answerWithClose(Refusal::refusedUpgradeCode(status),
                        QStringLiteral("backend answered %1 %2").arg(status).arg(QString::fromLatin1(response.reason)),
                        RequestRecord::Outcome::BackendRejected);
        return;
    }
    m_record.failureReason = FailureReason::BackendRefusedUpgrade;
    m_record.failureDetail =
        QStringLiteral("backend answered the upgrade with %1 %2").arg(status).arg(QString::fromLatin1(response.reason));
    setState(State::Requesting);
    startExchange()->startWithResponse(std::move(response), leftover);
}

void ProxySession::answerUpgrade(const HttpHead& response, const Handshake::ResponseCheck& check,
                                 const QByteArray& leftover)
{
    dropPhase(m_upgrade, this);
    enterTunnel(UpgradeAnswer::forBackend(response, check.subprotocol, check.extensions,
                                          m_context->routes().route(m_match.index), m_offeredProtocols,
                                          m_request.headers.value("Sec-WebSocket-Key")),
                leftover);
}

// Both legs are up: the client gets its 101, and the tunnel takes the backend socket and moves the bytes.
void ProxySession::enterTunnel(const UpgradeAnswer& answer, const QByteArray& backendInput)
{
    m_client->write(answer.head.serialize());
    noteClientResponse(answer.head);
    answer.noteIn(m_record);

    const RouteConfig& route = m_context->routes().route(m_match.index);
    QSslSocket* backend = m_backend->take();
    const bool backendEnded = m_backend->ended();
    dropPhase(m_backend, this);
    m_tunnel = new WebSocketTunnel(
        m_client, backend, WebSocketTunnel::Settings::forRoute(route, m_record.sessionId, m_bridge, answer.deflate),
        WebSocketTunnel::captureFor(route, m_request, m_match.backendTarget, &m_context->captureBudget()), this);
    connect(m_tunnel, &WebSocketTunnel::ended, this, &ProxySession::onTunnelEnded);
    connect(m_tunnel, &WebSocketTunnel::finished, this, &ProxySession::teardown);
    setState(State::Tunnelling);
    m_context->metrics().sessionOpened();
    m_tunnelCounted = true;
    m_tunnel->start(std::exchange(m_clientInput, QByteArray()), backendInput, backendEnded);
    if (m_closeRequested)
        m_tunnel->closeByAirlock(m_requestedCloseCode, m_requestedCloseReason);
}

// The tunnel closed or released the backend: the record is complete, and the client leg closes here.
void ProxySession::onTunnelEnded()
{
    finishRecord(RequestRecord::Outcome::Closed);
    lingerCloseClient();
}

// The TCP connection is up: the client's upgrade is answered by Airlock, and from here each client message
// goes to TCP as its bytes and each TCP read comes back as one binary message.
void ProxySession::startBridge()
{
    // The connector has set TCP_NODELAY on this socket: VNC and SSH send small writes that must not wait
    // for Nagle's timer.
    SessionRecord::noteBridgeOpen(m_record, m_request);
    enterTunnel(UpgradeAnswer::forBridge(m_bridgeProtocol, m_context->routes().route(m_match.index),
                                         m_request.headers.value("Sec-WebSocket-Key")),
                {});
}

void ProxySession::resetForNextRequest()
{
    m_record =
        SessionRecord::begin(m_context->nextSessionId(), m_client->peerAddress().toString(), m_client->peerPort());
    m_recordPosted = false;
    m_isUpgrade = false;
    setState(State::ReadingHead);
    if (m_clientEof && m_clientInput.isEmpty()) {
        teardown();
        return;
    }
    m_headReader->start(std::exchange(m_clientInput, QByteArray()));
}

// ---------------------------------------------------------------------------------------------
// Refusals, timers, teardown

void ProxySession::reject(int status, FailureReason reason, const QString& detail, RequestRecord::Outcome outcome)
{
    m_headReader->stop();
    dropPhase(m_upgrade, this);
    dropDial();
    dropPhase(m_backend, this);
    m_record.failureReason = reason;
    m_record.failureDetail = detail;
    if (const quint16 code = Refusal::browserCloseCode(reason, outcome); code != 0 && canCloseVisibly()) {
        answerWithClose(code, detail, outcome);
        return;
    }
    if (m_exchange && m_exchange->responseStarted()) {
        // Part of a response is already out: the only honest signal left is closing the connection.
        carryOut({SessionStates::Step::RecordAndAbort, status, reason, detail, outcome});
        return;
    }
    const RouteConfig* route = m_match.index >= 0 ? &m_context->routes().route(m_match.index) : nullptr;
    m_client->write(Refusal::answerHttp(m_request, status, detail, m_record,
                                        RouteOrigin::frameAncestorsPolicy(route, m_request.headers.value("Host"))));
    finishRecord(outcome);
    lingerCloseClient();
}

// Airlock's own endpoints: not a handshake, so scrapes do not flood the session log.
void ProxySession::serveAdmin()
{
    m_recordPosted = true;
    m_client->write(AdminEndpoint::answer(m_request, *m_context));
    lingerCloseClient();
}

// Never once part of a response is out; otherwise a browser's valid upgrade on a route that allows it.
bool ProxySession::canCloseVisibly() const
{
    return !(m_exchange && m_exchange->responseStarted()) &&
           Refusal::canCloseVisibly(m_request,
                                    m_match.index < 0 || m_context->routes().route(m_match.index).browserVisibleErrors);
}

// Completes the client's upgrade and closes at once with code and reason.
void ProxySession::answerWithClose(quint16 code, const QString& detail, RequestRecord::Outcome outcome)
{
    m_client->write(Refusal::answerWithClose(m_request, code, detail, m_record));
    finishRecord(outcome);
    lingerCloseClient();
}

void ProxySession::lingerCloseClient()
{
    dropPhase(m_exchange, this);
    dropPhase(m_upgrade, this);
    m_headReader->stop();
    setState(State::Draining);
    m_linger = new ClientLinger(m_client, this);
    connect(m_linger, &ClientLinger::finished, this, &ProxySession::teardown);
    m_linger->start();
}

void ProxySession::shutdown()
{
    carryOut(SessionStates::onShutdown(m_state, m_headReader->midHead(), m_exchange && m_exchange->responseStarted()),
             1001, "Airlock is shutting down");
}

// What the state table decided when the connection is to end; code and reason are for close frames.
void ProxySession::carryOut(const SessionStates::Decision& decision, quint16 code, const QByteArray& reason)
{
    using Step = SessionStates::Step;
    switch (decision.step) {
    case Step::None:
        return;
    case Step::Disconnect:
        m_client->disconnectFromHost();
        teardown();
        return;
    case Step::CloseTunnel:
        m_tunnel->closeByAirlock(code, reason);
        return;
    case Step::CloseOnceOpen:
        m_closeRequested = true;
        m_requestedCloseCode = code;
        m_requestedCloseReason = reason;
        return;
    case Step::CloseAfterExchange:
        m_closeRequested = true;
        m_clientKeepAlive = false;
        if (m_exchange)
            m_exchange->closeClientAfterwards();
        return;
    case Step::Refuse:
        reject(decision.status, decision.reason, decision.detail, decision.outcome);
        return;
    case Step::RecordAndEnd:
    case Step::RecordAndFlush:
    case Step::RecordAndAbort:
        m_record.failureReason = decision.reason;
        m_record.failureDetail = decision.detail;
        finishRecord(decision.outcome);
        if (decision.step == Step::RecordAndFlush)
            m_client->disconnectFromHost();
        else if (decision.step == Step::RecordAndAbort)
            m_client->abort();
        [[fallthrough]];
    case Step::End:
        teardown();
        return;
    }
}

void ProxySession::abort()
{
    if (m_state == State::Closed)
        return;
    if (!m_recordPosted && m_record.headReadAt && m_record.httpStatus != 101) {
        if (m_record.failureReason == FailureReason::None) {
            m_record.failureReason = FailureReason::Shutdown;
            m_record.failureDetail = QStringLiteral("Airlock stopped before the exchange finished");
        }
        finishRecord(RequestRecord::Outcome::ClientGone);
    }
    teardown();
}

void ProxySession::finishRecord(RequestRecord::Outcome outcome)
{
    if (m_recordPosted)
        return;
    m_recordPosted = true;
    if (m_dial)
        m_dial->fillRecord(m_record);
    m_record.outcome = outcome;
    if (!m_record.closedAt)
        m_record.closedAt = SessionRecord::nowMs();
    if (m_record.kind == RequestRecord::Kind::WebSocket && m_record.httpStatus == 101 && m_tunnel)
        m_tunnel->fillRecord(m_record);
    m_httpCounts.count(m_record);
    SessionRecord::classify(m_record, m_match.index >= 0 ? m_context->routes().route(m_match.index).closeCodes
                                                         : QHash<int, CloseClassification::Kind>());
    m_context->metrics().observe(m_record);
    if (EventHub* hub = m_context->hub())
        hub->post(m_record);
}

void ProxySession::teardown()
{
    if (m_state == State::Closed)
        return;
    if (m_record.kind == RequestRecord::Kind::WebSocket && m_record.httpStatus == 101 && !m_recordPosted)
        finishRecord(RequestRecord::Outcome::Closed);
    setState(State::Closed);
    if (m_headReader)
        m_headReader->stop();
    dropPhase(m_linger, this);
    dropPhase(m_upgrade, this);
    dropPhase(m_exchange, this);
    if (m_tunnel)
        m_tunnel->abort();
    dropDial();
    dropPhase(m_backend, this);
    if (m_client) {
        m_client->disconnect(this);
        if (m_client->state() != QAbstractSocket::UnconnectedState)
            m_client->abort();
    }
    emit finished();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------
// Live snapshots, closing on request

SessionSnapshot ProxySession::snapshot() const
{
    const bool exchanging = m_exchange && !m_recordPosted;
    const SessionFacts f{.connectionId = m_connectionId,
                         .route = m_match.index >= 0 ? m_context->routes().route(m_match.index).name : QString(),
                         .state = SessionStates::live(m_state),
                         .closeRequested = m_closeRequested,
                         .tunnel = m_tunnel != nullptr,
                         .bridge = m_bridge,
                         .upgrade = m_isUpgrade,
                         .clientAddress = m_record.clientAddress,
                         .clientPort = m_record.clientPort,
                         .origin = m_request.headers.value("Origin"),
                         .subprotocol = m_record.subprotocol,
                         .startedAt = m_startedAt,
                         .finished = m_httpCounts,
                         .exchangeBytesFromClient = exchanging ? m_exchange->bytesFromClient() : 0,
                         .exchangeBytesFromBackend = exchanging ? m_exchange->bytesFromBackend() : 0};
    SessionSnapshot s = f.snapshot();
    if (m_tunnel)
        m_tunnel->fillSnapshot(s);
    return s;
}

void ProxySession::closeByRequest(quint16 code, const QByteArray& reason)
{
    carryOut(SessionStates::onCloseRequest(m_state, m_isUpgrade), code, reason);
}

} // namespace airlock
