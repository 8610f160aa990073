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

void HeaderPolicy::applyRoute(HttpHeaders& headers, const QList<QByteArray>& stripHeaders,
                              const QList<InjectedHeader>& injectHeaders)
{
    for (const QByteArray& name : stripHeaders)
        headers.remove(name);
    if (injectHeaders.isEmpty())
        return;
    // The route carries its own credentials; a client's must not reach the backend beside them.
    headers.remove("authorization");
    headers.remove("cookie");
    for (const InjectedHeader& header : injectHeaders)
        headers.remove(header.name);
    for (const InjectedHeader& header : injectHeaders)
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

bool HeaderPolicy::isSecretParameterName(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower().replace('_', '-');
    return isSecretName(lower) || lower.contains("auth") || lower.endsWith("key");
}

QByteArray HeaderPolicy::redactedTarget(QByteArrayView target)
{
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return target.toByteArray();
    qsizetype end = target.indexOf('#', question);
    if (end < 0)
        end = target.size();
    QByteArray out = target.first(question + 1).toByteArray();
    const QList<QByteArray> pairs = target.sliced(question + 1, end - question - 1).toByteArray().split('&');
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QByteArray& pair = pairs.at(i);
        if (i > 0)
            out += '&';
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(pair.left(eq < 0 ? pair.size() : eq).replace('+', ' '));
        if (eq > 0 && eq + 1 < pair.size() && isSecretParameterName(name))
            out += pair.left(eq + 1) + "%5Bredacted%5D";
        else
            out += pair;
    }
    out += target.sliced(end);
    return out;
}

QList<QByteArray> HeaderPolicy::credentialValues(const HttpHeaders& clientHeaders, QByteArrayView target,
                                                 const QList<InjectedHeader>& injectHeaders)
{
    // Cookie values shorter than this are too short to identify a session, and hiding them would
    // blank common words all over the capture; secret-named cookies are hidden whatever their length.
    constexpr qsizetype kMinCookieValue = 8;
    QList<QByteArray> values;
    const auto add = [&values](const QByteArray& value) {
        const QByteArray trimmed = value.trimmed();
        if (!trimmed.isEmpty() && !values.contains(trimmed))
            values.append(trimmed);
    };
    const auto addEncoded = [&add](const QByteArray& value) {
        add(value);
        add(QByteArray::fromPercentEncoding(QByteArray(value).replace('+', ' ')));
    };

    for (const InjectedHeader& header : injectHeaders) {
        if (header.secret || isSecretName(header.name))
            add(header.value);
    }
    for (const HttpHeader& header : clientHeaders.entries()) {
        if (!isSecretName(header.name))
            continue;
        add(header.value);
        if (HttpHeaders::nameEquals(header.name, "authorization") ||
            HttpHeaders::nameEquals(header.name, "proxy-authorization")) {
            const QByteArray trimmed = header.value.trimmed();
            const qsizetype space = trimmed.indexOf(' ');
            if (space <= 0)
                continue;
            const QByteArray credentials = trimmed.mid(space + 1).trimmed();
            add(credentials);
            if (trimmed.left(space).compare("basic", Qt::CaseInsensitive) == 0) {
                const auto decoded = QByteArray::fromBase64Encoding(credentials);
                if (decoded) {
                    const QByteArray& pair = decoded.decoded;
                    add(pair);
                    add(pair.mid(pair.indexOf(':') + 1));
                }
            }
        } else if (HttpHeaders::nameEquals(header.name, "cookie")) {
            const QList<QByteArray> pairs = header.value.split(';');
            for (const QByteArray& pair : pairs) {
                const qsizetype eq = pair.indexOf('=');
                if (eq < 0)
                    continue;
                QByteArray value = pair.mid(eq + 1).trimmed();
                if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                    value = value.mid(1, value.size() - 2);
                if (value.size() >= kMinCookieValue || isSecretParameterName(pair.left(eq).trimmed()))
                    addEncoded(value);
            }
        }
    }

    const qsizetype question = target.indexOf('?');
    if (question >= 0) {
        QByteArrayView query = target.sliced(question + 1);
        if (const qsizetype hash = query.indexOf('#'); hash >= 0)
            query = query.first(hash);
        const QList<QByteArray> pairs = query.toByteArray().split('&');
        for (const QByteArray& pair : pairs) {
            const qsizetype eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            const QByteArray name = QByteArray::fromPercentEncoding(pair.left(eq).replace('+', ' '));
            if (isSecretParameterName(name))
                addEncoded(pair.mid(eq + 1));
        }
    }
    return values;
}

} // namespace airlock
