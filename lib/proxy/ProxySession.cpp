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
#include "proxy/PhaseObject.h"
#include "proxy/ProxyContext.h"
#include "proxy/Pump.h"
#include "proxy/Refusal.h"
#include "proxy/RequestGate.h"
#include "proxy/RequestHeadReader.h"
#include "proxy/SessionRecord.h"
#include "proxy/SessionStates.h"
#include "proxy/UpgradeAnswer.h"
#include "proxy/WebSocketTunnel.h"

#include <QTcpSocket>

namespace airlock {

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

const RouteConfig* ProxySession::route() const
{
    return m_admission.match.index >= 0 ? &m_context->routes().route(m_admission.match.index) : nullptr;
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
    // A connection that never sent a request, or an idle kept-alive one.
    connect(m_headReader, &RequestHeadReader::idle, this, [this] {
        m_client->disconnectFromHost();
        teardown();
    });
    if (!m_client->setSocketDescriptor(m_descriptor)) {
        teardown();
        return;
    }
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_client->setReadBufferSize(Pump::readChunk);
    beginRecord();
    m_connectionId = m_record.sessionId;
    m_startedAt = m_record.acceptedAt;

    connect(m_client, &QTcpSocket::readChannelFinished, this, &ProxySession::onClientReadFinished);
    // Also when the client leg closed without a read-channel end (an error): the same as the client leaving.
    connect(m_client, &QTcpSocket::disconnected, this, [this] {
        if (!m_clientEof)
            onClientReadFinished();
    });

    if (refuseStatus) {
        reject(refuseStatus, FailureReason::ConnectionLimit,
               QStringLiteral("Airlock is at its limit of %1 connections").arg(m_context->config().limits.maxSessions));
        return;
    }
    // Once, at accept: the client's socket is surely there now; keep-alive requests need not ask again.
    if (m_context->config().listen.sameUserOnly)
        m_peer = PeerUser::forConnection(*m_client);
    m_headReader->start();
}

// ----- Client leg

void ProxySession::onClientReadFinished()
{
    m_clientEof = true;
    carryOut(SessionStates::onClientEnd(m_state, m_headReader->midHead()));
}

// ----- Request head: checks, routing

void ProxySession::processRequestHead(const HttpHead& head, const QByteArray& leftover)
{
    m_request = head;
    m_clientInput = leftover;
    SessionRecord::noteRequest(m_record, m_request);
    m_admission = RequestGate::admit(m_request, *m_context, m_peer);
    if (m_admission.verdict == Admission::Verdict::Admin) {
        m_recordPosted = true; // Airlock's own endpoints are no exchange: scrapes do not flood the session log
        m_client->write(AdminEndpoint::answer(m_request, *m_context));
        lingerCloseClient();
        return;
    }
    if (const RouteConfig* matched = route()) {
        SessionRecord::noteRoute(m_record, *matched, m_admission.match.backendTarget, m_admission.bridge);
        m_secretNames = SessionRecord::secretNames(*matched);
    }
    m_record.kind = m_admission.kind;
    if (m_admission.refused()) {
        reject(m_admission.status, m_admission.reason, m_admission.detail);
        return;
    }

    // A kept-alive backend connection serves the next plain request on the same route.
    if (!m_admission.upgrade && m_backend && m_backend->reusableFor(m_admission.match.index)) {
        sendBackendRequest();
        return;
    }
    dropPhase(m_backend, this);
    dialBackend();
}

// ----- Upstream

void ProxySession::dialBackend()
{
    setState(State::Dialing);
    m_dial = new BackendDial(*route(), m_context->environment(), this);
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
    m_backend = new BackendConnection(m_dial->takeSocket(), m_admission.match.index, this);
    dropDial();
    m_admission.bridge ? startBridge() : sendBackendRequest();
}

void ProxySession::onBackendDialFailed(int status, FailureReason reason, const QString& detail)
{
    dropDial();
    reject(status, reason, detail, RequestRecord::Outcome::UpstreamFailed);
}

void ProxySession::sendBackendRequest()
{
    const RouteConfig& route = *this->route();
    const HttpHead out = BackendDial::rewriteRequest(m_request, route, m_admission.match.backendTarget,
                                                     m_record.clientAddress, m_admission.upgrade, &m_record.requestId);
    m_record.backendRequestHead = SessionRecord::redactedHead(out, m_secretNames);
    m_backend->socket()->write(out.serialize());
    m_backend->socket()->flush();
    if (m_admission.upgrade) {
        setState(State::Upgrading);
        m_upgrade = new BackendUpgrade(m_backend->socket(), out, m_request, route, this);
        connect(m_upgrade, &BackendUpgrade::responseHeadReceived, this, &ProxySession::noteBackendResponse);
        connect(m_upgrade, &BackendUpgrade::switched, this, &ProxySession::enterTunnel);
        connect(m_upgrade, &BackendUpgrade::refusedWithClose, this, [this](quint16 code, const QString& detail) {
            m_record.clientResponseHead.clear();
            m_record.failureReason = FailureReason::BackendRefusedUpgrade;
            dropPhase(m_backend, this);
            answerWithClose(code, detail, RequestRecord::Outcome::BackendRejected);
        });
        connect(m_upgrade, &BackendUpgrade::refused, this, &ProxySession::forwardRefusal);
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
    const auto settings = HttpExchange::Settings::forRequest(m_request, m_admission.requestFraming,
                                                             m_admission.clientKeepAlive, *route());
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
        m_client->state() == QAbstractSocket::UnconnectedState ? teardown() : lingerCloseClient();
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

// The backend refused the upgrade and the client gets its answer as it is.
void ProxySession::forwardRefusal(HttpHead response, const QByteArray& leftover, const QString& detail)
{
    dropPhase(m_upgrade, this);
    m_record.failureReason = FailureReason::BackendRefusedUpgrade;
    m_record.failureDetail = detail;
    setState(State::Requesting);
    startExchange()->startWithResponse(std::move(response), leftover);
}

// Both legs are up: the client gets its 101, and the tunnel takes the backend socket and moves the bytes.
void ProxySession::enterTunnel(const UpgradeAnswer& answer, const QByteArray& backendInput)
{
    dropPhase(m_upgrade, this);
    m_client->write(answer.head.serialize());
    noteClientResponse(answer.head);
    answer.noteIn(m_record);
    const RouteConfig& route = *this->route();
    QTcpSocket* backend = m_backend->take();
    const bool backendEnded = m_backend->ended();
    dropPhase(m_backend, this);
    // The client's connection is the tunnel's from here (its descriptor, its lingering close, its abort).
    m_client->disconnect(this);
    m_tunnel = new WebSocketTunnel(
        std::exchange(m_client, nullptr), backend,
        WebSocketTunnel::Settings::forRoute(route, m_record.sessionId, m_admission.bridge, answer.deflate),
        WebSocketTunnel::captureFor(route, m_request, m_admission.match.backendTarget, &m_context->captureBudget()),
        this);
    connect(m_tunnel, &WebSocketTunnel::ended, this, &ProxySession::onTunnelEnded);
    connect(m_tunnel, &WebSocketTunnel::finished, this, &ProxySession::teardown);
    setState(State::Tunnelling);
    m_context->metrics().sessionOpened();
    m_tunnelCounted = true;
    m_tunnel->start(std::exchange(m_clientInput, QByteArray()), backendInput, backendEnded);
    if (m_closeRequested)
        m_tunnel->closeByAirlock(m_requestedClose.first, m_requestedClose.second);
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
    SessionRecord::noteBridgeOpen(m_record, m_request);
    enterTunnel(
        UpgradeAnswer::forBridge(m_admission.bridgeProtocol, *route(), m_request.headers.value("Sec-WebSocket-Key")),
        {});
}

void ProxySession::resetForNextRequest()
{
    beginRecord();
    m_admission.upgrade = false;
    setState(State::ReadingHead);
    if (m_clientEof && m_clientInput.isEmpty()) {
        teardown();
        return;
    }
    m_headReader->start(std::exchange(m_clientInput, QByteArray()));
}

// ----- Refusals, timers, teardown

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
    m_client->write(Refusal::answerHttp(m_request, status, detail, m_record,
                                        RouteOrigin::frameAncestorsPolicy(route(), m_request.headers.value("Host"))));
    finishRecord(outcome);
    lingerCloseClient();
}

// Never once part of a response is out; otherwise a browser's valid upgrade on a route that allows it.
bool ProxySession::canCloseVisibly() const
{
    return !(m_exchange && m_exchange->responseStarted()) &&
           Refusal::canCloseVisibly(m_request, !route() || route()->browserVisibleErrors);
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
    m_linger = m_tunnel ? new ClientLinger(m_tunnel->clientLeg(), this) : new ClientLinger(m_client, this);
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
        if (m_client)
            m_client->disconnectFromHost();
        teardown();
        return;
    case Step::CloseTunnel:
        m_tunnel->closeByAirlock(code, reason);
        return;
    case Step::CloseOnceOpen:
        m_closeRequested = true;
        m_requestedClose = {code, reason};
        return;
    case Step::CloseAfterExchange:
        m_closeRequested = true;
        m_admission.clientKeepAlive = false;
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
        // Without m_client the connection is the tunnel's, closed by teardown().
        if (m_client && decision.step == Step::RecordAndFlush)
            m_client->disconnectFromHost();
        else if (m_client && decision.step == Step::RecordAndAbort)
            m_client->abort();
        [[fallthrough]];
    case Step::End:
        teardown();
        return;
    }
}

void ProxySession::abort()
{
    if (m_state != State::Closed)
        carryOut(SessionStates::onAbort(m_record, m_recordPosted));
}

// Each request on the connection has a record of its own, with a session id of its own.
void ProxySession::beginRecord()
{
    m_record =
        SessionRecord::begin(m_context->nextSessionId(), m_client->peerAddress().toString(), m_client->peerPort());
    m_recordPosted = false;
}

void ProxySession::finishRecord(RequestRecord::Outcome outcome)
{
    if (m_recordPosted)
        return;
    m_recordPosted = true;
    if (m_dial)
        m_dial->fillRecord(m_record);
    if (m_record.kind == RequestRecord::Kind::WebSocket && m_record.httpStatus == 101 && m_tunnel)
        m_tunnel->fillRecord(m_record);
    SessionRecord::finish(m_record, outcome, route());
    m_httpCounts.count(m_record);
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

// ----- Live snapshots, closing on request

SessionSnapshot ProxySession::snapshot() const
{
    const bool exchanging = m_exchange && !m_recordPosted;
    const SessionFacts f{.connectionId = m_connectionId,
                         .route = route() ? route()->name : QString(),
                         .state = SessionStates::live(m_state),
                         .closeRequested = m_closeRequested,
                         .tunnel = m_tunnel != nullptr,
                         .bridge = m_admission.bridge,
                         .upgrade = m_admission.upgrade,
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
    carryOut(SessionStates::onCloseRequest(m_state, m_admission.upgrade), code, reason);
}

} // namespace airlock
