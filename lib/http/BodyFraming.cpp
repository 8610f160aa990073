#include "http/BodyFraming.h"

#include "http/HttpSyntax.h"

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

// Content-Length: exactly one field with one decimal number (RFC 9112 section 6.3). A list ("5, 5") or a
// repeated field is refused even when the values agree: forwarded as written, the next parser may read it
// differently.
BodyFraming fromContentLength(const HttpHead& head, int errorStatus)
{
    const QByteArrayList values = head.headers.values("Content-Length");
    if (values.size() != 1 || values.first().contains(','))
        return invalid(QStringLiteral("multiple Content-Length values"), errorStatus);
    const QByteArray v = values.first().trimmed();
    if (v.isEmpty() || v.size() > 18 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return invalid(QStringLiteral("invalid Content-Length"), errorStatus);
    BodyFraming f;
    f.length = v.toLongLong();
    f.kind = f.length == 0 ? BodyFraming::Kind::None : BodyFraming::Kind::Length;
    return f;
}

// Transfer-Encoding: exactly one field whose value is "chunked", the only coding Airlock can delimit.
bool isExactlyChunked(const HttpHead& head)
{
    const QByteArrayList values = head.headers.values("Transfer-Encoding");
    return values.size() == 1 && values.first().trimmed().compare("chunked", Qt::CaseInsensitive) == 0;
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
        // A coding Airlock does not know is 501 (RFC 9112 section 6.1); anything else but "chunked" is malformed.
        const QByteArrayList codings = request.headers.tokens("Transfer-Encoding");
        if (!isExactlyChunked(request)) {
            const bool unknown = codings.size() == 1 && HttpSyntax::isToken(codings.first()) &&
                                 codings.first().compare("chunked", Qt::CaseInsensitive) != 0;
            return invalid(QStringLiteral("unsupported Transfer-Encoding"), unknown ? 501 : 400);
        }
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
        // Both, or a coding other than exactly "chunked": the length is ambiguous to whoever parses next.
        if (response.headers.contains("Content-Length"))
            return invalid(QStringLiteral("both Transfer-Encoding and Content-Length"), 502);
        if (!isExactlyChunked(response))
            return invalid(QStringLiteral("unsupported Transfer-Encoding"), 502);
        BodyFraming f;
        f.kind = Kind::Chunked;
        return f;
    }
    if (response.headers.contains("Content-Length"))
        return fromContentLength(response, 502);
    BodyFraming f;
    f.kind = Kind::UntilClose;
    return f;
}

} // namespace airlock
