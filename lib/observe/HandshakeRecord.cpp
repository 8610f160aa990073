#include "observe/HandshakeRecord.h"

#include <QDateTime>
#include <QJsonArray>

namespace airlock {

QString HandshakeRecord::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Open:
        return QStringLiteral("open");
    case Outcome::Closed:
        return QStringLiteral("closed");
    case Outcome::Forwarded:
        return QStringLiteral("forwarded");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::BackendRejected:
        return QStringLiteral("backend_rejected");
    case Outcome::UpstreamFailed:
        return QStringLiteral("upstream_failed");
    case Outcome::ClientGone:
        return QStringLiteral("client_gone");
    }
    return {};
}

QString HandshakeRecord::sideName(Side side)
{
    switch (side) {
    case Side::None:
        return QStringLiteral("none");
    case Side::Client:
        return QStringLiteral("client");
    case Side::Backend:
        return QStringLiteral("backend");
    case Side::Airlock:
        return QStringLiteral("airlock");
    }
    return {};
}

namespace {

QJsonValue text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject HandshakeRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("session"), QString::number(sessionId));
    o.insert(QStringLiteral("requestId"), text(requestId));
    o.insert(QStringLiteral("kind"), kind == Kind::WebSocket ? QStringLiteral("websocket") : QStringLiteral("http"));
    o.insert(QStringLiteral("client"), QString(clientAddress + u':' + QString::number(clientPort)));
    o.insert(QStringLiteral("route"), route);
    o.insert(QStringLiteral("method"), text(method));
    o.insert(QStringLiteral("target"), text(target));
    if (!backendUrl.isEmpty())
        o.insert(QStringLiteral("backend"), backendUrl);
    if (!upstreamProxy.isEmpty())
        o.insert(QStringLiteral("upstreamProxy"), upstreamProxy);
    o.insert(QStringLiteral("outcome"), outcomeName(outcome));
    if (httpStatus)
        o.insert(QStringLiteral("status"), httpStatus);
    if (backendStatus)
        o.insert(QStringLiteral("backendStatus"), backendStatus);
    if (failureReason != FailureReason::None) {
        o.insert(QStringLiteral("failure"), failure::id(failureReason));
        o.insert(QStringLiteral("failureDetail"), failureDetail);
    }
    if (kind == Kind::WebSocket) {
        o.insert(QStringLiteral("subprotocol"), text(subprotocol));
        if (backendSubprotocol != subprotocol)
            o.insert(QStringLiteral("backendSubprotocol"), text(backendSubprotocol));
        if (!subprotocolNote.isEmpty())
            o.insert(QStringLiteral("subprotocolNote"), subprotocolNote);
        if (!extensions.isEmpty())
            o.insert(QStringLiteral("extensions"), text(extensions));
        if (closeCode) {
            QJsonObject close;
            close.insert(QStringLiteral("code"), closeCode);
            close.insert(QStringLiteral("reason"), text(closeReason));
            close.insert(QStringLiteral("side"), sideName(closeSide));
            if (upstreamResponseAt && closedAt)
                close.insert(QStringLiteral("msAfterUpgrade"), double(closedAt - upstreamResponseAt));
            o.insert(QStringLiteral("close"), close);
        }
        o.insert(QStringLiteral("messagesFromClient"), double(messagesFromClient));
        o.insert(QStringLiteral("messagesFromBackend"), double(messagesFromBackend));
        o.insert(QStringLiteral("keepalivePingsSent"), double(keepalivePingsSent));
        o.insert(QStringLiteral("keepalivePongsSwallowed"), double(keepalivePongsSwallowed));
        if (captureEnabled) {
            QJsonArray captured;
            for (const CapturedMessage& message : messages)
                captured.append(message.toJson());
            o.insert(QStringLiteral("messages"), captured);
            o.insert(QStringLiteral("messagesNotCaptured"), double(messagesNotCaptured));
        }
    }
    if (!classification.isEmpty()) {
        o.insert(QStringLiteral("classification"), classification);
        o.insert(QStringLiteral("classificationDetail"), classificationDetail);
    }
    o.insert(QStringLiteral("bytesFromClient"), double(bytesFromClient));
    o.insert(QStringLiteral("bytesFromBackend"), double(bytesFromBackend));

    // Phases as milliseconds after acceptance, so "where did the time go" reads at a glance.
    o.insert(QStringLiteral("accepted"), isoTime(acceptedAt));
    QJsonObject phases;
    const auto phase = [&](const char* name, qint64 at) {
        if (at)
            phases.insert(QLatin1String(name), double(at - acceptedAt));
    };
    phase("headRead", headReadAt);
    phase("tcpConnected", tcpConnectedAt);
    phase("proxyConnected", proxyConnectedAt);
    phase("tlsDone", tlsDoneAt);
    phase("upstreamResponse", upstreamResponseAt);
    phase("clientResponse", clientResponseAt);
    phase("closed", closedAt);
    o.insert(QStringLiteral("phasesMs"), phases);

    QJsonObject heads;
    const auto head = [&](const char* name, const QByteArray& value) {
        if (!value.isEmpty())
            heads.insert(QLatin1String(name), text(value));
    };
    head("clientRequest", clientRequestHead);
    head("backendRequest", backendRequestHead);
    head("proxyResponse", proxyResponseHead);
    head("backendResponse", backendResponseHead);
    head("clientResponse", clientResponseHead);
    o.insert(QStringLiteral("heads"), heads);
    return o;
}

} // namespace airlock
