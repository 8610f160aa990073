#pragma once

#include "http/HttpHead.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QString>

namespace airlock {

// The opening handshake checks of RFC 6455 section 4, as pure functions of parsed heads.
struct Handshake
{
    // base64(SHA-1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
    static QByteArray acceptKey(QByteArrayView clientKey);
    // base64 of 16 bytes from the system CSPRNG.
    static QByteArray generateClientKey();
    // 24 characters of standard base64 that decode to exactly 16 bytes.
    static bool isValidClientKey(QByteArrayView key);
    // A request carrying an "Upgrade: websocket" token, whatever its Connection header says;
    // used to route the request to the WebSocket path before checkRequest() judges it.
    static bool isUpgradeRequest(const HttpHead& request);

    // Full check of a client's upgrade request: GET, HTTP/1.1, a Connection "upgrade" token,
    // an Upgrade "websocket" token, Sec-WebSocket-Version 13 and one valid Sec-WebSocket-Key.
    // On failure, status is 400, or 426 for a Sec-WebSocket-Version other than 13 (the answer
    // must then carry "Sec-WebSocket-Version: 13").
    struct RequestCheck
    {
        bool ok = false;
        int status = 0;
        QString detail;
    };
    static RequestCheck checkRequest(const HttpHead& request);

    // Every Sec-WebSocket-Protocol token, in order, across repeated headers.
    static QByteArrayList offeredSubprotocols(const HttpHeaders& h);
    // The name (text before any ';' parameters) of every Sec-WebSocket-Extensions entry, in order.
    static QByteArrayList extensionNames(const HttpHeaders& h);
    static bool hasPermessageDeflate(const HttpHeaders& h);

    // Check of a backend's answer to an upgrade sent with sentKey and the given offers. ok only
    // for 101 with an Upgrade "websocket" token, a Connection "upgrade" token, the right
    // Sec-WebSocket-Accept, at most one subprotocol which must be one that was offered (none
    // offered: none allowed), and extensions whose names were all offered. subprotocol is the
    // selected one (empty if none); extensions is the raw header value to echo to the client.
    struct ResponseCheck
    {
        bool ok = false;
        QString detail;
        QByteArray subprotocol;
        QByteArray extensions;
    };
    // A server's 101 for a client that sent clientKey: its accept key, and the subprotocol when not empty.
    static HttpHead switchingProtocols(QByteArrayView clientKey, const QByteArray& protocol);

    static ResponseCheck checkResponse(const HttpHead& response, QByteArrayView sentKey,
                                       const QByteArrayList& offeredProtocols,
                                       const QByteArrayList& offeredExtensionNames);
};

} // namespace airlock
