#include "http/SecretClassifier.h"

#include "http/HttpSyntax.h"

#include <algorithm>
#include <iterator>

namespace airlock {

namespace {

// Subprotocols known to carry a credential after a fixed prefix; the prefix is kept so a record still
// shows which scheme was offered.
const QByteArrayView kTokenPrefixes[] = {"base64url.bearer.authorization.k8s.io."};

bool isAuthorizationName(QByteArrayView name)
{
    return HttpHeaders::nameEquals(name, "authorization") || HttpHeaders::nameEquals(name, "proxy-authorization");
}

// Keeps "Basic" of "Basic dXNlcjpwYXNz" so a record still shows which scheme was used.
QByteArray redactCredentials(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space <= 0 || space > 32)
        return SecretClassifier::marker();
    const QByteArray scheme = trimmed.left(space);
    if (!std::all_of(scheme.cbegin(), scheme.cend(), HttpSyntax::isTokenChar))
        return SecretClassifier::marker();
    return scheme + ' ' + SecretClassifier::marker();
}

// Where the token of a token-carrying subprotocol starts, or -1 when it carries none.
qsizetype tokenStart(QByteArrayView protocol)
{
    const QByteArray lower = protocol.toByteArray().toLower();
    for (QByteArrayView prefix : kTokenPrefixes) {
        if (lower.startsWith(prefix))
            return lower.size() > prefix.size() ? prefix.size() : -1;
    }
    qsizetype from = 0;
    for (qsizetype dot = lower.indexOf('.'); dot >= 0; dot = lower.indexOf('.', from)) {
        if (QByteArrayView(lower).sliced(from, dot - from) == "bearer")
            return dot + 1 < lower.size() ? dot + 1 : -1;
        from = dot + 1;
    }
    return -1;
}

// Bytes a subprotocol token can be made of (base64, base64url, JWT) in free text.
bool isTokenByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
}

// Query parameters of a target ("a=1&b=2;c=3", without '?' and fragment), split on both separators.
QList<QByteArrayView> queryPairs(QByteArrayView query)
{
    QList<QByteArrayView> pairs;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= query.size(); ++i) {
        if (i == query.size() || query.at(i) == '&' || query.at(i) == ';') {
            pairs.append(query.sliced(from, i - from));
            from = i + 1;
        }
    }
    return pairs;
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

// Whether `text` contains `lower` (lower-case ASCII) in any case; no allocation, as it runs on every
// header and head of every record.
bool containsAnyCase(QByteArrayView text, QByteArrayView lower)
{
    for (qsizetype i = 0; i + lower.size() <= text.size(); ++i) {
        qsizetype j = 0;
        while (j < lower.size() && asciiLower(text.at(i + j)) == lower.at(j))
            ++j;
        if (j == lower.size())
            return true;
    }
    return false;
}

QByteArray decodedName(QByteArrayView name)
{
    return QByteArray::fromPercentEncoding(name.toByteArray().replace('+', ' '));
}

} // namespace

const QByteArray& SecretClassifier::marker()
{
    static const QByteArray kMarker = QByteArrayLiteral("[redacted]");
    return kMarker;
}

bool SecretClassifier::isSecretName(QByteArrayView name)
{
    const QByteArrayView trimmed = name.trimmed();
    if (HttpHeaders::nameEquals(trimmed, "cookie") || HttpHeaders::nameEquals(trimmed, "set-cookie"))
        return true;
    if (HttpHeaders::nameEquals(trimmed, "sec-websocket-key") || HttpHeaders::nameEquals(trimmed, "www-authenticate") ||
        HttpHeaders::nameEquals(trimmed, "proxy-authenticate"))
        return false;
    static const QByteArrayView kParts[] = {"auth", "key", "pass", "token", "secret", "session"};
    return std::any_of(std::begin(kParts), std::end(kParts),
                       [trimmed](QByteArrayView p) { return containsAnyCase(trimmed, p); });
}

HttpHeaders SecretClassifier::redactedHeaders(const HttpHeaders& headers, const QList<QByteArray>& extraSecretNames)
{
    HttpHeaders out;
    for (const HttpHeader& header : headers.entries()) {
        if (HttpHeaders::nameEquals(header.name, "sec-websocket-protocol")) {
            out.append(header.name, redactedSubprotocol(header.value));
            continue;
        }
        const bool extra =
            std::any_of(extraSecretNames.cbegin(), extraSecretNames.cend(),
                        [&header](const QByteArray& n) { return HttpHeaders::nameEquals(n, header.name); });
        if (header.value.isEmpty() || (!extra && !isSecretName(header.name))) {
            out.append(header.name, header.value);
            continue;
        }
        out.append(header.name, isAuthorizationName(header.name) ? redactCredentials(header.value) : marker());
    }
    return out;
}

QByteArray SecretClassifier::redactedTarget(QByteArrayView target)
{
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return target.toByteArray();
    qsizetype end = target.indexOf('#', question);
    if (end < 0)
        end = target.size();
    QByteArray out = target.first(question + 1).toByteArray();
    const QByteArrayView query = target.sliced(question + 1, end - question - 1);
    qsizetype at = 0; // where the current pair starts in query, so each separator is copied as it was
    for (QByteArrayView pair : queryPairs(query)) {
        if (at > 0)
            out += query.at(at - 1);
        at += pair.size() + 1;
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && eq + 1 < pair.size() && isSecretName(decodedName(pair.first(eq))))
            out += pair.first(eq + 1).toByteArray() + "%5Bredacted%5D";
        else
            out += pair.toByteArray();
    }
    out += target.sliced(end).toByteArray();
    return out;
}

QString SecretClassifier::redactedUrl(const QUrl& url)
{
    return QString::fromUtf8(redactedTarget(url.adjusted(QUrl::RemoveUserInfo).toEncoded()));
}

QByteArray SecretClassifier::subprotocolToken(QByteArrayView protocol)
{
    const QByteArrayView trimmed = protocol.trimmed();
    const qsizetype start = tokenStart(trimmed);
    return start < 0 ? QByteArray() : trimmed.sliced(start).toByteArray();
}

QByteArray SecretClassifier::redactedSubprotocol(QByteArrayView protocols)
{
    if (!protocols.contains('.'))
        return protocols.toByteArray();
    QByteArray out;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= protocols.size(); ++i) {
        if (i < protocols.size() && protocols.at(i) != ',')
            continue;
        const QByteArrayView item = protocols.sliced(from, i - from);
        // Keep the spaces around each item so the list reads as it was sent.
        qsizetype lead = 0;
        while (lead < item.size() && (item.at(lead) == ' ' || item.at(lead) == '\t'))
            ++lead;
        const QByteArrayView name = item.trimmed();
        const qsizetype start = tokenStart(name);
        if (start < 0)
            out += item.toByteArray();
        else
            out += item.first(lead).toByteArray() + name.first(start).toByteArray() + marker() +
                   item.sliced(lead + name.size()).toByteArray();
        if (i < protocols.size())
            out += ',';
        from = i + 1;
    }
    return out;
}

QByteArray SecretClassifier::redactedText(const QByteArray& text)
{
    // Every token tokenStart() finds contains "bearer": text without it (nearly all) is returned as it is.
    if (!text.contains('.') || !containsAnyCase(text, "bearer"))
        return text;
    QByteArray out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isTokenByte(text.at(i))) {
            out += text.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isTokenByte(text.at(end)))
            ++end;
        const QByteArrayView word = QByteArrayView(text).sliced(i, end - i);
        const qsizetype start = tokenStart(word);
        out += start < 0 ? word.toByteArray() : word.first(start).toByteArray() + marker();
        i = end;
    }
    return out;
}

QString SecretClassifier::redactedText(const QString& text)
{
    if (!text.contains(u'.') || !text.contains(QLatin1String("bearer"), Qt::CaseInsensitive))
        return text;
    return QString::fromUtf8(redactedText(text.toUtf8()));
}

QList<QByteArray> SecretClassifier::credentialValues(const HttpHeaders& clientHeaders, QByteArrayView target,
                                                     const QList<InjectedHeader>& injectHeaders)
{
    // Cookie values shorter than this are too short to identify a session, and hiding them would
    // blank common words all over the capture; secret-named cookies are hidden whatever their length.
    constexpr qsizetype kMinCookieValue = 8;
    // A Basic user name or plain injected value this short ("root", "pi") is hidden as part of its pair only; alone it
    // would blank ordinary words in the terminal. The password is hidden whatever its length.
    constexpr qsizetype kMinUserName = 4;
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
    // "Bearer abc": also "abc" alone; "Basic base64": also "user:password", "password" and "user".
    const auto addAuthorization = [&add](const QByteArray& value) {
        const QByteArray trimmed = value.trimmed();
        const qsizetype space = trimmed.indexOf(' ');
        if (space <= 0)
            return;
        const QByteArray credentials = trimmed.mid(space + 1).trimmed();
        add(credentials);
        if (trimmed.left(space).compare("basic", Qt::CaseInsensitive) != 0)
            return;
        const auto decoded = QByteArray::fromBase64Encoding(credentials);
        if (!decoded)
            return;
        const QByteArray& pair = decoded.decoded;
        add(pair);
        const qsizetype colon = pair.indexOf(':');
        if (colon < 0)
            return;
        add(pair.mid(colon + 1));
        if (colon >= kMinUserName)
            add(pair.left(colon));
    };

    for (const InjectedHeader& header : injectHeaders) {
        // Injected values are always secret; a short plain one ("1", "on") only when from the
        // environment or under a secret name, since hiding it would blank it all over the capture.
        if (header.value.trimmed().size() < kMinUserName && !header.secret && !isSecretName(header.name))
            continue;
        add(header.value);
        if (isAuthorizationName(header.name))
            addAuthorization(header.value);
    }
    for (const HttpHeader& header : clientHeaders.entries()) {
        if (HttpHeaders::nameEquals(header.name, "sec-websocket-protocol")) {
            const QList<QByteArray> offered = header.value.split(',');
            for (const QByteArray& protocol : offered)
                add(subprotocolToken(protocol));
            continue;
        }
        if (!isSecretName(header.name))
            continue;
        add(header.value);
        if (isAuthorizationName(header.name)) {
            addAuthorization(header.value);
        } else if (HttpHeaders::nameEquals(header.name, "cookie")) {
            const QList<QByteArray> pairs = header.value.split(';');
            for (const QByteArray& pair : pairs) {
                const qsizetype eq = pair.indexOf('=');
                if (eq < 0)
                    continue;
                QByteArray value = pair.mid(eq + 1).trimmed();
                if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                    value = value.mid(1, value.size() - 2);
                if (value.size() >= kMinCookieValue || isSecretName(pair.left(eq).trimmed()))
                    addEncoded(value);
            }
        }
    }

    const qsizetype question = target.indexOf('?');
    if (question >= 0) {
        QByteArrayView query = target.sliced(question + 1);
        if (const qsizetype hash = query.indexOf('#'); hash >= 0)
            query = query.first(hash);
        for (QByteArrayView pair : queryPairs(query)) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0 && isSecretName(decodedName(pair.first(eq))))
                addEncoded(pair.sliced(eq + 1).toByteArray());
        }
    }
    return values;
}

} // namespace airlock
