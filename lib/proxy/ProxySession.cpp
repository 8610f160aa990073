#include "proxy/ProxySession.h"

#include "http/HeaderPolicy.h"
#include "observe/EventHub.h"
#include "observe/LogCategories.h"
#include "observe/MessageCapture.h"
#include "proxy/AdminEndpoint.h"
#include "proxy/BackendDial.h"
#include "proxy/ProxyContext.h"
#include "proxy/Refusal.h"
#include "proxy/RequestGate.h"
#include "proxy/UpgradeAnswer.h"
#include "proxy/WebSocketTunnel.h"
#include "ws/CloseCodeClassifier.h"
#include "ws/CloseCodeRules.h"
#include "ws/FrameBuilder.h"
#include "ws/Handshake.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace airlock {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

HttpHeadParser::Limits requestLimits(const LimitsConfig& limits)
{
    HttpHeadParser::Limits l;
    l.maxHeaderBytes = limits.maxHeaderBytes;
    l.maxStartLineBytes = limits.maxRequestLineBytes;
    return l;
}

QByteArray redactedHead(const HttpHead& head, const QList<QByteArray>& secrets)
{
    HttpHead copy = head;
    copy.headers = HeaderPolicy::redacted(head.headers, secrets);
    if (copy.isRequest())
        copy.target = HeaderPolicy::redactedTarget(head.target);
    return copy.serialize();
}

} // namespace

ProxySession::ProxySession(std::shared_ptr<ProxyContext> context, qintptr descriptor, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_descriptor(descriptor)
    , m_requestParser(HttpHeadParser::Kind::Request, requestLimits(m_context->config().limits))
    , m_responseParser(HttpHeadParser::Kind::Response)
{
    m_context->activeConnections.fetch_add(1);
    m_context->metrics().connectionOpened();
    for (QTimer* timer : {&m_headTimer, &m_answerTimer, &m_stallTimer, &m_lingerTimer})
        timer->setSingleShot(true);
    connect(&m_headTimer, &QTimer::timeout, this, &ProxySession::onHeadTimeout);
    connect(&m_answerTimer, &QTimer::timeout, this, &ProxySession::onAnswerTimeout);
    connect(&m_stallTimer, &QTimer::timeout, this, &ProxySession::onStallTimeout);
    connect(&m_lingerTimer, &QTimer::timeout, this, &ProxySession::onLingerTimeout);
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
}

void ProxySession::start(int refuseStatus)
{
    m_client = new QTcpSocket(this);
    m_record.sessionId = m_context->nextSessionId();
    m_record.acceptedAt = nowMs();
    if (!m_client->setSocketDescriptor(m_descriptor)) {
        teardown();
        return;
    }
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_client->setReadBufferSize(Pump::readChunk);
    m_record.clientAddress = m_client->peerAddress().toString();
    m_record.clientPort = m_client->peerPort();

    connect(m_client, &QTcpSocket::readyRead, this, &ProxySession::onClientReadyRead);
    connect(m_client, &QTcpSocket::bytesWritten, this, &ProxySession::onClientBytesWritten);
    connect(m_client, &QTcpSocket::readChannelFinished, this, &ProxySession::onClientReadFinished);
    connect(m_client, &QTcpSocket::disconnected, this, &ProxySession::onClientDisconnected);

    if (refuseStatus) {
        reject(refuseStatus, FailureReason::ConnectionLimit,
               QStringLiteral("Airlock is at its limit of %1 connections").arg(m_context->config().limits.maxSessions));
        return;
    }
    m_headTimer.start(m_context->config().limits.headTimeoutMs);
    if (m_client->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ProxySession::onClientReadyRead, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// Client leg

void ProxySession::onClientReadyRead()
{
    switch (m_state) {
    case State::ReadingHead: {
        if (m_client->bytesAvailable() > 0)
            m_clientInput += m_client->read(Pump::readChunk);
        if (m_clientInput.isEmpty())
            return;
        const qsizetype used = m_requestParser.feed(m_clientInput);
        m_clientInput.remove(0, used);
        if (m_requestParser.hasError()) {
            const int status = m_requestParser.errorStatus();
            reject(status,
                   status == 431   ? FailureReason::HeadTooLarge
                   : status == 414 ? FailureReason::RequestLineTooLong
                                   : FailureReason::BadRequestHead,
                   m_requestParser.errorDetail());
            return;
        }
        if (m_requestParser.isComplete())
            processRequestHead();
        return;
    }
    case State::Requesting:
        pumpHttp();
        return;
    case State::Draining:
        m_client->skip(m_client->bytesAvailable());
        return;
    case State::Tunnelling: // the tunnel reads the client itself
    case State::Dialing:
    case State::Upgrading:
    case State::Closed:
        return; // left in the socket's bounded buffer until there is somewhere to send it
    }
}

void ProxySession::onClientBytesWritten()
{
    if (m_state == State::Draining) {
        if (m_client->bytesToWrite() == 0 && m_client->state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(m_client->socketDescriptor()), SHUT_WR);
        return;
    }
    resumePumpInto(m_down, m_client);
}

// `written` has sent enough to be below the low watermark: the pump feeding it may read again.
void ProxySession::resumePumpInto(const Pump& pump, QTcpSocket* written)
{
    if (m_state == State::Requesting && pump.isActive() && written && written->bytesToWrite() < Pump::lowWatermark)
        pumpHttp();
}

void ProxySession::onClientReadFinished()
{
    m_clientEof = true;
    switch (m_state) {
    case State::ReadingHead:
        if (m_requestParser.bufferedBytes() > 0 || !m_clientInput.isEmpty()) {
            m_record.failureReason = FailureReason::ClientGone;
            m_record.failureDetail = QStringLiteral("client closed the connection in the middle of a request head");
            finishRecord(HandshakeRecord::Outcome::ClientGone);
        }
        teardown();
        return;
    case State::Dialing:
    case State::Upgrading:
        m_record.failureReason = FailureReason::ClientGone;
        m_record.failureDetail = QStringLiteral("client closed the connection before the backend answered");
        finishRecord(HandshakeRecord::Outcome::ClientGone);
        teardown();
        return;
    case State::Requesting:
        pumpHttp();
        if (m_state == State::Requesting) {
            m_record.failureReason = FailureReason::ClientGone;
            m_record.failureDetail = QStringLiteral("client closed the connection before the response was complete");
            finishRecord(HandshakeRecord::Outcome::ClientGone);
            teardown();
        }
        return;
    case State::Draining:
        teardown();
        return;
    case State::Tunnelling: // the tunnel's to handle
    case State::Closed:
        return;
    }
}

void ProxySession::onClientDisconnected()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Tunnelling)
        return;
    if (!m_clientEof)
        onClientReadFinished();
}

// ---------------------------------------------------------------------------------------------
// Request head: checks, routing

void ProxySession::processRequestHead()
{
    m_headTimer.stop();
    m_request = m_requestParser.takeHead();
    m_match = RouteMatch();
    m_record.headReadAt = nowMs();
    m_record.method = m_request.method;
    m_record.target = HeaderPolicy::redactedTarget(m_request.target);
    m_record.clientRequestHead = redactedHead(m_request, {});

    const Admission admission = RequestGate::admit(m_request, *m_context);
    if (admission.verdict == Admission::Verdict::Admin) {
        serveAdmin();
        return;
    }
    m_match = admission.match;
    if (m_match.index >= 0) {
        const RouteConfig& route = m_context->routes().route(m_match.index);
        m_record.route = route.name;
        m_bridge = admission.bridge;
        m_record.backendUrl = route.backend.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        if (!m_bridge)
            m_record.backendUrl += QString::fromUtf8(HeaderPolicy::redactedTarget(m_match.backendTarget));
        m_secretNames.clear();
        for (const InjectedHeader& h : route.injectHeaders) {
            if (h.secret)
                m_secretNames.append(h.name);
        }
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
    if (!m_isUpgrade && m_backend && m_backendRoute == m_match.index &&
        m_backend->state() == QAbstractSocket::ConnectedState && !m_backendEof) {
        sendBackendRequest();
        return;
    }
    closeBackend();
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
void ProxySession::noteDial()
{
    if (!m_dial)
        return;
    m_record.upstreamProxy = m_dial->upstreamProxy();
    m_record.tcpConnectedAt = m_dial->times().tcpConnectedAt;
    m_record.proxyConnectedAt = m_dial->times().proxyConnectedAt;
    m_record.tlsDoneAt = m_dial->times().tlsDoneAt;
    if (!m_dial->proxyResponseHead().isEmpty())
        m_record.proxyResponseHead = m_dial->proxyResponseHead();
}

void ProxySession::dropDial()
{
    if (!m_dial)
        return;
    noteDial();
    m_dial->disconnect(this);
    m_dial->deleteLater();
    m_dial = nullptr;
}

void ProxySession::onBackendConnected()
{
    m_backend = m_dial->takeSocket();
    dropDial();
    m_backend->setParent(this);
    m_backend->setReadBufferSize(Pump::readChunk);
    m_backendEof = false;
    m_backendRoute = m_match.index;
    connect(m_backend, &QSslSocket::readyRead, this, &ProxySession::onBackendReadyRead);
    connect(m_backend, &QSslSocket::bytesWritten, this, &ProxySession::onBackendBytesWritten);
    // QSslSocket reports plain-text progress for TLS legs through encryptedBytesWritten too; bytesWritten
    // is emitted for the application bytes, which is what the watermarks count.
    connect(m_backend, &QSslSocket::readChannelFinished, this, &ProxySession::onBackendReadFinished);
    connect(m_backend, &QSslSocket::disconnected, this, [this] {
        if (!m_backendEof)
            onBackendReadFinished();
    });
    if (m_bridge) {
        startBridge();
        return;
    }
    sendBackendRequest();
}

void ProxySession::onBackendDialFailed(int status, FailureReason reason, const QString& detail)
{
    dropDial();
    reject(status, reason, detail, HandshakeRecord::Outcome::UpstreamFailed);
}

void ProxySession::sendBackendRequest()
{
    const RouteConfig& route = m_context->routes().route(m_match.index);
    const HttpHead out = BackendDial::rewriteRequest(m_request, route, m_match.backendTarget, m_record.clientAddress,
                                                     m_isUpgrade, &m_record.requestId);
    if (m_isUpgrade) {
        m_sentProtocols = Handshake::offeredSubprotocols(out.headers);
        m_sentExtensions = Handshake::extensionNames(out.headers);
        m_sentKey = out.headers.value("Sec-WebSocket-Key");
    }
    m_record.backendRequestHead = redactedHead(out, m_secretNames);
    m_backend->write(out.serialize());
    m_backend->flush();
    m_responseParser.reset();
    m_backendInput.clear();
    m_responseStarted = false;
    m_answerTimer.start(route.timeouts.upgradeMs);

    if (m_isUpgrade) {
        setState(State::Upgrading);
        return;
    }
    setState(State::Requesting);
    m_up = Pump(m_client, m_backend);
    m_up.startBody(m_requestFraming);
    m_up.prepend(std::exchange(m_clientInput, QByteArray()));
    m_down = Pump();
    pumpHttp();
}

// ---------------------------------------------------------------------------------------------
// Backend leg

void ProxySession::onBackendReadyRead()
{
    switch (m_state) {
    case State::Upgrading:
        readBackendResponseHead();
        return;
    case State::Requesting:
        if (!m_responseStarted)
            readBackendResponseHead();
        else
            pumpHttp();
        return;
    case State::ReadingHead:
        // An idle kept-alive backend must not talk; drop the connection rather than misattribute bytes.
        closeBackend();
        return;
    case State::Tunnelling: // the backend socket is the tunnel's
    case State::Draining:
    case State::Dialing:
    case State::Closed:
        return;
    }
}

void ProxySession::onBackendBytesWritten()
{
    resumePumpInto(m_up, m_backend);
}

void ProxySession::onBackendReadFinished()
{
    if (m_backendEof)
        return;
    m_backendEof = true;
    switch (m_state) {
    case State::Upgrading:
        readBackendResponseHead();
        if (m_state == State::Upgrading)
            reject(502, FailureReason::BackendClosed,
                   QStringLiteral("backend closed the connection before answering the upgrade"),
                   HandshakeRecord::Outcome::UpstreamFailed);
        return;
    case State::Requesting:
        if (!m_responseStarted) {
            readBackendResponseHead();
            if (m_state == State::Requesting && !m_responseStarted)
                reject(502, FailureReason::BackendClosed,
                       QStringLiteral("backend closed the connection before answering"),
                       HandshakeRecord::Outcome::UpstreamFailed);
            return;
        }
        pumpHttp();
        if (m_state == State::Requesting && m_down.isActive()) {
            if (m_responseFraming.kind == BodyFraming::Kind::UntilClose) {
                finishExchange();
            } else {
                // The body was cut short; the client can only learn it from the connection closing.
                m_record.failureReason = FailureReason::BackendClosed;
                m_record.failureDetail = QStringLiteral("backend closed the connection in the middle of the response");
                finishRecord(HandshakeRecord::Outcome::UpstreamFailed);
                m_client->disconnectFromHost();
                teardown();
            }
        }
        return;
    case State::ReadingHead:
        closeBackend();
        return;
    case State::Tunnelling:
    case State::Draining:
    case State::Dialing:
    case State::Closed:
        return;
    }
}

void ProxySession::readBackendResponseHead()
{
    for (;;) {
        if (m_backend && m_backend->bytesAvailable() > 0)
            m_backendInput += m_backend->read(Pump::readChunk);
        if (m_backendInput.isEmpty())
            return;
        const qsizetype used = m_responseParser.feed(m_backendInput);
        m_backendInput.remove(0, used);
        if (m_responseParser.hasError()) {
            reject(502, FailureReason::BadBackendResponse,
                   QStringLiteral("backend sent a malformed response head: ") + m_responseParser.errorDetail(),
                   HandshakeRecord::Outcome::UpstreamFailed);
            return;
        }
        if (!m_responseParser.isComplete()) {
            if (m_backend && m_backend->bytesAvailable() > 0)
                continue;
            return;
        }
        HttpHead response = m_responseParser.takeHead();
        m_responseParser.reset();
        m_record.upstreamResponseAt = nowMs();
        m_record.backendStatus = response.status;
        m_record.backendResponseHead = redactedHead(response, m_secretNames);

        if (response.status >= 100 && response.status < 200 && response.status != 101) {
            // Interim answers (100 Continue) go to the client as they are; the final one follows.
            if (!m_isUpgrade) {
                HeaderPolicy::removeHopByHop(response.headers);
                m_client->write(response.serialize());
            }
            continue;
        }
        m_answerTimer.stop();
        QByteArray leftover = std::exchange(m_backendInput, QByteArray());
        if (m_isUpgrade && response.status == 101) {
            answerUpgrade(response, leftover);
        } else if (response.status == 101) {
            reject(502, FailureReason::BadBackendResponse,
                   QStringLiteral("backend switched protocols on a request that did not ask for it"),
                   HandshakeRecord::Outcome::UpstreamFailed);
        } else {
            forwardResponseHead(std::move(response), std::move(leftover));
        }
        return;
    }
}

void ProxySession::answerUpgrade(const HttpHead& response, QByteArray leftover)
{
    const Handshake::ResponseCheck check =
        Handshake::checkResponse(response, m_sentKey, m_sentProtocols, m_sentExtensions);
    if (!check.ok) {
        reject(502, FailureReason::BadBackendUpgrade,
               QStringLiteral("backend's 101 answer is not valid: ") + check.detail,
               HandshakeRecord::Outcome::UpstreamFailed);
        return;
    }
    const UpgradeAnswer answer = UpgradeAnswer::forBackend(response, check.subprotocol, check.extensions,
                                                           m_context->routes().route(m_match.index), m_offeredProtocols,
                                                           m_request.headers.value("Sec-WebSocket-Key"));
    m_client->write(answer.head.serialize());
    m_record.subprotocolNote = answer.note;
    m_record.clientResponseHead = redactedHead(answer.head, m_secretNames);
    m_record.clientResponseAt = nowMs();
    m_record.httpStatus = 101;
    m_record.subprotocol = answer.clientProtocol;
    m_record.backendSubprotocol = check.subprotocol;
    m_record.extensions = check.extensions;

    enterTunnel(Handshake::hasPermessageDeflate(response.headers), leftover);
}

// Both legs are up and the client has its 101: the tunnel takes the backend socket and moves the bytes.
void ProxySession::enterTunnel(bool deflateNegotiated, const QByteArray& backendInput)
{
    const RouteConfig& route = m_context->routes().route(m_match.index);
    WebSocketTunnel::Settings settings;
    settings.bridge = m_bridge;
    settings.sessionId = m_record.sessionId;
    settings.strictFrames = route.strictFrames;
    settings.maxMessageBytes = route.maxMessageBytes;
    settings.deflateNegotiated = deflateNegotiated;
    settings.pingMs = route.keepalive.pingMs;
    settings.idleMs = route.timeouts.idleMs;
    settings.drainMs = route.timeouts.drainMs;
    std::unique_ptr<MessageCapture> capture;
    if (route.capture.enabled)
        capture = std::make_unique<MessageCapture>(
            route.capture.maxBytesPerSession, &m_context->captureBudget(),
            HeaderPolicy::credentialValues(m_request.headers, m_request.target, route.injectHeaders));

    QSslSocket* backend = std::exchange(m_backend, nullptr);
    backend->disconnect(this);
    m_backendRoute = -1;
    m_tunnel = new WebSocketTunnel(m_client, backend, settings, std::move(capture), this);
    connect(m_tunnel, &WebSocketTunnel::ended, this, &ProxySession::onTunnelEnded);
    connect(m_tunnel, &WebSocketTunnel::finished, this, &ProxySession::teardown);
    setState(State::Tunnelling);
    m_context->metrics().sessionOpened();
    m_tunnelCounted = true;
    m_tunnel->start(std::exchange(m_clientInput, QByteArray()), backendInput, m_backendEof);
}

// The tunnel closed or released the backend: the record is complete, and the client leg closes here.
void ProxySession::onTunnelEnded()
{
    finishRecord(HandshakeRecord::Outcome::Closed);
    lingerCloseClient();
}

// The TCP connection is up: the client's upgrade is answered by Airlock, and from here each client message
// goes to TCP as its bytes and each TCP read comes back as one binary message.
void ProxySession::startBridge()
{
    // The connector has set TCP_NODELAY on this socket: VNC and SSH send small writes that must not wait
    // for Nagle's timer.
    HttpHeaders forwarded = m_request.headers;
    m_record.requestId = HeaderPolicy::ensureRequestId(forwarded);
    m_record.upstreamResponseAt = nowMs();

    const UpgradeAnswer answer = UpgradeAnswer::forBridge(m_bridgeProtocol, m_context->routes().route(m_match.index),
                                                          m_request.headers.value("Sec-WebSocket-Key"));
    m_client->write(answer.head.serialize());
    m_record.clientResponseHead = redactedHead(answer.head, m_secretNames);
    m_record.clientResponseAt = nowMs();
    m_record.httpStatus = 101;
    m_record.subprotocol = answer.clientProtocol;
    m_record.subprotocolNote = answer.note;

    enterTunnel(false, {});
}

// ---------------------------------------------------------------------------------------------
// Plain HTTP

void ProxySession::forwardResponseHead(HttpHead response, QByteArray leftover)
{
    m_responseFraming = BodyFraming::forResponse(response, m_request.method);
    if (m_responseFraming.kind == BodyFraming::Kind::Invalid) {
        reject(502, FailureReason::BadBackendResponse,
               QStringLiteral("backend response framing: ") + m_responseFraming.error,
               HandshakeRecord::Outcome::UpstreamFailed);
        return;
    }
    if (m_isUpgrade && canCloseVisibly()) {
        // The backend refused the upgrade: a browser learns the status as 4000 + status.
        const int status = response.status;
        m_record.clientResponseHead.clear();
        m_record.failureReason = FailureReason::BackendRefusedUpgrade;
        closeBackend();
        answerWithClose(status <= 599 ? quint16(4000 + status) : quint16(1014),
                        QStringLiteral("backend answered %1 %2").arg(status).arg(QString::fromLatin1(response.reason)),
                        HandshakeRecord::Outcome::BackendRejected);
        return;
    }
    m_backendKeepAlive =
        RequestGate::wantsKeepAlive(response) && m_responseFraming.kind != BodyFraming::Kind::UntilClose;
    const bool keep = m_clientKeepAlive && !m_isUpgrade && m_responseFraming.kind != BodyFraming::Kind::UntilClose;
    m_clientKeepAlive = keep;

    HttpHead out = std::move(response);
    HeaderPolicy::removeHopByHop(out.headers);
    out.versionMinor = 1;
    if (!keep)
        out.headers.set("Connection", "close");
    else if (m_request.versionMinor == 0)
        out.headers.set("Connection", "keep-alive");
    m_client->write(out.serialize());
    m_record.clientResponseHead = redactedHead(out, m_secretNames);
    m_record.clientResponseAt = nowMs();
    m_record.httpStatus = out.status;
    if (m_isUpgrade) {
        m_record.failureReason = FailureReason::BackendRefusedUpgrade;
        m_record.failureDetail = QStringLiteral("backend answered the upgrade with %1 %2")
                                     .arg(out.status)
                                     .arg(QString::fromLatin1(out.reason));
        // The upgrade request had no body: the client leg only carries the response from here.
        m_up = Pump();
        setState(State::Requesting);
    }

    m_down = Pump(m_backend, m_client);
    m_down.startBody(m_responseFraming);
    m_down.prepend(leftover);
    m_responseStarted = true;
    const int idleMs = m_context->routes().route(m_match.index).timeouts.idleMs;
    if (idleMs > 0)
        m_stallTimer.start(idleMs);
    pumpHttp();
}

// Writing can emit bytesWritten synchronously (flush), which would re-enter the pump from inside a
// pump: such calls only ask the running loop for another turn.
void ProxySession::pumpHttp()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpHttpOnce();
    } while (m_pumpAgain && m_state == State::Requesting);
    m_pumping = false;
}

void ProxySession::pumpHttpOnce()
{
    if (m_state != State::Requesting)
        return;
    if (m_up.isActive()) {
        const Pump::Result up = m_up.run();
        if (up == Pump::Result::Error) {
            if (!m_responseStarted) {
                reject(400, FailureReason::BadRequestBody, m_up.errorDetail());
            } else {
                m_client->abort();
                teardown();
            }
            return;
        }
        if (up == Pump::Result::Done)
            m_clientInput = m_up.takeRemainder() + m_clientInput;
    }
    if (!m_responseStarted || !m_down.isActive())
        return;
    const qint64 before = m_down.bytesForwarded();
    const Pump::Result down = m_down.run();
    if (down == Pump::Result::Error) {
        m_record.failureReason = FailureReason::BadBackendResponse;
        m_record.failureDetail = m_down.errorDetail();
        finishRecord(HandshakeRecord::Outcome::UpstreamFailed);
        m_client->disconnectFromHost();
        teardown();
        return;
    }
    if (m_down.bytesForwarded() != before && m_stallTimer.isActive())
        m_stallTimer.start();
    if (down == Pump::Result::Done)
        finishExchange();
}

void ProxySession::finishExchange()
{
    m_stallTimer.stop();
    m_record.bytesFromClient = m_up.bytesForwarded();
    m_record.bytesFromBackend = m_down.bytesForwarded();
    finishRecord(m_isUpgrade ? HandshakeRecord::Outcome::BackendRejected : HandshakeRecord::Outcome::Forwarded);
    const bool requestDone = !m_up.isActive() || m_up.isBodyDone();
    if (!m_backendKeepAlive || !requestDone)
        closeBackend();
    if (!m_clientKeepAlive || !requestDone) {
        m_client->disconnectFromHost();
        if (m_client->state() == QAbstractSocket::UnconnectedState)
            teardown();
        else
            lingerCloseClient();
        return;
    }
    resetForNextRequest();
}

void ProxySession::resetForNextRequest()
{
    m_requestParser.reset();
    m_record = HandshakeRecord{};
    m_recordPosted = false;
    m_record.sessionId = m_context->nextSessionId();
    m_record.acceptedAt = nowMs();
    m_record.clientAddress = m_client->peerAddress().toString();
    m_record.clientPort = m_client->peerPort();
    m_up = Pump();
    m_down = Pump();
    m_isUpgrade = false;
    m_responseStarted = false;
    setState(State::ReadingHead);
    m_headTimer.start(m_context->config().limits.headTimeoutMs);
    if (m_clientEof && m_clientInput.isEmpty()) {
        teardown();
        return;
    }
    if (!m_clientInput.isEmpty() || m_client->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ProxySession::onClientReadyRead, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// Refusals, timers, teardown

void ProxySession::reject(int status, FailureReason reason, const QString& detail, HandshakeRecord::Outcome outcome)
{
    m_answerTimer.stop();
    m_stallTimer.stop();
    m_headTimer.stop();
    dropDial();
    closeBackend();
    m_record.failureReason = reason;
    m_record.failureDetail = detail;
    if (const quint16 code = Refusal::browserCloseCode(reason, outcome); code != 0 && canCloseVisibly()) {
        answerWithClose(code, detail, outcome);
        return;
    }
    if (m_responseStarted) {
        // Part of a response is already out: the only honest signal left is closing the connection.
        finishRecord(outcome);
        m_client->abort();
        teardown();
        return;
    }
    const QByteArray body = detail.toUtf8() + '\n';
    const HttpHead answer = Refusal::httpAnswer(status, reason, body.size(), m_record.requestId);
    const QByteArray head = answer.serialize();
    m_client->write(head + (m_request.method == "HEAD" ? QByteArray() : body));
    m_record.clientResponseHead = head;
    m_record.clientResponseAt = nowMs();
    m_record.httpStatus = status;
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

// Only a valid upgrade from a browser (it sends Origin; other clients rely on the HTTP status) on a route
// that has not turned this off.
bool ProxySession::canCloseVisibly() const
{
    if (m_responseStarted || !m_request.isRequest() || !m_request.headers.contains("Origin"))
        return false;
    if (!Handshake::isUpgradeRequest(m_request) || !Handshake::checkRequest(m_request).ok)
        return false;
    return m_match.index < 0 || m_context->routes().route(m_match.index).browserVisibleErrors;
}

// Completes the client's upgrade and closes at once with code and reason. The 101 selects the client's
// first offered subprotocol, because a browser fails a handshake that ignores its offer.
void ProxySession::answerWithClose(quint16 code, const QString& detail, HandshakeRecord::Outcome outcome)
{
    const QByteArrayList offered = Handshake::offeredSubprotocols(m_request.headers);
    HttpHead answer = Handshake::switchingProtocols(m_request.headers.value("Sec-WebSocket-Key"), offered.value(0));
    answer.headers.append("X-Airlock-Error", failure::id(m_record.failureReason).toLatin1());
    const QByteArray reason = CloseCodeRules::truncateReason(detail.toUtf8());
    const QByteArray head = answer.serialize();
    m_client->write(head + FrameBuilder::closeFrame(code, reason, false));

    m_record.kind = HandshakeRecord::Kind::WebSocket;
    m_record.clientResponseHead = head;
    m_record.clientResponseAt = nowMs();
    m_record.httpStatus = 101;
    m_record.subprotocol = offered.value(0);
    m_record.closeCode = code;
    m_record.closeReason = reason;
    m_record.closeSide = HandshakeRecord::Side::Airlock;
    m_record.subprotocolNote =
        QStringLiteral("browser-visible rejection: upgrade completed to deliver close %1").arg(code);
    finishRecord(outcome);
    lingerCloseClient();
}

void ProxySession::lingerCloseClient()
{
    // Close our sending side only after the answer is out, then read and drop what the client still sends:
    // closing with unread input would reset the connection and could destroy the answer in flight.
    m_up = Pump();
    m_down = Pump();
    m_headTimer.stop();
    m_answerTimer.stop();
    m_stallTimer.stop();
    setState(State::Draining);
    m_lingerTimer.start(2000);
    m_client->flush();
    if (m_client->state() != QAbstractSocket::ConnectedState) {
        teardown();
        return;
    }
    if (m_client->bytesToWrite() == 0)
        ::shutdown(int(m_client->socketDescriptor()), SHUT_WR);
    m_client->skip(m_client->bytesAvailable());
}

void ProxySession::onHeadTimeout()
{
    if (m_state != State::ReadingHead)
        return;
    if (m_requestParser.bufferedBytes() > 0 || !m_clientInput.isEmpty()) {
        reject(408, FailureReason::HeadTimeout,
               QStringLiteral("the request head was not complete within %1 ms")
                   .arg(m_context->config().limits.headTimeoutMs));
        return;
    }
    // A connection that never sent a request (or an idle keep-alive one) just closes.
    m_client->disconnectFromHost();
    teardown();
}

void ProxySession::onAnswerTimeout()
{
    if (m_state != State::Upgrading && m_state != State::Requesting)
        return;
    const int upgradeMs = m_context->routes().route(m_match.index).timeouts.upgradeMs;
    if (m_isUpgrade)
        reject(504, FailureReason::UpgradeTimeout,
               QStringLiteral("backend did not answer the upgrade within %1 ms").arg(upgradeMs),
               HandshakeRecord::Outcome::UpstreamFailed);
    else
        reject(504, FailureReason::ResponseTimeout,
               QStringLiteral("backend did not answer within %1 ms").arg(upgradeMs),
               HandshakeRecord::Outcome::UpstreamFailed);
}

// The response had started and its body stopped coming: only closing the connection can say so.
void ProxySession::onStallTimeout()
{
    if (m_state != State::Requesting)
        return;
    m_record.failureReason = FailureReason::IdleTimeout;
    m_record.failureDetail =
        QStringLiteral("response body stalled for %1 ms").arg(m_context->routes().route(m_match.index).timeouts.idleMs);
    finishRecord(HandshakeRecord::Outcome::UpstreamFailed);
    m_client->abort();
    teardown();
}

// The client had its answer and did not close within the linger time.
void ProxySession::onLingerTimeout()
{
    if (m_state == State::Closed)
        return;
    if (m_client)
        m_client->abort();
    if (m_backend)
        m_backend->abort();
    teardown();
}

void ProxySession::shutdown()
{
    switch (m_state) {
    case State::Tunnelling:
        m_tunnel->closeByAirlock(1001, "Airlock is shutting down");
        return;
    case State::ReadingHead:
        if (m_requestParser.bufferedBytes() == 0 && m_clientInput.isEmpty()) {
            m_client->disconnectFromHost();
            teardown();
            return;
        }
        [[fallthrough]];
    case State::Dialing:
    case State::Upgrading:
    case State::Requesting:
        m_record.failureReason = FailureReason::Shutdown;
        m_record.failureDetail = QStringLiteral("Airlock is shutting down");
        if (!m_responseStarted) {
            reject(503, FailureReason::Shutdown, QStringLiteral("Airlock is shutting down"),
                   HandshakeRecord::Outcome::Rejected);
            return;
        }
        finishRecord(HandshakeRecord::Outcome::ClientGone);
        m_client->abort();
        teardown();
        return;
    case State::Draining:
    case State::Closed:
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
        finishRecord(HandshakeRecord::Outcome::ClientGone);
    }
    teardown();
}

void ProxySession::finishRecord(HandshakeRecord::Outcome outcome)
{
    if (m_recordPosted)
        return;
    m_recordPosted = true;
    noteDial();
    m_record.outcome = outcome;
    if (!m_record.closedAt)
        m_record.closedAt = nowMs();
    if (m_record.kind == HandshakeRecord::Kind::WebSocket && m_record.httpStatus == 101 && m_tunnel)
        m_tunnel->fillRecord(m_record);
    classifyRecord();
    m_context->metrics().observe(m_record);
    if (EventHub* hub = m_context->hub())
        hub->post(m_record);
}

// What a client should make of the end: the close code it saw, or the status of a failed exchange.
void ProxySession::classifyRecord()
{
    int code = m_record.closeCode;
    if (code == 0 && m_record.httpStatus >= 400)
        code = m_record.httpStatus;
    if (code == 0)
        return;
    const CloseCodeClassifier classifier(m_match.index >= 0 ? m_context->routes().route(m_match.index).closeCodes
                                                            : QHash<int, CloseClassification::Kind>());
    const CloseClassification verdict = classifier.classify(code);
    m_record.classification = CloseClassification::kindName(verdict.kind);
    m_record.classificationDetail = verdict.explanation;
}

void ProxySession::closeBackend()
{
    if (!m_backend)
        return;
    m_backend->disconnect(this);
    m_backend->abort();
    m_backend->deleteLater();
    m_backend = nullptr;
    m_backendRoute = -1;
    m_backendEof = false;
}

void ProxySession::teardown()
{
    if (m_state == State::Closed)
        return;
    if (m_record.kind == HandshakeRecord::Kind::WebSocket && m_record.httpStatus == 101 && !m_recordPosted)
        finishRecord(HandshakeRecord::Outcome::Closed);
    setState(State::Closed);
    for (QTimer* timer : {&m_headTimer, &m_answerTimer, &m_stallTimer, &m_lingerTimer})
        timer->stop();
    if (m_tunnel)
        m_tunnel->abort();
    dropDial();
    if (m_backend) {
        m_backend->disconnect(this);
        if (m_backend->state() != QAbstractSocket::UnconnectedState)
            m_backend->abort();
    }
    if (m_client) {
        m_client->disconnect(this);
        if (m_client->state() != QAbstractSocket::UnconnectedState)
            m_client->abort();
    }
    emit finished();
    deleteLater();
}

} // namespace airlock
