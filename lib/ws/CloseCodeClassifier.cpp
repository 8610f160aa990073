#include "ws/CloseCodeClassifier.h"

namespace airlock {

namespace {

using Kind = CloseClassification::Kind;

// The record keeps the English sentence; CloseClassification::translatedExplanation() finds its translation.
QString english(const char* sentence)
{
    return QString::fromUtf8(sentence);
}

CloseClassification make(int code, bool http, Kind kind, const QString& explanation)
{
    CloseClassification c;
    c.code = code;
    c.isHttpStatus = http;
    c.kind = kind;
    c.explanation = explanation;
    return c;
}

} // namespace

CloseCodeClassifier::CloseCodeClassifier(QHash<int, CloseClassification::Kind> applicationOverrides)
    : m_overrides(std::move(applicationOverrides))
{}

CloseClassification CloseCodeClassifier::classify(int code) const
{
    if (isHttpStatus(code))
        return classifyHttp(code);
    if (!isCloseCode(code))
        return make(code, false, Kind::Permanent,
                    QStringLiteral("%1 is neither an HTTP status nor a WebSocket close code").arg(code));
    if (code >= 4000) {
        const auto it = m_overrides.constFind(code);
        if (it != m_overrides.constEnd()) {
            return make(code, false, *it,
                        QStringLiteral("application code %1, classified %2 by the route")
                            .arg(code)
                            .arg(CloseClassification::kindName(*it)));
        }
    }
    return classifyClose(code);
}

CloseClassification CloseCodeClassifier::classifyHttp(int status)
{
    const auto http = [status](Kind kind, const QString& why) { return make(status, true, kind, why); };
    switch (status) {
    case 101:
        return http(Kind::Normal, english(QT_TRANSLATE_NOOP("CloseClassification", "the upgrade succeeded")));
    case 400:
        return http(Kind::Permanent,
                    english(QT_TRANSLATE_NOOP("CloseClassification", "the server rejected the request as malformed")));
    case 401:
        return http(Kind::Permanent,
                    english(QT_TRANSLATE_NOOP("CloseClassification", "authentication is required or was refused")));
    case 403:
        return http(Kind::Permanent,
                    english(QT_TRANSLATE_NOOP("CloseClassification", "the server forbids this connection")));
    case 404:
        return http(Kind::Permanent, english(QT_TRANSLATE_NOOP("CloseClassification", "no such endpoint or session")));
    case 408:
        return http(Kind::Transient,
                    english(QT_TRANSLATE_NOOP("CloseClassification", "the server timed out waiting for the request")));
    case 410:
        return http(Kind::Permanent,
                    english(QT_TRANSLATE_NOOP("CloseClassification", "the endpoint or session is gone for good")));
    case 426:
        return http(Kind::Permanent,
                    english(QT_TRANSLATE_NOOP("CloseClassification", "the server wants another protocol version")));
    case 429:
        return http(Kind::Transient,
                    english(QT_TRANSLATE_NOOP("CloseClassification", "too many requests: retry later")));
    case 502:
        return http(Kind::Transient,
                    english(QT_TRANSLATE_NOOP("CloseClassification", "bad gateway: an upstream could not be reached")));
    case 503:
        return http(Kind::Transient,
                    english(QT_TRANSLATE_NOOP("CloseClassification", "the service is unavailable for now")));
    case 504:
        return http(Kind::Transient, english(QT_TRANSLATE_NOOP("CloseClassification",
                                                               "gateway timeout: an upstream did not answer in time")));
    default:
        break;
    }
    if (status >= 500)
        return http(Kind::Transient, QStringLiteral("server error %1: may pass").arg(status));
    if (status >= 400)
        return http(Kind::Permanent,
                    QStringLiteral("client error %1: retrying the same request will fail").arg(status));
    if (status >= 300)
        return http(Kind::Permanent, QStringLiteral("redirect %1: a WebSocket client does not follow it").arg(status));
    return http(Kind::Permanent, QStringLiteral("status %1 instead of 101: the server did not upgrade").arg(status));
}

CloseClassification CloseCodeClassifier::classifyClose(int code)
{
    const auto close = [code](Kind kind, const QString& why) { return make(code, false, kind, why); };
    switch (code) {
    case 1000:
        return close(Kind::Normal, english(QT_TRANSLATE_NOOP("CloseClassification", "closed normally")));
    case 1001:
        return close(Kind::Normal, english(QT_TRANSLATE_NOOP("CloseClassification",
                                                             "the peer is going away (shutdown or navigation)")));
    case 1002:
        return close(Kind::Permanent, english(QT_TRANSLATE_NOOP("CloseClassification", "protocol error")));
    case 1003:
        return close(Kind::Permanent,
                     english(QT_TRANSLATE_NOOP("CloseClassification", "the peer cannot accept this kind of data")));
    case 1004:
        return close(Kind::Permanent,
                     english(QT_TRANSLATE_NOOP("CloseClassification", "reserved code 1004 is never valid")));
    case 1005:
        return close(Kind::Normal, english(QT_TRANSLATE_NOOP("CloseClassification", "closed without a status code")));
    case 1006:
        return close(Kind::Transient,
                     english(QT_TRANSLATE_NOOP("CloseClassification", "the connection dropped without a close frame")));
    case 1007:
        return close(Kind::Permanent,
                     english(QT_TRANSLATE_NOOP("CloseClassification", "message data was invalid (e.g. bad UTF-8)")));
    case 1008:
        return close(Kind::Permanent,
                     english(QT_TRANSLATE_NOOP("CloseClassification", "the peer's policy was violated")));
    case 1009:
        return close(Kind::Permanent, english(QT_TRANSLATE_NOOP("CloseClassification", "a message was too big")));
    case 1010:
        return close(Kind::Permanent,
                     english(QT_TRANSLATE_NOOP("CloseClassification", "a required extension was not negotiated")));
    case 1011:
        return close(Kind::Transient,
                     english(QT_TRANSLATE_NOOP("CloseClassification", "the server hit an internal error")));
    case 1012:
        return close(Kind::Transient, english(QT_TRANSLATE_NOOP("CloseClassification", "the service is restarting")));
    case 1013:
        return close(Kind::Transient,
                     english(QT_TRANSLATE_NOOP("CloseClassification", "try again later (server overloaded)")));
    case 1014:
        return close(Kind::Transient, english(QT_TRANSLATE_NOOP("CloseClassification",
                                                                "bad gateway: the backend failed behind a proxy")));
    case 1015:
        return close(Kind::Permanent, english(QT_TRANSLATE_NOOP("CloseClassification", "the TLS handshake failed")));
    case 3000:
        return close(Kind::Permanent, english(QT_TRANSLATE_NOOP("CloseClassification", "unauthorized")));
    case 3003:
        return close(Kind::Permanent, english(QT_TRANSLATE_NOOP("CloseClassification", "forbidden")));
    case 3008:
        return close(Kind::Transient, english(QT_TRANSLATE_NOOP("CloseClassification", "timeout")));
    default:
        break;
    }
    if (code < 3000)
        return close(Kind::Transient, QStringLiteral("reserved code %1 without a defined meaning").arg(code));
    if (code < 4000)
        return close(Kind::Transient, QStringLiteral("library code %1 without a registered meaning").arg(code));
    // 4000 + HTTP status is the convention for rejections a browser can read (4404, 4401, ...).
    const int status = code - 4000;
    if (status >= 100 && status <= 599) {
        CloseClassification c = classifyHttp(status);
        c.code = code;
        c.isHttpStatus = false;
        c.explanation = QStringLiteral("application code %1 (HTTP %2): %3").arg(code).arg(status).arg(c.explanation);
        return c;
    }
    return close(Kind::Transient, QStringLiteral("application code %1").arg(code));
}

} // namespace airlock
