#pragma once

#include "http/HttpHeaders.h"
#include "http/InjectedHeader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace airlock {

// What goes to the backend. Pure functions over a header list; what is secret in records is
// SecretClassifier's business.
class HeaderPolicy
{
public:
    // Removes hop-by-hop headers: Connection and every header it names, Keep-Alive, Proxy-Connection, TE,
    // Upgrade, Proxy-Authorization (never forwarded) and Proxy-Authenticate. Keeps Transfer-Encoding and
    // Trailer (bodies are forwarded verbatim), and never lets Connection remove Host or the body framing.
    static void removeHopByHop(HttpHeaders& headers);

    // X-Forwarded-For gets the client address appended to any existing list, X-Forwarded-Proto is "http"
    // (the scheme the client used) and X-Forwarded-Host the client's Host. Forwarded is left untouched.
    static void addForwarded(HttpHeaders& headers, const QString& clientAddress, QByteArrayView clientHost);

    // Keeps a single client X-Request-Id of 1..128 visible ASCII characters, otherwise sets a new UUID
    // (without braces). Returns the id in use.
    static QByteArray ensureRequestId(HttpHeaders& headers);

    // Route rules: remove stripHeaders; when the route injects any header, remove the client's
    // Authorization, Cookie and every header with an injected name; then append the injected headers.
    static void applyRoute(HttpHeaders& headers, const QList<QByteArray>& stripHeaders,
                           const QList<InjectedHeader>& injectHeaders);

    // What message capture must not store; SecretClassifier decides (see credentialValues() there).
    static QList<QByteArray> credentialValues(const HttpHeaders& clientHeaders, QByteArrayView target,
                                              const QList<InjectedHeader>& injectHeaders);
};

} // namespace airlock
