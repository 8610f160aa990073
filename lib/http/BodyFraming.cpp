#include "http/BodyFraming.h"

namespace airlock {

namespace {

BodyFraming invalid(const QString& detail, int status)
{
    BodyFraming f;
    f.kind = BodyFraming::Kind::Invalid;
    f.error = detail;
    f.errorStatus = status;
    return f;
}

// Content-Length: every value (also comma-joined duplicates) must be the same decimal number.
BodyFraming fromContentLength(const HttpHead& head, int errorStatus)
{
    qint64 length = -1;
    const QByteArrayList values = head.headers.tokens("Content-Length");
    if (values.isEmpty())
        return invalid(QStringLiteral("empty Content-Length"), errorStatus);
    for (const QByteArray& v : values) {
        if (v.isEmpty() || v.size() > 18 ||
            !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return invalid(QStringLiteral("invalid Content-Length"), errorStatus);
        const qint64 n = v.toLongLong();
        if (length >= 0 && n != length)
            return invalid(QStringLiteral("conflicting Content-Length values"), errorStatus);
        length = n;
    }
    BodyFraming f;
    f.kind = length == 0 ? BodyFraming::Kind::None : BodyFraming::Kind::Length;
    f.length = length;
    return f;
}

} // namespace

BodyFraming BodyFraming::forRequest(const HttpHead& request)
{
    const bool hasTe = request.headers.contains("Transfer-Encoding");
    const bool hasCl = request.headers.contains("Content-Length");
    if (hasTe) {
        // Both at once is the classic request-smuggling shape: refuse rather than guess.
        if (hasCl)
            return invalid(QStringLiteral("both Transfer-Encoding and Content-Length"), 400);
        const QByteArrayList codings = request.headers.tokens("Transfer-Encoding");
        if (codings.size() != 1 || codings.first().compare("chunked", Qt::CaseInsensitive) != 0)
            return invalid(QStringLiteral("unsupported Transfer-Encoding"), 501);
        if (request.versionMinor == 0)
            return invalid(QStringLiteral("Transfer-Encoding in an HTTP/1.0 request"), 400);
        BodyFraming f;
        f.kind = Kind::Chunked;
        return f;
    }
    if (hasCl)
        return fromContentLength(request, 400);
    return {};
}

BodyFraming BodyFraming::forResponse(const HttpHead& response, QByteArrayView requestMethod)
{
    if (requestMethod.compare("HEAD", Qt::CaseInsensitive) == 0 || (response.status >= 100 && response.status < 200) ||
        response.status == 204 || response.status == 304)
        return {};
    if (response.headers.contains("Transfer-Encoding")) {
        const QByteArrayList codings = response.headers.tokens("Transfer-Encoding");
        if (!codings.isEmpty() && codings.last().compare("chunked", Qt::CaseInsensitive) == 0) {
            BodyFraming f;
            f.kind = Kind::Chunked;
            return f;
        }
        BodyFraming f;
        f.kind = Kind::UntilClose;
        return f;
    }
    if (response.headers.contains("Content-Length"))
        return fromContentLength(response, 502);
    BodyFraming f;
    f.kind = Kind::UntilClose;
    return f;
}

} // namespace airlock
