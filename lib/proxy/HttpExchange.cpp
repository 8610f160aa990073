#include "proxy/HttpExchange.h"

#include "config/RouteOrigin.h"
#include "http/HeaderPolicy.h"
#include "proxy/RequestGate.h"

#include <QTcpSocket>

namespace airlock {

HttpExchange::Settings HttpExchange::Settings::forRequest(const HttpHead& request, const BodyFraming& framing,
                                                          bool clientKeepAlive, const RouteConfig& route)
{
    Settings settings;
    settings.method = request.method;
    settings.requestVersionMinor = request.versionMinor;
    settings.requestFraming = framing;
    settings.clientKeepAlive = clientKeepAlive;
    settings.responseTimeoutMs = route.timeouts.upgradeMs;
    settings.idleMs = route.timeouts.idleMs;
    settings.forwardCookies = route.forwardCookies;
    settings.framePolicy = RouteOrigin::frameAncestorsPolicy(&route, request.headers.value("Host"));
    return settings;
}

HttpExchange::HttpExchange(QTcpSocket* client, QTcpSocket* backend, const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_backend(backend)
    , m_settings(settings)
    , m_clientKeepAlive(settings.clientKeepAlive)
{
    m_responseTimer.setSingleShot(true);
    m_stallTimer.setSingleShot(true);
    connect(&m_responseTimer, &QTimer::timeout, this, &HttpExchange::onResponseTimeout);
    connect(&m_stallTimer, &QTimer::timeout, this, &HttpExchange::onStallTimeout);
}

void HttpExchange::connectSockets()
{
    connect(m_client, &QTcpSocket::readyRead, this, &HttpExchange::pump);
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] { resumePumpInto(m_down, m_client); });
    connect(m_client, &QTcpSocket::readChannelFinished, this, &HttpExchange::onClientReadFinished);
    connect(m_client, &QTcpSocket::disconnected, this, [this] {
        if (!m_clientEof)
            onClientReadFinished();
    });
    connect(m_backend, &QTcpSocket::readyRead, this, &HttpExchange::onBackendReadyRead);
    connect(m_backend, &QTcpSocket::bytesWritten, this, [this] { resumePumpInto(m_up, m_backend); });
    connect(m_backend, &QTcpSocket::readChannelFinished, this, &HttpExchange::onBackendReadFinished);
    connect(m_backend, &QTcpSocket::disconnected, this, [this] {
        if (!m_backendEof)
            onBackendReadFinished();
    });
}

void HttpExchange::start(QByteArray clientInput)
{
    connectSockets();
    m_responseTimer.start(m_settings.responseTimeoutMs);
    m_up = Pump(m_client, m_backend);
    m_up.startBody(m_settings.requestFraming);
    m_up.prepend(clientInput);
    pump();
}

void HttpExchange::startWithResponse(HttpHead response, QByteArray leftover)
{
    m_upgradeRefused = true;
    connectSockets();
    forwardResponseHead(std::move(response), std::move(leftover));
}

void HttpExchange::fillRecord(RequestRecord& record) const
{
    record.bytesFromClient = bytesFromClient();
    record.bytesFromBackend = bytesFromBackend();
    record.outcome = m_upgradeRefused ? RequestRecord::Outcome::BackendRejected : RequestRecord::Outcome::Forwarded;
}

void HttpExchange::stop()
{
    if (m_done)
        return;
    m_done = true;
    m_responseTimer.stop();
    m_stallTimer.stop();
    m_client->disconnect(this);
    m_backend->disconnect(this);
}

// ---------------------------------------------------------------------------------------------
// Socket events

// The client stopped sending: an exchange still waiting for (part of) its response has lost its reader.
void HttpExchange::onClientReadFinished()
{
    m_clientEof = true;
    pump();
    if (!m_done)
        fail(Failure::Close::Abort, 0, FailureReason::ClientGone,
             QStringLiteral("client closed the connection before the response was complete"),
             RequestRecord::Outcome::ClientGone);
}

void HttpExchange::onBackendReadyRead()
{
    if (!m_responseStarted)
        readResponseHead();
    else
        pump();
}

void HttpExchange::onBackendReadFinished()
{
    if (m_backendEof)
        return;
    m_backendEof = true;
    if (!m_responseStarted) {
        readResponseHead();
        if (!m_done && !m_responseStarted)
            fail(Failure::Close::Answer, 502, FailureReason::BackendClosed,
                 QStringLiteral("backend closed the connection before answering"));
        return;
    }
    pump();
    if (m_done || !m_down.isActive())
        return;
    if (m_responseFraming.kind == BodyFraming::Kind::UntilClose) {
        complete();
        return;
    }
    // The body was cut short; the client can only learn it from the connection closing.
    fail(Failure::Close::Flush, 0, FailureReason::BackendClosed,
         QStringLiteral("backend closed the connection in the middle of the response"));
}

// `written` has sent enough to be below the low watermark: the pump feeding it may read again.
void HttpExchange::resumePumpInto(const Pump& pump, QTcpSocket* written)
{
    if (pump.isActive() && written->bytesToWrite() < Pump::lowWatermark)
        this->pump();
}

void HttpExchange::onResponseTimeout()
{
    if (m_done || m_responseStarted)
        return;
    fail(Failure::Close::Answer, 504, FailureReason::ResponseTimeout,
         QStringLiteral("backend did not answer within %1 ms").arg(m_settings.responseTimeoutMs));
}

// The response had started and its body stopped coming: only closing the connection can say so.
void HttpExchange::onStallTimeout()
{
    if (m_done)
        return;
    fail(Failure::Close::Abort, 0, FailureReason::IdleTimeout,
         QStringLiteral("response body stalled for %1 ms").arg(m_settings.idleMs));
}

// ---------------------------------------------------------------------------------------------
// Response head

void HttpExchange::readResponseHead()
{
    while (!m_done) {
        switch (m_reader.read(*m_backend)) {
        case ResponseHeadReader::Result::NeedMore:
            return;
        case ResponseHeadReader::Result::Error:
            fail(Failure::Close::Answer, 502, FailureReason::BadBackendResponse, m_reader.errorDetail());
            return;
        case ResponseHeadReader::Result::Interim: {
            // Interim answers (100 Continue) go to the client as they are; the final one follows. An HTTP/1.0
            // client knows none (RFC 9110 section 15.2): it gets only the final one.
            HttpHead interim = m_reader.takeHead();
            emit responseHeadReceived(interim);
            if (m_settings.requestVersionMinor == 0)
                continue;
            HeaderPolicy::removeHopByHop(interim.headers);
            if (!m_settings.forwardCookies)
                interim.headers.remove("Set-Cookie");
            m_client->write(interim.serialize());
            continue;
        }
        case ResponseHeadReader::Result::Final: {
            HttpHead response = m_reader.takeHead();
            emit responseHeadReceived(response);
            m_responseTimer.stop();
            if (response.status == 101) {
                fail(Failure::Close::Answer, 502, FailureReason::BadBackendResponse,
                     QStringLiteral("backend switched protocols on a request that did not ask for it"));
                return;
            }
            forwardResponseHead(std::move(response), m_reader.takeLeftover());
            return;
        }
        }
    }
}

void HttpExchange::forwardResponseHead(HttpHead response, QByteArray leftover)
{
    m_responseFraming = BodyFraming::forResponse(response, m_settings.method);
    if (m_responseFraming.kind == BodyFraming::Kind::Invalid) {
        fail(Failure::Close::Answer, 502, FailureReason::BadBackendResponse,
             QStringLiteral("backend response framing: ") + m_responseFraming.error);
        return;
    }
    const bool untilClose = m_responseFraming.kind == BodyFraming::Kind::UntilClose;
    // An HTTP/1.0 client knows no chunked coding: it gets the chunk data, delimited by the connection's end.
    const bool dechunk = m_settings.requestVersionMinor == 0 && m_responseFraming.kind == BodyFraming::Kind::Chunked;
    m_backendKeepAlive = RequestGate::wantsKeepAlive(response) && !untilClose;
    m_clientKeepAlive = m_clientKeepAlive && !m_upgradeRefused && !untilClose && !dechunk;

    HttpHead out = std::move(response);
    HeaderPolicy::removeHopByHop(out.headers);
    if (dechunk) {
        out.headers.remove("Transfer-Encoding");
        out.headers.remove("Trailer");
    }
    if (!m_settings.forwardCookies)
        out.headers.remove("Set-Cookie");
    // A separate header: a browser enforces the backend's own CSP and this one, so the stricter wins.
    if (!m_settings.framePolicy.isEmpty())
        out.headers.append("Content-Security-Policy", m_settings.framePolicy);
    out.versionMinor = 1;
    if (!m_clientKeepAlive)
        out.headers.set("Connection", "close");
    else if (m_settings.requestVersionMinor == 0)
        out.headers.set("Connection", "keep-alive");
    m_client->write(out.serialize());
    emit responseHeadSent(out);

    m_down = Pump(m_backend, m_client);
    m_down.startBody(m_responseFraming, dechunk);
    m_down.prepend(leftover);
    m_responseStarted = true;
    if (m_settings.idleMs > 0)
        m_stallTimer.start(m_settings.idleMs);
    pump();
}

// ---------------------------------------------------------------------------------------------
// Bodies

void HttpExchange::pump()
{
    m_pumpLoop.run([this] { pumpOnce(); }, [this] { return !m_done; });
}

void HttpExchange::pumpOnce()
{
    if (m_done)
        return;
    if (m_up.isActive()) {
        const Pump::Result up = m_up.run();
        if (up == Pump::Result::Error) {
            fail(m_responseStarted ? Failure::Close::Abort : Failure::Close::Answer, 400, FailureReason::BadRequestBody,
                 m_up.errorDetail(), RequestRecord::Outcome::Rejected);
            return;
        }
        if (up == Pump::Result::Done)
            m_clientRemainder = m_up.takeRemainder();
    }
    if (!m_responseStarted || !m_down.isActive())
        return;
    const qint64 before = m_down.bytesForwarded();
    const Pump::Result down = m_down.run();
    if (down == Pump::Result::Error) {
        fail(Failure::Close::Flush, 0, FailureReason::BadBackendResponse, m_down.errorDetail());
        return;
    }
    if (m_down.bytesForwarded() != before && m_stallTimer.isActive())
        m_stallTimer.start();
    if (down == Pump::Result::Done)
        complete();
}

// ---------------------------------------------------------------------------------------------
// The end

void HttpExchange::complete()
{
    stop();
    emit completed();
}

void HttpExchange::fail(Failure::Close close, int status, FailureReason reason, const QString& detail,
                        RequestRecord::Outcome outcome)
{
    stop();
    Failure failure;
    failure.close = close;
    failure.status = status;
    failure.reason = reason;
    failure.detail = detail;
    failure.outcome = outcome;
    emit failed(failure);
}

} // namespace airlock
