#include "http/HeaderPolicy.h"

#include "http/HttpSyntax.h"

#include <QUuid>

#include <algorithm>
#include <iterator>

namespace airlock {

namespace {

const QByteArray kRedacted = QByteArrayLiteral("[redacted]");

// Keeps "Basic" of "Basic dXNlcjpwYXNz" so a record still shows which scheme was used.
QByteArray redactCredentials(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space <= 0 || space > 32)
        return kRedacted;
    const QByteArray scheme = trimmed.left(space);
    if (!std::all_of(scheme.cbegin(), scheme.cend(), HttpSyntax::isTokenChar))
        return kRedacted;
    return scheme + ' ' + kRedacted;
}

} // namespace

void HeaderPolicy::removeHopByHop(HttpHeaders& headers)
{
    // A client could name Host or Content-Length in Connection; removing those would change what the
    // backend thinks the request is, so they are kept whatever Connection says.
    static const QByteArrayView kProtected[] = {"host", "content-length", "transfer-encoding", "trailer"};
    const QByteArrayList named = headers.tokens("connection");
    for (const QByteArray& name : named) {
        const bool keep = std::any_of(std::begin(kProtected), std::end(kProtected),
                                      [&name](QByteArrayView p) { return HttpHeaders::nameEquals(name, p); });
        if (!keep)
            headers.remove(name);
    }
    static const QByteArrayView kHopByHop[] = {"connection", "keep-alive",          "proxy-connection",  "te",
                                               "upgrade",    "proxy-authorization", "proxy-authenticate"};
    for (QByteArrayView name : kHopByHop)
        headers.remove(name);
}

void HeaderPolicy::addForwarded(HttpHeaders& headers, const QString& clientAddress, QByteArrayView clientHost)
{
    const QByteArrayList previous = headers.values("x-forwarded-for");
    QByteArrayList chain;
    for (const QByteArray& value : previous) {
        const QByteArray trimmed = value.trimmed();
        if (!trimmed.isEmpty())
            chain.append(trimmed);
    }
    chain.append(clientAddress.toLatin1());
    headers.remove("x-forwarded-for");
    headers.append(QByteArrayLiteral("X-Forwarded-For"), chain.join(", "));

    headers.remove("x-forwarded-proto");
    headers.append(QByteArrayLiteral("X-Forwarded-Proto"), QByteArrayLiteral("http"));

    // A client-supplied X-Forwarded-Host is never passed on as if Airlock had vouched for it.
    headers.remove("x-forwarded-host");
    if (!clientHost.isEmpty())
        headers.append(QByteArrayLiteral("X-Forwarded-Host"), clientHost.toByteArray());
}

QByteArray HeaderPolicy::ensureRequestId(HttpHeaders& headers)
{
    const QByteArrayList ids = headers.values("x-request-id");
    if (ids.size() == 1) {
        const QByteArray& id = ids.first();
        const bool visible = std::all_of(id.cbegin(), id.cend(), [](char c) { return c >= 0x21 && c <= 0x7e; });
        if (!id.isEmpty() && id.size() <= 128 && visible)
            return id;
    }
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    headers.remove("x-request-id");
    headers.append(QByteArrayLiteral("X-Request-Id"), id);
    return id;
}

void HeaderPolicy::applyRoute(HttpHeaders& headers, const RouteConfig& route)
{
    for (const QByteArray& name : route.stripHeaders)
        headers.remove(name);
    if (route.injectHeaders.isEmpty())
        return;
    // The route carries its own credentials; a client's must not reach the backend beside them.
    headers.remove("authorization");
    headers.remove("cookie");
    for (const InjectedHeader& header : route.injectHeaders)
        headers.remove(header.name);
    for (const InjectedHeader& header : route.injectHeaders)
        headers.append(header.name, header.value);
}

HttpHeaders HeaderPolicy::redacted(const HttpHeaders& headers, const QList<QByteArray>& extraSecretNames)
{
    HttpHeaders out;
    for (const HttpHeader& header : headers.entries()) {
        const bool extra =
            std::any_of(extraSecretNames.cbegin(), extraSecretNames.cend(),
                        [&header](const QByteArray& n) { return HttpHeaders::nameEquals(n, header.name); });
        if (header.value.isEmpty() || (!extra && !isSecretName(header.name))) {
            out.append(header.name, header.value);
            continue;
        }
        const bool keepScheme = HttpHeaders::nameEquals(header.name, "authorization") ||
                                HttpHeaders::nameEquals(header.name, "proxy-authorization");
        out.append(header.name, keepScheme ? redactCredentials(header.value) : kRedacted);
    }
    return out;
}

bool HeaderPolicy::isSecretName(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" || lower == "set-cookie")
        return true;
    static const QByteArrayView kParts[] = {"token", "secret", "password", "api-key", "apikey", "session"};
    return std::any_of(std::begin(kParts), std::end(kParts), [&lower](QByteArrayView p) { return lower.contains(p); });
}

} // namespace airlock
