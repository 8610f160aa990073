#pragma once

#include "http/BodyFraming.h"
#include "http/HttpHead.h"
#include "observe/RequestRecord.h"
#include "proxy/PeerUser.h"
#include "proxy/RouteTable.h"

#include <QByteArrayList>
#include <QString>

namespace airlock {

class ProxyContext;

// What the gate decided about one request head.
struct Admission
{
    enum class Verdict { Refuse, Admin, Route };
    Verdict verdict = Verdict::Refuse;

    // Refuse: the HTTP status, a stable reason id and a readable detail.
    int status = 0;
    FailureReason reason = FailureReason::None;
    QString detail;

    // Known once the target matched a route, also for refusals after that point (origin, upgrade checks):
    // the record names the route and a browser-visible refusal follows its setting.
    RouteMatch match;
    RequestRecord::Kind kind = RequestRecord::Kind::Http;
    bool upgrade = false;            // a WebSocket upgrade request
    bool bridge = false;             // the route is a tcp:// bridge
    QByteArrayList offeredProtocols; // the client's Sec-WebSocket-Protocol offer
    QByteArray bridgeProtocol;       // what a bridge answers the client with (may be empty)
    BodyFraming requestFraming;      // plain HTTP: how the request body is delimited
    bool clientKeepAlive = false;    // plain HTTP: the client wants the connection kept

    bool refused() const { return verdict == Verdict::Refuse; }
};

// Admission and routing of one request head, in the order a refusal is decided: the connection's user
// (listen.sameUserOnly, from `peer`, looked up once per connection), method, target form, Host (DNS
// rebinding), Airlock's admin paths, route match, Origin, then the WebSocket or HTTP checks.
// Pure apart from the handshake rate limiter, which a valid upgrade consumes. Used on worker threads.
class RequestGate
{
public:
    static Admission admit(const HttpHead& request, ProxyContext& context, const PeerUser& peer = {});

    // "binary" when offered (websockify and noVNC use it), the route's fixed name when offered, the first
    // offer under strip, none when nothing was offered; false when the offer has nothing the bridge speaks.
    static bool chooseBridgeSubprotocol(const RouteConfig& route, const QByteArrayList& offered, QByteArray* chosen);
    // HTTP/1.1 keeps connections unless told to close; HTTP/1.0 only when asked to keep them.
    static bool wantsKeepAlive(const HttpHead& head);
};

} // namespace airlock
