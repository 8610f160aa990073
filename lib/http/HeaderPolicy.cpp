#include "http/HeaderPolicy.h"

#include "http/SecretClassifier.h"

#include <QUuid>

#include <algorithm>
#include <iterator>

namespace airlock {

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

QList<QByteArray> HeaderPolicy::credentialValues(const HttpHeaders& clientHeaders, QByteArrayView target,
                                                 const QList<InjectedHeader>& injectHeaders)
{
    return SecretClassifier::credentialValues(clientHeaders, target, injectHeaders);
}

} // namespace airlock
