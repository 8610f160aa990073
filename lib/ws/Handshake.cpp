#include "ws/Handshake.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace airlock {

namespace {

constexpr char kGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

QString latin(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes);
}

Handshake::RequestCheck requestFailure(int status, const QString& detail)
{
    return {false, status, detail};
}

Handshake::ResponseCheck responseFailure(const QString& detail)
{
    Handshake::ResponseCheck check;
    check.detail = detail;
    return check;
}

} // namespace

QByteArray Handshake::acceptKey(QByteArrayView clientKey)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(clientKey);
    sha1.addData(QByteArrayView(kGuid));
    return sha1.result().toBase64();
}

QByteArray Handshake::generateClientKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof words).toBase64();
}

bool Handshake::isValidClientKey(QByteArrayView key)
{
    // 16 bytes encode to 22 significant characters and "==" padding.
    if (key.size() != 24 || key[22] != '=' || key[23] != '=')
        return false;
    for (qsizetype i = 0; i < 22; ++i) {
        if (!isBase64Char(key[i]))
            return false;
    }
    return true;
}

bool Handshake::isUpgradeRequest(const HttpHead& request)
{
    return request.isRequest() && request.headers.hasToken("Upgrade", "websocket");
}

Handshake::RequestCheck Handshake::checkRequest(const HttpHead& request)
{
    const HttpHeaders& h = request.headers;
    if (request.method != "GET")
        return requestFailure(400, QStringLiteral("upgrade request method is ") + latin(request.method) +
                                       QStringLiteral(", not GET"));
    if (request.versionMinor < 1)
        return requestFailure(400, QStringLiteral("upgrade request needs HTTP/1.1"));
    if (!h.hasToken("Connection", "upgrade"))
        return requestFailure(400, QStringLiteral("Connection header lacks the upgrade token"));
    if (!h.hasToken("Upgrade", "websocket"))
        return requestFailure(400, QStringLiteral("Upgrade header lacks the websocket token"));

    if (!h.contains("Sec-WebSocket-Version"))
        return requestFailure(400, QStringLiteral("missing Sec-WebSocket-Version"));
    const QByteArrayList versions = h.tokens("Sec-WebSocket-Version");
    if (versions.size() != 1 || versions.first() != "13") {
        return requestFailure(426, QStringLiteral("unsupported Sec-WebSocket-Version ") + latin(versions.join(", ")) +
                                       QStringLiteral(" (need 13)"));
    }

    const int keyCount = h.count("Sec-WebSocket-Key");
    if (keyCount == 0)
        return requestFailure(400, QStringLiteral("missing Sec-WebSocket-Key"));
    if (keyCount > 1)
        return requestFailure(400, QStringLiteral("more than one Sec-WebSocket-Key"));
    if (!isValidClientKey(h.value("Sec-WebSocket-Key")))
        return requestFailure(400, QStringLiteral("Sec-WebSocket-Key is not base64 of 16 bytes"));

    return {true, 0, {}};
}

QByteArrayList Handshake::offeredSubprotocols(const HttpHeaders& h)
{
    return h.tokens("Sec-WebSocket-Protocol");
}

QByteArrayList Handshake::extensionNames(const HttpHeaders& h)
{
    QByteArrayList names;
    const QByteArrayList entries = h.tokens("Sec-WebSocket-Extensions");
    for (const QByteArray& entry : entries) {
        const qsizetype semicolon = entry.indexOf(';');
        const QByteArray name = (semicolon < 0 ? entry : entry.left(semicolon)).trimmed();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

bool Handshake::hasPermessageDeflate(const HttpHeaders& h)
{
    const QByteArrayList names = extensionNames(h);
    for (const QByteArray& name : names) {
        if (HttpHeaders::nameEquals(name, "permessage-deflate"))
            return true;
    }
    return false;
}

Handshake::ResponseCheck Handshake::checkResponse(const HttpHead& response, QByteArrayView sentKey,
                                                  const QByteArrayList& offeredProtocols,
                                                  const QByteArrayList& offeredExtensionNames)
{
    const HttpHeaders& h = response.headers;
    if (response.status != 101)
        return responseFailure(QStringLiteral("backend answered ") + QString::number(response.status) +
                               QStringLiteral(" instead of 101"));
    if (!h.hasToken("Upgrade", "websocket"))
        return responseFailure(QStringLiteral("101 without an Upgrade: websocket header"));
    if (!h.hasToken("Connection", "upgrade"))
        return responseFailure(QStringLiteral("101 without a Connection: upgrade header"));

    const QByteArrayList accepts = h.values("Sec-WebSocket-Accept");
    if (accepts.isEmpty())
        return responseFailure(QStringLiteral("101 without Sec-WebSocket-Accept"));
    if (accepts.size() > 1)
        return responseFailure(QStringLiteral("more than one Sec-WebSocket-Accept"));
    if (accepts.first().trimmed() != acceptKey(sentKey))
        return responseFailure(QStringLiteral("wrong Sec-WebSocket-Accept ") + latin(accepts.first()));

    ResponseCheck check;
    const QByteArrayList selected = h.tokens("Sec-WebSocket-Protocol");
    if (selected.size() > 1)
        return responseFailure(QStringLiteral("backend selected more than one subprotocol: ") +
                               latin(selected.join(", ")));
    if (selected.size() == 1) {
        // Subprotocol names are compared exactly, as browsers do.
        if (offeredProtocols.isEmpty())
            return responseFailure(QStringLiteral("backend selected subprotocol ") + latin(selected.first()) +
                                   QStringLiteral(" but none was offered"));
        if (!offeredProtocols.contains(selected.first()))
            return responseFailure(QStringLiteral("backend selected subprotocol ") + latin(selected.first()) +
                                   QStringLiteral(", which was not offered"));
        check.subprotocol = selected.first();
    }

    const QByteArrayList extensions = extensionNames(h);
    for (const QByteArray& name : extensions) {
        bool offered = false;
        for (const QByteArray& o : offeredExtensionNames)
            offered = offered || HttpHeaders::nameEquals(o, name);
        if (!offered)
            return responseFailure(QStringLiteral("backend accepted extension ") + latin(name) +
                                   QStringLiteral(", which was not offered"));
    }
    if (!extensions.isEmpty())
        check.extensions = h.values("Sec-WebSocket-Extensions").join(", ");

    check.ok = true;
    return check;
}

HttpHead Handshake::switchingProtocols(QByteArrayView clientKey, const QByteArray& protocol)
{
    HttpHead answer;
    answer.status = 101;
    answer.reason = "Switching Protocols";
    answer.headers.append("Upgrade", "websocket");
    answer.headers.append("Connection", "Upgrade");
    answer.headers.append("Sec-WebSocket-Accept", acceptKey(clientKey));
    if (!protocol.isEmpty())
        answer.headers.append("Sec-WebSocket-Protocol", protocol);
    return answer;
}

} // namespace airlock
