#include "proxy/Refusal.h"

#include "http/SecretClassifier.h"
#include "proxy/HttpStatusText.h"
#include "proxy/SessionRecord.h"
#include "ws/CloseCodeRules.h"
#include "ws/FrameBuilder.h"
#include "ws/Handshake.h"

namespace airlock {

HttpHead Refusal::httpAnswer(int status, FailureReason reason, qsizetype bodySize, const QByteArray& requestId,
                             const QByteArray& framePolicy)
{
    HttpHead answer;
    answer.status = status;
    answer.reason = HttpStatusText::reasonPhrase(status);
    answer.headers.append("Content-Type", "text/plain; charset=utf-8");
    answer.headers.append("Content-Length", QByteArray::number(bodySize));
    answer.headers.append("Cache-Control", "no-store");
    answer.headers.append("Connection", "close");
    answer.headers.append("X-Airlock-Error", failure::id(reason).toLatin1());
    answer.headers.append("Content-Security-Policy",
                          framePolicy.isEmpty() ? QByteArrayLiteral("frame-ancestors 'none'") : framePolicy);
    if (!requestId.isEmpty())
        answer.headers.append("X-Request-Id", requestId);
    if (status == 426)
        answer.headers.append("Sec-WebSocket-Version", "13");
    if (status == 405)
        answer.headers.append("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    if (status == 429 || status == 503)
        answer.headers.append("Retry-After", "1");
    return answer;
}

quint16 Refusal::browserCloseCode(FailureReason reason, RequestRecord::Outcome outcome)
{
    switch (reason) {
    case FailureReason::NoRoute:
        return 4404;
    case FailureReason::OriginNotAllowed:
    case FailureReason::PeerUserRefused:
    case FailureReason::CrossSiteRequest:
        return 4403;
    case FailureReason::BridgeSubprotocol:
        return 4400;
    case FailureReason::HandshakeRateLimited:
        return 1013;
    case FailureReason::Shutdown:
        return 1001;
    default:
        break;
    }
    if (outcome == RequestRecord::Outcome::UpstreamFailed)
        return 1014;
    return 0;
}

quint16 Refusal::refusedUpgradeCode(int status)
{
    return status <= 599 ? quint16(4000 + status) : quint16(1014);
}

bool Refusal::canCloseVisibly(const HttpHead& request, bool routeAllows)
{
    if (!request.isRequest() || !request.headers.contains("Origin"))
        return false;
    return routeAllows && Handshake::isUpgradeRequest(request) && Handshake::checkRequest(request).ok;
}

QString Refusal::clientDetail(const HttpHead& request, FailureReason reason, const QString& detail)
{
    if (reason != FailureReason::OriginNotAllowed)
        return detail;
    return QStringLiteral("origin %1 is not allowed").arg(QString::fromUtf8(request.headers.value("Origin")));
}

QByteArray Refusal::answerHttp(const HttpHead& request, int status, const QString& detail, RequestRecord& record,
                               const QByteArray& framePolicy)
{
    // A detail may quote what the client offered (a token-carrying subprotocol): redacted like a record.
    const QByteArray body =
        SecretClassifier::redactedText(clientDetail(request, record.failureReason, detail)).toUtf8() + '\n';
    const QByteArray head =
        httpAnswer(status, record.failureReason, body.size(), record.requestId, framePolicy).serialize();
    record.clientResponseHead = head;
    record.clientResponseAt = SessionRecord::nowMs();
    record.httpStatus = status;
    return head + (request.method == "HEAD" ? QByteArray() : body);
}

QByteArray Refusal::answerWithClose(const HttpHead& request, quint16 code, const QString& detail, RequestRecord& record)
{
    const QByteArrayList offered = Handshake::offeredSubprotocols(request.headers);
    HttpHead answer = Handshake::switchingProtocols(request.headers.value("Sec-WebSocket-Key"), offered.value(0));
    answer.headers.append("X-Airlock-Error", failure::id(record.failureReason).toLatin1());
    const QByteArray reason = CloseCodeRules::truncateReason(
        SecretClassifier::redactedText(clientDetail(request, record.failureReason, detail)).toUtf8());
    const QByteArray head = answer.serialize();

    record.kind = RequestRecord::Kind::WebSocket;
    record.clientResponseHead = SessionRecord::redactedHead(answer, {});
    record.clientResponseAt = SessionRecord::nowMs();
    record.httpStatus = 101;
    record.subprotocol = SecretClassifier::redactedSubprotocol(offered.value(0));
    record.closeCode = code;
    record.closeReason = reason;
    record.closeSide = RequestRecord::Side::Airlock;
    record.subprotocolNote =
        QStringLiteral("browser-visible rejection: upgrade completed to deliver close %1").arg(code);
    return head + FrameBuilder::closeFrame(code, reason, false);
}

} // namespace airlock
