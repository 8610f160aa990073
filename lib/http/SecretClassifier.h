#pragma once

#include "http/HttpHeaders.h"
#include "http/InjectedHeader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUrl>

namespace airlock {

// The one place that decides what is secret and how it is hidden: every record, HAR export, message
// capture, probe output, status page, startup banner and log line goes through it. Pure functions.
class SecretClassifier
{
public:
    // "[redacted]": what replaces a secret.
    static const QByteArray& marker();

    // Header and query parameter names that carry credentials: Cookie, Set-Cookie, and any name containing
    // "auth", "key", "pass", "token", "secret" or "session", case-insensitively (X-Auth-Key,
    // Ocp-Apim-Subscription-Key, access_token, JSESSIONID). Not secret although the words occur:
    // Sec-WebSocket-Key (a nonce the record needs to check the accept key) and WWW-Authenticate /
    // Proxy-Authenticate (a server's challenge, never a credential).
    static bool isSecretName(QByteArrayView name);

    // A copy for records and logs: the values of secret names and of extraSecretNames (compared
    // case-insensitively; the route's injected headers) become "[redacted]"; Authorization and
    // Proxy-Authorization keep their scheme word ("Basic [redacted]"); token-carrying subprotocols in
    // Sec-WebSocket-Protocol keep only their prefix. Empty values stay empty: they hide nothing and show
    // that a credential was missing.
    static HttpHeaders redactedHeaders(const HttpHeaders& headers, const QList<QByteArray>& extraSecretNames = {});

    // A request target or URL for records and logs: the value of each query parameter with a secret name
    // becomes "%5Bredacted%5D" ("[redacted]", encoded so the target stays a valid URL for HAR). Parameters
    // are separated by '&' or ';'. Everything else, the fragment included, is kept byte for byte.
    static QByteArray redactedTarget(QByteArrayView target);

    // A backend URL as the banner, the status page and probe print it: without user info, secret query
    // values redacted as in redactedTarget().
    static QString redactedUrl(const QUrl& url);

    // A subprotocol that carries a token loses the token: "base64url.bearer.authorization.k8s.io.<token>"
    // becomes "base64url.bearer.authorization.k8s.io.[redacted]", and in general a dotted name with a
    // "bearer" label before its last keeps only the labels up to that one ("bearer.[redacted]"). Only
    // "bearer" marks a token in general: host names like auth.example.com are not tokens. Other names are
    // returned unchanged. A comma-separated list is handled item by item.
    static QByteArray redactedSubprotocol(QByteArrayView protocols);

    // Free text (failure details, close reasons, notes) with every token-carrying subprotocol in it redacted
    // as by redactedSubprotocol(); words that are not dotted names are left alone.
    static QString redactedText(const QString& text);
    static QByteArray redactedText(const QByteArray& text);

    // The secret part of a token-carrying subprotocol ("<token>" above), or empty when it carries none.
    static QByteArray subprotocolToken(QByteArrayView protocol);

    // Credential values that message capture must not store, wherever they occur in a message: every
    // injected header's value (injected values are always secret; one under 4 bytes only when it comes from
    // the environment or has a secret name), the whole value of every secret-named
    // client header, for Authorization and Proxy-Authorization (client or injected) also the credentials
    // after the scheme word and, for Basic, the decoded "user:password", the password and a user name of at
    // least 4 bytes; the client's cookie values of at least 8 bytes or under a secret-named cookie; the
    // tokens of offered token-carrying subprotocols; and the values of secret-named query parameters, raw and
    // percent-decoded. Empty values are left out.
    static QList<QByteArray> credentialValues(const HttpHeaders& clientHeaders, QByteArrayView target,
                                              const QList<InjectedHeader>& injectHeaders);
};

} // namespace airlock
