#include "proxy/Refusal.h"

#include "proxy/HttpStatusText.h"

namespace airlock {

HttpHead Refusal::httpAnswer(int status, const QString& reason, qsizetype bodySize, const QByteArray& requestId)
{
    HttpHead answer;
    answer.status = status;
    answer.reason = HttpStatusText::reasonPhrase(status);
    answer.headers.append("Content-Type", "text/plain; charset=utf-8");
    answer.headers.append("Content-Length", QByteArray::number(bodySize));
    answer.headers.append("Cache-Control", "no-store");
    answer.headers.append("Connection", "close");
    answer.headers.append("X-Airlock-Error", reason.toLatin1());
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

quint16 Refusal::browserCloseCode(const QString& reason, HandshakeRecord::Outcome outcome)
{
    if (reason == QLatin1String("no_route"))
        return 4404;
    if (reason == QLatin1String("origin_not_allowed"))
        return 4403;
    if (reason == QLatin1String("bridge_subprotocol"))
        return 4400;
    if (reason == QLatin1String("handshake_rate_limited"))
        return 1013;
    if (reason == QLatin1String("shutdown"))
        return 1001;
    if (outcome == HandshakeRecord::Outcome::UpstreamFailed)
        return 1014;
    return 0;
}

} // namespace airlock
