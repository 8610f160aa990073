#include "proxy/WebSocketTunnel.h"

#include "http/HeaderPolicy.h"
#include "observe/MessageCapture.h"
#include "proxy/QtSocketLeg.h"
#include "proxy/RawStreamLeg.h"
#include "ws/CloseCodeRules.h"
#include "ws/FrameBuilder.h"

#include <QTcpSocket>
#include <QTimer>

namespace airlock {

WebSocketTunnel::Settings WebSocketTunnel::Settings::forRoute(const RouteConfig& route, quint64 sessionId, bool bridge,
                                                              bool deflateNegotiated)
{
    Settings settings;
    settings.bridge = bridge;
    settings.sessionId = sessionId;
    settings.strictFrames = route.strictFrames;
    settings.maxMessageBytes = route.maxMessageBytes;
    settings.deflateNegotiated = deflateNegotiated;
    settings.pingMs = route.keepalive.pingMs;
    settings.idleMs = route.timeouts.idleMs;
    settings.drainMs = route.timeouts.drainMs;
    return settings;
}

std::unique_ptr<MessageCapture> WebSocketTunnel::captureFor(const RouteConfig& route, const HttpHead& request,
                                                            const QByteArray& backendTarget, CaptureBudget* budget)
{
    if (!route.capture.enabled)
        return {};
    QList<QByteArray> secrets = HeaderPolicy::credentialValues(request.headers, request.target, route.injectHeaders);
    // The backend URL's own query (ws://host/x?token=...) reaches the backend too, which may echo it.
    for (const QByteArray& value : HeaderPolicy::credentialValues({}, backendTarget, {})) {
        if (!secrets.contains(value))
            secrets.append(value);
    }
    return std::make_unique<MessageCapture>(route.capture.maxBytesPerSession, budget, secrets);
}

WebSocketTunnel::WebSocketTunnel(QTcpSocket* client, QTcpSocket* backend, const Settings& settings,
                                 std::unique_ptr<MessageCapture> capture, QObject* parent)
    : QObject(parent)
    , m_clientSocket(client)
    , m_backendSocket(backend)
    , m_settings(settings)
    , m_capture(std::move(capture))
    , m_keepaliveTimer(DeadlineQueue::forCurrentThread(),
                       [this] {
                           m_keepaliveTimer.start(m_settings.pingMs); // a repeating tick
                           onKeepaliveTimeout();
                       })
    , m_idleTimer(DeadlineQueue::forCurrentThread(), [this] { onIdleTimeout(); })
    , m_drainTimer(DeadlineQueue::forCurrentThread(), [this] { onDrainTimeout(); })
{
    m_backendSocket->setParent(this);
}

WebSocketTunnel::~WebSocketTunnel() = default;

// A plain connection is taken over (see RawStreamLeg::takeOver); a TLS one keeps its Qt socket, which the
// leg then owns. Either way the leg is the tunnel's.
StreamLeg* WebSocketTunnel::legFor(QTcpSocket* socket, QByteArray* input)
{
    if (RawStreamLeg* raw = RawStreamLeg::takeOver(socket, input, this))
        return raw;
    return new QtSocketLeg(socket, true, true, this);
}

void WebSocketTunnel::start(QByteArray clientInput, QByteArray backendInput, bool backendEof)
{
    m_backendEof = backendEof;
    m_client = legFor(std::exchange(m_clientSocket, nullptr), &clientInput);
    // A backend that already ended keeps its Qt socket: the tunnel finishes with what it holds.
    QTcpSocket* backend = std::exchange(m_backendSocket, nullptr);
    m_backend = backendEof ? new QtSocketLeg(backend, true, true, this) : legFor(backend, &backendInput);
    connect(m_client, &StreamLeg::readyRead, this, &WebSocketTunnel::pump);
    // The client is written by m_down and, on a bridge, by m_up too (the pongs answering its pings).
    connect(m_client, &StreamLeg::bytesWritten, this,
            [this] { resumePumpInto(m_settings.bridge && !m_down.isActive() ? m_up : m_down, m_client); });
    connect(m_client, &StreamLeg::readChannelFinished, this, &WebSocketTunnel::onClientReadFinished);
    connect(m_client, &StreamLeg::disconnected, this, &WebSocketTunnel::onClientDisconnected);
    connect(m_backend, &StreamLeg::readyRead, this, &WebSocketTunnel::pump);
    connect(m_backend, &StreamLeg::bytesWritten, this, [this] { resumePumpInto(m_up, m_backend); });
    connect(m_backend, &StreamLeg::readChannelFinished, this, &WebSocketTunnel::onBackendReadFinished);
    connect(m_backend, &StreamLeg::disconnected, this, &WebSocketTunnel::onBackendDisconnected);

    // Frame checks of the route, and its keepalive: Airlock's pings carry a per-session marker so that only
    // the pongs answering them are dropped.
    FrameTap::Options options;
    options.strict = m_settings.strictFrames;
    options.maxMessageBytes = m_settings.maxMessageBytes;
    if (m_settings.pingMs > 0) {
        m_keepaliveMarker = QByteArray("airlock-ka:" + QByteArray::number(m_settings.sessionId) + ':');
        options.dropPongPrefix = m_keepaliveMarker;
        m_keepaliveTimer.start(m_settings.pingMs);
        m_clock.start();
    }
    options.capture = m_capture.get();

    if (m_settings.bridge) {
        // Each client message goes to TCP as its bytes, each TCP read comes back as one binary message.
        m_up = Pump(m_client, m_backend);
        m_up.startFramesToBytes(options);
        m_up.prepend(clientInput);
        // The frames Airlock makes of TCP reads follow no route limits; they are only counted and captured.
        FrameTap::Options generated;
        generated.capture = options.capture;
        m_down = Pump(m_backend, m_client);
        m_down.startBytesToFrames(generated);
    } else {
        options.deflateNegotiated = m_settings.deflateNegotiated;
        m_up = Pump(m_client, m_backend);
        m_up.startFrames(FrameTap::Direction::ClientToServer, options);
        m_up.prepend(clientInput);
        m_down = Pump(m_backend, m_client);
        m_down.startFrames(FrameTap::Direction::ServerToClient, options);
        m_down.prepend(backendInput);
    }
    // Whatever arrived with the handshake moves now.
    touchIdle();
    pump();
    if (m_clientEof || m_backendEof)
        maybeFinish();
}

// ---------------------------------------------------------------------------------------------
// Socket events

void WebSocketTunnel::onClientReadFinished()
{
    m_clientEof = true;
    if (m_phase == Phase::Done)
        return;
    startDrainTimer();
    pump();
    maybeFinish();
}

void WebSocketTunnel::onClientDisconnected()
{
    if (m_phase == Phase::Done)
        return;
    if (!m_clientEof)
        onClientReadFinished();
    maybeFinish();
}

void WebSocketTunnel::onBackendReadFinished()
{
    if (m_backendEof)
        return;
    m_backendEof = true;
    if (m_phase == Phase::Done)
        return;
    startDrainTimer();
    pump();
    maybeFinish();
}

void WebSocketTunnel::onBackendDisconnected()
{
    if (!m_backendEof)
        onBackendReadFinished();
    else
        maybeFinish();
}

// `written` has sent enough to be below the low watermark: the pump feeding it may read again.
void WebSocketTunnel::resumePumpInto(const Pump& pump, StreamLeg* written)
{
    if (m_phase == Phase::Done)
        return;
    if (pump.isActive() && written && written->bytesToWrite() < Pump::lowWatermark)
        this->pump();
    if (m_phase == Phase::Draining)
        maybeFinish();
}

// ---------------------------------------------------------------------------------------------
// Timers

// Restarting a timer on every read would cost more than the read; note the time and let the timer
// re-arm itself for whatever is left when it fires.
void WebSocketTunnel::touchIdle()
{
    m_lastActivity.start();
    if (m_settings.idleMs > 0 && !m_idleTimer.isActive())
        m_idleTimer.start(m_settings.idleMs);
}

// Frames and data payload the peers sent: Airlock's own pings never pass a tap and the pongs answering
// them are dropped uncounted, so they do not keep a silent session alive; a long data frame does.
qint64 WebSocketTunnel::peerActivity() const
{
    qint64 sum = 0;
    for (const Pump* pump : {&m_up, &m_down}) {
        if (const FrameTap* tap = pump->tap())
            sum += tap->stats().frames + tap->stats().payloadBytes;
    }
    return sum;
}

// A ping goes into a leg only where the pump writing into it stands between frames; a leg in the middle
// of a frame is busy anyway and gets its ping on a later tick.
void WebSocketTunnel::onKeepaliveTimeout()
{
    if (m_phase != Phase::Open || !m_backend) {
        m_keepaliveTimer.stop();
        return;
    }
    const QByteArray payload = m_keepaliveMarker + QByteArray::number(++m_keepaliveCounter);
    const auto mayPing = [](const Pump& into) {
        const FrameTap* tap = into.tap();
        return tap && into.isActive() && !into.isStopped() && tap->atFrameBoundary() && !tap->closed();
    };
    // The backend answers into m_down, the client into m_up.
    const auto awaitPong = [this](int leg, const Pump& answers) {
        if (m_awaitingPong[leg] || !answers.tap())
            return; // the older ping's answer is still due: time that one
        m_awaitingPong[leg] = true;
        m_pingSentAt[leg] = m_clock.elapsed();
        m_pongsSeen[leg] = answers.tap()->stats().droppedPongs;
    };
    if (!m_settings.bridge && mayPing(m_up)) {
        m_backend->write(FrameBuilder::ping(payload, true));
        ++m_pingsSent;
        awaitPong(1, m_down);
    }
    if (mayPing(m_down)) {
        m_client->write(FrameBuilder::ping(payload, false));
        ++m_pingsSent;
        awaitPong(0, m_up);
    }
}

// The taps drop the pongs that answer Airlock's pings: a count that moved since the ping went out is the
// answer. Checked once per pump call, and only while a ping is unanswered, so the data path pays nothing.
void WebSocketTunnel::notePongs()
{
    const Pump* answers[2] = {&m_up, &m_down};
    for (int leg = 0; leg < 2; ++leg) {
        const FrameTap* tap = answers[leg]->tap();
        if (!m_awaitingPong[leg] || !tap || tap->stats().droppedPongs == m_pongsSeen[leg])
            continue;
        m_awaitingPong[leg] = false;
        m_rttMs[leg] = m_clock.elapsed() - m_pingSentAt[leg];
    }
}

void WebSocketTunnel::onIdleTimeout()
{
    if (m_phase != Phase::Open)
        return;
    const qint64 quiet = m_lastActivity.elapsed();
    if (quiet < m_settings.idleMs) {
        m_idleTimer.start(int(m_settings.idleMs - quiet));
        return;
    }
    m_failureReason = FailureReason::IdleTimeout;
    m_failureDetail = QStringLiteral("no traffic for %1 ms").arg(m_settings.idleMs);
    closeByAirlock(1001, "idle timeout");
}

// The drain phase is bounded once, from the moment one side ended or a close began.
void WebSocketTunnel::startDrainTimer()
{
    if (!m_drainTimer.isActive())
        m_drainTimer.start(m_settings.drainMs);
}

void WebSocketTunnel::onDrainTimeout()
{
    if (m_phase == Phase::Done)
        return;
    if (m_failureReason == FailureReason::None) {
        m_failureReason = FailureReason::DrainTimeout;
        m_failureDetail = QStringLiteral("the closing handshake did not finish within %1 ms").arg(m_settings.drainMs);
    }
    m_client->abort();
    if (m_backend)
        m_backend->abort();
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    stopTimers();
    emit finished();
}

void WebSocketTunnel::stopTimers()
{
    m_keepaliveTimer.stop();
    m_idleTimer.stop();
    m_drainTimer.stop();
}

// ---------------------------------------------------------------------------------------------
// Pumping

void WebSocketTunnel::pump()
{
    m_pumpLoop.run([this] { pumpOnce(); }, [this] { return m_phase != Phase::Done; });
    if (m_awaitingPong[0] || m_awaitingPong[1])
        notePongs();
}

void WebSocketTunnel::noteClose(int code, const QByteArray& reason, RequestRecord::Side side)
{
    if (m_closeSide != RequestRecord::Side::None)
        return;
    m_closeCode = code;
    m_closeReason = reason;
    m_closeSide = side;
}

void WebSocketTunnel::pumpOnce()
{
    if (m_phase == Phase::Done)
        return;
    const qint64 before = peerActivity();
    const Pump::Result up = m_up.run();
    if (up == Pump::Result::Violation) {
        handleViolation(true);
        return;
    }
    if (up == Pump::Result::Done) {
        const FrameTap::Close& close = m_up.tap()->close();
        noteClose(close.code ? close.code : 1005, close.reason, RequestRecord::Side::Client);
        if (m_settings.bridge) {
            closeBridgeByClient();
            return;
        }
    }
    const Pump::Result down = m_down.run();
    if (down == Pump::Result::Violation) {
        handleViolation(false);
        return;
    }
    if (down == Pump::Result::Done) {
        const FrameTap::Close& close = m_down.tap()->close();
        noteClose(close.code ? close.code : 1005, close.reason, RequestRecord::Side::Backend);
    }
    if (peerActivity() != before && m_phase == Phase::Open)
        touchIdle();
    // One close frame has passed and the other side owes its answer: a peer that never gives it must not
    // hold the session (and the waiting client) open, so the closing handshake is bounded from here.
    if (m_phase == Phase::Open && ((m_up.tap() && m_up.tap()->closed()) || (m_down.tap() && m_down.tap()->closed())))
        startDrainTimer();
    if (m_phase == Phase::Open && m_up.tap() && m_down.tap() && m_up.tap()->closed() && m_down.tap()->closed()) {
        // Both close frames have passed: the backend ends TCP first (RFC 6455 section 7.1.1); bound the wait.
        m_phase = Phase::Draining;
        startDrainTimer();
    }
    if (m_phase == Phase::Draining || m_clientEof || m_backendEof)
        maybeFinish();
}

// ---------------------------------------------------------------------------------------------
// Ends

void WebSocketTunnel::maybeFinish()
{
    if (m_phase == Phase::Done)
        return;
    // A side that ended is finished once everything it sent has been handed to the other side's socket
    // (which flushes it before closing); until then the drain timer bounds the wait.
    if (m_backendEof && m_backend && (!m_down.isActive() || m_backend->bytesAvailable() == 0)) {
        closeAfterLegEnded(true); // the client leg ends with a lingering close from here
        return;
    }
    if (m_clientEof && (!m_up.isActive() || m_client->bytesAvailable() == 0) && m_backend && !m_backendEof)
        closeAfterLegEnded(false);
    if (m_phase != Phase::Draining)
        return;
    const bool clientDone = m_client->isClosed();
    const bool backendDone = !m_backend || m_backend->isClosed();
    if (clientDone && backendDone) {
        m_phase = Phase::Done;
        stopTimers();
        emit finished();
    }
}

// One leg ended and all it sent has been passed on. If it ended without a close frame, the other side
// hears why (at a frame boundary only), then it is closed once its queue is flushed.
void WebSocketTunnel::closeAfterLegEnded(bool backendEnded)
{
    const Pump& from = backendEnded ? m_down : m_up;
    StreamLeg* other = backendEnded ? m_client : m_backend;
    if (m_settings.bridge && backendEnded && m_phase == Phase::Open) {
        // TCP has no close handshake: its end is the bridge's normal end.
        m_client->write(FrameBuilder::closeFrame(1000, "backend closed", false));
        noteClose(1000, "backend closed", RequestRecord::Side::Backend);
    } else if (m_phase == Phase::Open && from.tap() && !from.tap()->closed() && !from.isStopped()) {
        if (from.tap()->atFrameBoundary() && !(m_settings.bridge && !backendEnded)) {
            other->write(backendEnded ? FrameBuilder::closeFrame(1014, "backend connection lost", false)
                                      : FrameBuilder::closeFrame(1001, "client went away", true));
        }
        // No close frame: 1006 is what a browser would report.
        noteClose(1006, backendEnded ? "backend connection lost" : "client connection lost",
                  backendEnded ? RequestRecord::Side::Backend : RequestRecord::Side::Client);
    }
    if (backendEnded) {
        closeBackend();
        end();
        return;
    }
    m_up.stop();
    m_down.stop();
    m_phase = Phase::Draining;
    startDrainTimer();
    other->disconnectFromHost();
}

// The client sent its close frame: Airlock is the WebSocket server here, so it answers with the same code
// and ends the TCP connection (after what is queued for it).
void WebSocketTunnel::closeBridgeByClient()
{
    const quint16 code = m_up.tap()->close().code;
    m_client->write(FrameBuilder::closeFrame(code == 0 || CloseCodeRules::maySend(code) ? code : 1000, {}, false));
    releaseBackend();
    end();
}

void WebSocketTunnel::handleViolation(bool fromClient)
{
    Pump& bad = fromClient ? m_up : m_down;
    Pump& other = fromClient ? m_down : m_up;
    StreamLeg* violator = fromClient ? m_client : m_backend;
    StreamLeg* innocent = fromClient ? m_backend : m_client;
    const FrameTap::Violation violation = bad.tap()->violation();

    // Airlock closes both sides: this close is the one the record keeps, whatever was seen before.
    m_closeCode = violation.closeCode;
    m_closeReason = violation.reason;
    m_closeSide = RequestRecord::Side::Airlock;
    m_failureReason = fromClient ? FailureReason::ClientProtocolError : FailureReason::BackendProtocolError;
    m_failureDetail = QString::fromUtf8(violation.reason);

    bad.stop();
    other.stop();
    // Close frames only at frame boundaries; a side in the middle of a frame can only lose the connection.
    if (other.tap() && other.tap()->atFrameBoundary() && !other.tap()->closed())
        violator->write(FrameBuilder::closeFrame(violation.closeCode, violation.reason, !fromClient));
    if (bad.tap()->atFrameBoundary() && !m_settings.bridge) {
        if (fromClient)
            innocent->write(
                FrameBuilder::closeFrame(1001, QByteArray("client protocol error: " + violation.reason), true));
        else
            innocent->write(
                FrameBuilder::closeFrame(1014, QByteArray("backend protocol error: " + violation.reason), false));
    }
    // The client connection ends with a lingering close (the caller's): closing it with unread input would
    // reset it, and a client whose write fails on the reset (Chromium) reports 1006 without reading the
    // close frame.
    releaseBackend();
    end();
}

void WebSocketTunnel::closeByAirlock(quint16 code, const QByteArray& reason)
{
    if (m_phase != Phase::Open)
        return;
    noteClose(code, reason, RequestRecord::Side::Airlock);
    m_up.stop();
    m_down.stop();
    const bool clientFrameOk = m_down.tap() && m_down.tap()->atFrameBoundary() && !m_down.tap()->closed();
    const bool backendFrameOk =
        !m_settings.bridge && m_up.tap() && m_up.tap()->atFrameBoundary() && !m_up.tap()->closed();
    if (clientFrameOk)
        m_client->write(FrameBuilder::closeFrame(code, reason, false));
    if (backendFrameOk)
        m_backend->write(FrameBuilder::closeFrame(code, reason, true));
    // The peers' answers are not needed to finish: close once the frames are out.
    releaseBackend();
    end();
}

void WebSocketTunnel::closeBackend()
{
    if (!m_backend)
        return;
    StreamLeg* leg = std::exchange(m_backend, nullptr);
    leg->disconnect(this);
    leg->abort();
    leg->deleteLater();
}

// Lets the backend socket finish sending what is queued (a close frame) on its own, bounded by the drain
// time, while the session ends with the client.
void WebSocketTunnel::releaseBackend()
{
    if (!m_backend)
        return;
    StreamLeg* leg = std::exchange(m_backend, nullptr);
    leg->disconnect(this);
    leg->setParent(nullptr);
    connect(leg, &StreamLeg::disconnected, leg, &QObject::deleteLater);
    QTimer::singleShot(m_settings.drainMs, leg, [leg] {
        leg->abort();
        leg->deleteLater();
    });
    leg->disconnectFromHost();
}

// The backend leg is closed or closing on its own; the client leg is the caller's from here.
void WebSocketTunnel::end()
{
    m_phase = Phase::Done;
    stopTimers();
    m_client->disconnect(this);
    emit ended();
}

// Both legs are the tunnel's: each is closed here unless it is closed already (the client's may have ended
// its lingering close on its own).
void WebSocketTunnel::abort()
{
    m_phase = Phase::Done;
    stopTimers();
    for (StreamLeg* leg : {m_client, m_backend}) {
        if (!leg)
            continue;
        leg->disconnect(this);
        if (!leg->isClosed())
            leg->abort();
    }
    // Before start(): the sockets are still the only owners of their connections.
    if (m_clientSocket)
        m_clientSocket->abort();
    if (m_backendSocket)
        m_backendSocket->abort();
}

void WebSocketTunnel::fillSnapshot(SessionSnapshot& snapshot) const
{
    if (const FrameTap* tap = m_up.tap()) {
        snapshot.bytesFromClient = tap->stats().bytes;
        snapshot.messagesFromClient = tap->stats().messages;
    }
    if (const FrameTap* tap = m_down.tap()) {
        snapshot.bytesFromBackend = m_settings.bridge ? m_down.bytesForwarded() : tap->stats().bytes;
        snapshot.messagesFromBackend = tap->stats().messages;
    }
    snapshot.clientRttMs = m_rttMs[0];
    snapshot.backendRttMs = m_rttMs[1];
}

void WebSocketTunnel::fillRecord(RequestRecord& record)
{
    if (m_closeSide != RequestRecord::Side::None) {
        record.closeCode = m_closeCode;
        record.closeReason = m_closeReason;
        record.closeSide = m_closeSide;
    }
    if (m_failureReason != FailureReason::None) {
        record.failureReason = m_failureReason;
        record.failureDetail = m_failureDetail;
    }
    record.keepalivePingsSent = m_pingsSent;
    if (const FrameTap* tap = m_up.tap()) {
        record.bytesFromClient = tap->stats().bytes;
        record.messagesFromClient = tap->stats().messages;
    }
    if (const FrameTap* tap = m_down.tap()) {
        // A bridge's backend sends TCP bytes, not frames: count those.
        record.bytesFromBackend = m_settings.bridge ? m_down.bytesForwarded() : tap->stats().bytes;
        record.messagesFromBackend = tap->stats().messages;
    }
    record.keepalivePongsSwallowed = 0;
    for (const Pump* pump : {&m_up, &m_down}) {
        if (const FrameTap* tap = pump->tap())
            record.keepalivePongsSwallowed += tap->stats().droppedPongs;
    }
    if (m_capture) {
        // The record owns the payloads from here; the budget is free for live sessions again.
        record.captureEnabled = true;
        record.messages = m_capture->take();
        record.messagesNotCaptured = m_capture->notCaptured();
    }
}

} // namespace airlock
