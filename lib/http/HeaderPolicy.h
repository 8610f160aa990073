#pragma once

#include "http/HttpHeaders.h"
#include "http/InjectedHeader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace airlock {

// What goes to the backend and what goes into records. Pure functions over a header list.
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

    // A copy for records and logs with credential values replaced by "[redacted]"; Authorization and
    // Proxy-Authorization keep their scheme word ("Basic [redacted]"); empty values stay empty, since
    // they hide nothing and show that a credential was missing. extraSecretNames (for instance the
    // route's injected secret headers) compare case-insensitively.
    static HttpHeaders redacted(const HttpHeaders& headers, const QList<QByteArray>& extraSecretNames = {});

    // authorization, proxy-authorization, cookie, set-cookie, and any name containing "token", "secret",
    // "password", "api-key", "apikey" or "session".
    static bool isSecretName(QByteArrayView name);

    // Query parameter names that carry credentials: isSecretName() once '_' is read as '-' (access_token,
    // api_key, session_id), or a name containing "auth" or ending in "key".
    static bool isSecretParameterName(QByteArrayView name);

    // A request target for records and logs: the value of each query parameter named by
    // isSecretParameterName() becomes "%5Bredacted%5D" ("[redacted]", encoded so the target stays a valid
    // URL for HAR); everything else, the fragment included, is kept byte for byte.
    static QByteArray redactedTarget(QByteArrayView target);

    // Credential values a client or the route put into a WebSocket upgrade, which message capture must
    // not store: the route's injected headers that redacted() hides (secret or secret-named), the whole
    // value of every secret-named client header, for Authorization and Proxy-Authorization also the
    // credentials after the scheme word (and, for Basic, the decoded "user:password" and the password),
    // the client's cookie values of at least 8 bytes or under a secret-named cookie, and the values of
    // query parameters named by isSecretParameterName(), raw and percent-decoded. Empty values are left out.
    static QList<QByteArray> credentialValues(const HttpHeaders& clientHeaders, QByteArrayView target,
                                              const QList<InjectedHeader>& injectHeaders);
};

} // namespace airlock
