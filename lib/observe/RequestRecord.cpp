#include "observe/RequestRecord.h"

#include "http/SecretClassifier.h"

#include <QDateTime>
#include <QJsonArray>

namespace airlock {

QString RequestRecord::outcomeName(Outcome outcome)
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

QString RequestRecord::sideName(Side side)
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

void RequestRecord::redactSecrets()
{
    target = SecretClassifier::redactedTarget(target);
    backendUrl = QString::fromUtf8(SecretClassifier::redactedTarget(backendUrl.toUtf8()));
    for (QByteArray* head : {&clientRequestHead, &backendRequestHead, &backendResponseHead, &clientResponseHead})
        *head = SecretClassifier::redactedText(*head);
    failureDetail = SecretClassifier::redactedText(failureDetail);
    subprotocol = SecretClassifier::redactedSubprotocol(subprotocol);
    backendSubprotocol = SecretClassifier::redactedSubprotocol(backendSubprotocol);
    subprotocolNote = SecretClassifier::redactedText(subprotocolNote);
    closeReason = SecretClassifier::redactedText(closeReason);
}

QJsonObject RequestRecord::toJson() const
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
            if (messagesInFileOnly) {
                o.insert(QStringLiteral("messagesInFileOnly"), true);
            } else {
                QJsonArray captured;
                for (const CapturedMessage& message : messages)
                    captured.append(message.toJson());
                o.insert(QStringLiteral("messages"), captured);
            }
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

RequestRecord RequestRecord::fromJson(const QJsonObject& o)
{
    const auto bytes = [](const QJsonObject& from, const char* key) {
        return from.value(QLatin1String(key)).toString().toUtf8();
    };
    const auto string = [](const QJsonObject& from, const char* key) {
        return from.value(QLatin1String(key)).toString();
    };
    const auto number = [](const QJsonObject& from, const char* key) {
        return qint64(from.value(QLatin1String(key)).toDouble());
    };

    RequestRecord r;
    r.sessionId = string(o, "session").toULongLong();
    r.requestId = bytes(o, "requestId");
    r.kind = string(o, "kind") == QLatin1String("websocket") ? Kind::WebSocket : Kind::Http;
    const QString client = string(o, "client");
    const qsizetype colon = client.lastIndexOf(u':');
    r.clientAddress = client.left(colon);
    r.clientPort = quint16(client.mid(colon + 1).toUInt());
    r.route = string(o, "route");
    r.method = bytes(o, "method");
    r.target = bytes(o, "target");
    r.backendUrl = string(o, "backend");
    r.upstreamProxy = string(o, "upstreamProxy");
    const QString outcome = string(o, "outcome");
    for (Outcome candidate : {Outcome::Open, Outcome::Closed, Outcome::Forwarded, Outcome::Rejected,
                              Outcome::BackendRejected, Outcome::UpstreamFailed, Outcome::ClientGone}) {
        if (outcomeName(candidate) == outcome)
            r.outcome = candidate;
    }
    r.httpStatus = o.value(QLatin1String("status")).toInt();
    r.backendStatus = o.value(QLatin1String("backendStatus")).toInt();
    r.failureReason = failure::fromId(string(o, "failure"));
    r.failureDetail = string(o, "failureDetail");
    if (r.kind == Kind::WebSocket) {
        r.subprotocol = bytes(o, "subprotocol");
        r.backendSubprotocol =
            o.contains(QLatin1String("backendSubprotocol")) ? bytes(o, "backendSubprotocol") : r.subprotocol;
        r.subprotocolNote = string(o, "subprotocolNote");
        r.extensions = bytes(o, "extensions");
        const QJsonObject close = o.value(QLatin1String("close")).toObject();
        r.closeCode = close.value(QLatin1String("code")).toInt();
        r.closeReason = bytes(close, "reason");
        const QString side = string(close, "side");
        for (Side candidate : {Side::None, Side::Client, Side::Backend, Side::Airlock}) {
            if (sideName(candidate) == side)
                r.closeSide = candidate;
        }
        r.messagesFromClient = number(o, "messagesFromClient");
        r.messagesFromBackend = number(o, "messagesFromBackend");
        r.keepalivePingsSent = number(o, "keepalivePingsSent");
        r.keepalivePongsSwallowed = number(o, "keepalivePongsSwallowed");
        r.captureEnabled = o.contains(QLatin1String("messagesNotCaptured"));
        const QJsonArray captured = o.value(QLatin1String("messages")).toArray();
        for (const QJsonValue& message : captured)
            r.messages.append(CapturedMessage::fromJson(message.toObject()));
        r.messagesNotCaptured = number(o, "messagesNotCaptured");
        r.messagesInFileOnly = o.value(QLatin1String("messagesInFileOnly")).toBool();
    }
    r.classification = string(o, "classification");
    r.classificationDetail = string(o, "classificationDetail");
    r.bytesFromClient = number(o, "bytesFromClient");
    r.bytesFromBackend = number(o, "bytesFromBackend");

    r.acceptedAt = QDateTime::fromString(string(o, "accepted"), Qt::ISODateWithMs).toMSecsSinceEpoch();
    const QJsonObject phases = o.value(QLatin1String("phasesMs")).toObject();
    const auto phase = [&](const char* name) -> qint64 {
        const QJsonValue at = phases.value(QLatin1String(name));
        return at.isUndefined() ? 0 : r.acceptedAt + qint64(at.toDouble());
    };
    r.headReadAt = phase("headRead");
    r.tcpConnectedAt = phase("tcpConnected");
    r.proxyConnectedAt = phase("proxyConnected");
    r.tlsDoneAt = phase("tlsDone");
    r.upstreamResponseAt = phase("upstreamResponse");
    r.clientResponseAt = phase("clientResponse");
    r.closedAt = phase("closed");

    const QJsonObject heads = o.value(QLatin1String("heads")).toObject();
    r.clientRequestHead = bytes(heads, "clientRequest");
    r.backendRequestHead = bytes(heads, "backendRequest");
    r.proxyResponseHead = bytes(heads, "proxyResponse");
    r.backendResponseHead = bytes(heads, "backendResponse");
    r.clientResponseHead = bytes(heads, "clientResponse");
    return r;
}

} // namespace airlock
