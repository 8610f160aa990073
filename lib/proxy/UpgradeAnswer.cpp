#include "proxy/UpgradeAnswer.h"

#include "http/HeaderPolicy.h"
#include "ws/Handshake.h"

namespace airlock {

namespace {

// Response headers that describe the connection or the handshake; Airlock writes its own.
bool isHandshakeHeader(QByteArrayView name)
{
    static const char* const names[] = {"connection",
                                        "upgrade",
                                        "sec-websocket-accept",
                                        "sec-websocket-protocol",
                                        "sec-websocket-extensions",
                                        "content-length",
                                        "transfer-encoding",
                                        "keep-alive"};
    for (const char* n : names) {
        if (HttpHeaders::nameEquals(name, n))
            return true;
    }
    return false;
}

} // namespace

UpgradeAnswer UpgradeAnswer::forBackend(const HttpHead& backendResponse, const QByteArray& backendProtocol,
                                        const QByteArray& extensions, const RouteConfig& route,
                                        const QByteArrayList& offered, QByteArrayView clientKey)
{
    UpgradeAnswer a;
    a.clientProtocol = backendProtocol;
    a.backendProtocol = backendProtocol;
    a.extensions = extensions;
    a.deflate = Handshake::hasPermessageDeflate(backendResponse.headers);
    switch (route.subprotocol) {
    case SubprotocolPolicy::Pass:
        // Incident 1: a browser fails a handshake whose answer ignores its offer. Echo exactly, but say so.
        if (!offered.isEmpty() && a.clientProtocol.isEmpty())
            a.note = QStringLiteral("the client offered \"%1\" and the backend selected none: a "
                                    "browser fails this handshake (route policy strip or fixed "
                                    "answers it)")
                         .arg(QString::fromLatin1(offered.join(", ")));
        break;
    case SubprotocolPolicy::Strip:
        if (!offered.isEmpty()) {
            a.clientProtocol = offered.first();
            a.note = QStringLiteral("strip: the backend was offered none; the client got its first "
                                    "offer \"%1\" back")
                         .arg(QString::fromLatin1(a.clientProtocol));
        }
        break;
    case SubprotocolPolicy::Fixed:
        a.clientProtocol = offered.contains(route.fixedSubprotocol) ? route.fixedSubprotocol : QByteArray();
        if (a.clientProtocol != backendProtocol)
            a.note = QStringLiteral("fixed: the backend was offered \"%1\" and chose \"%2\"; the "
                                    "client got \"%3\"")
                         .arg(QString::fromLatin1(route.fixedSubprotocol), QString::fromLatin1(backendProtocol),
                              QString::fromLatin1(a.clientProtocol));
        break;
    }

    a.head = Handshake::switchingProtocols(clientKey, a.clientProtocol);
    if (!extensions.isEmpty())
        a.head.headers.append("Sec-WebSocket-Extensions", extensions);
    HttpHeaders passed = backendResponse.headers;
    HeaderPolicy::removeHopByHop(passed);
    for (const HttpHeader& h : passed.entries()) {
        if (isHandshakeHeader(h.name) || (!route.forwardCookies && HttpHeaders::nameEquals(h.name, "set-cookie")))
            continue;
        a.head.headers.append(h.name, h.value);
    }
    return a;
}

UpgradeAnswer UpgradeAnswer::forBridge(const QByteArray& protocol, const RouteConfig& route, QByteArrayView clientKey)
{
    UpgradeAnswer a;
    a.clientProtocol = protocol;
    a.head = Handshake::switchingProtocols(clientKey, protocol);
    if (route.subprotocol == SubprotocolPolicy::Strip && !protocol.isEmpty())
        a.note = QStringLiteral("strip: the bridge answered the client's first offer \"%1\"")
                     .arg(QString::fromLatin1(protocol));
    return a;
}

void UpgradeAnswer::noteIn(RequestRecord& record) const
{
    record.subprotocol = clientProtocol;
    record.subprotocolNote = note;
    record.backendSubprotocol = backendProtocol;
    record.extensions = extensions;
}

} // namespace airlock
