#include "proxy/Refusal.h"

#include "proxy/HttpStatusText.h"

namespace airlock {

HttpHead Refusal::httpAnswer(int status, FailureReason reason, qsizetype bodySize, const QByteArray& requestId)
{
    HttpHead answer;
    answer.status = status;
    answer.reason = HttpStatusText::reasonPhrase(status);
    answer.headers.append("Content-Type", "text/plain; charset=utf-8");
    answer.headers.append("Content-Length", QByteArray::number(bodySize));
    answer.headers.append("Cache-Control", "no-store");
    answer.headers.append("Connection", "close");
    answer.headers.append("X-Airlock-Error", failure::id(reason).toLatin1());
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

} // namespace airlock
