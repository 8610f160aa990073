#include "proxy/SessionRecord.h"

#include "http/HeaderPolicy.h"
#include "http/SecretClassifier.h"
#include "ws/CloseCodeClassifier.h"

#include <QDateTime>

namespace airlock {

qint64 SessionRecord::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray SessionRecord::redactedHead(const HttpHead& head, const QList<QByteArray>& secrets)
{
    HttpHead copy = head;
    copy.headers = SecretClassifier::redactedHeaders(head.headers, secrets);
    if (copy.isRequest())
        copy.target = SecretClassifier::redactedTarget(head.target);
    return copy.serialize();
}

QList<QByteArray> SessionRecord::secretNames(const RouteConfig& route)
{
    // Injected values are always secret, whether or not they came from the environment.
    QList<QByteArray> names;
    for (const InjectedHeader& h : route.injectHeaders)
        names.append(h.name);
    return names;
}

RequestRecord SessionRecord::begin(quint64 sessionId, const QString& clientAddress, quint16 clientPort)
{
    RequestRecord record;
    record.sessionId = sessionId;
    record.acceptedAt = nowMs();
    record.clientAddress = clientAddress;
    record.clientPort = clientPort;
    return record;
}

void SessionRecord::noteRequest(RequestRecord& record, const HttpHead& request)
{
    record.headReadAt = nowMs();
    record.method = request.method;
    record.target = SecretClassifier::redactedTarget(request.target);
    record.clientRequestHead = redactedHead(request, {});
}

void SessionRecord::noteBridgeOpen(RequestRecord& record, const HttpHead& request)
{
    HttpHeaders forwarded = request.headers;
    record.requestId = HeaderPolicy::ensureRequestId(forwarded);
    record.upstreamResponseAt = nowMs();
}

void SessionRecord::noteRoute(RequestRecord& record, const RouteConfig& route, const QByteArray& backendTarget,
                              bool bridge)
{
    record.route = route.name;
    record.backendUrl = route.backend.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (!bridge)
        record.backendUrl += QString::fromUtf8(SecretClassifier::redactedTarget(backendTarget));
}

void SessionRecord::noteBackendResponse(RequestRecord& record, const HttpHead& response,
                                        const QList<QByteArray>& secrets)
{
    record.upstreamResponseAt = nowMs();
    record.backendStatus = response.status;
    record.backendResponseHead = redactedHead(response, secrets);
}

void SessionRecord::noteClientResponse(RequestRecord& record, const HttpHead& answer, const QList<QByteArray>& secrets)
{
    record.clientResponseHead = redactedHead(answer, secrets);
    record.clientResponseAt = nowMs();
    record.httpStatus = answer.status;
}

void SessionRecord::finish(RequestRecord& record, RequestRecord::Outcome outcome, const RouteConfig* route)
{
    record.outcome = outcome;
    if (!record.closedAt)
        record.closedAt = nowMs();
    classify(record, route ? route->closeCodes : QHash<int, CloseClassification::Kind>());
}

void SessionRecord::classify(RequestRecord& record, const QHash<int, CloseClassification::Kind>& rules)
{
    int code = record.closeCode;
    if (code == 0 && record.httpStatus >= 400)
        code = record.httpStatus;
    if (code == 0)
        return;
    const CloseClassification verdict = CloseCodeClassifier(rules).classify(code);
    record.classification = CloseClassification::kindName(verdict.kind);
    record.classificationDetail = verdict.explanation;
}

} // namespace airlock
