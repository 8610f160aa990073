#include "proxy/RequestGate.h"

#include "config/RouteOrigin.h"
#include "proxy/ProxyContext.h"
#include "ws/Handshake.h"

#include <QUrl>

namespace airlock {

namespace {

Admission refuse(Admission admission, int status, FailureReason reason, const QString& detail)
{
    admission.verdict = Admission::Verdict::Refuse;
    admission.status = status;
    admission.reason = reason;
    admission.detail = detail;
    return admission;
}

// The origin of a Referer URL ("http://a.localhost:8765/x" -> "http://a.localhost:8765"), empty when none.
QByteArray refererOrigin(QByteArrayView referer)
{
    const QUrl url(QString::fromLatin1(referer.trimmed()), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::FullyEncoded)
        .toLatin1();
}

} // namespace

Admission RequestGate::admit(const HttpHead& request, ProxyContext& context, const PeerUser& peer)
{
    Admission a;
    // Who asks comes before what is asked: another local user gets nothing, not even Airlock's own pages.
    // The record still names the route, and a browser's upgrade follows the route's browserVisibleErrors.
    if (context.config().listen.sameUserOnly) {
        if (const QString why = peer.refusal(PeerUser::self()); !why.isEmpty()) {
            const RouteLookup lookup = context.routes().lookup(request.target);
            if (lookup.result == RouteLookup::Result::Matched)
                a.match = lookup.match;
            return refuse(a, 403, FailureReason::PeerUserRefused, why);
        }
    }
    if (request.method == "CONNECT")
        return refuse(a, 405, FailureReason::ClientConnectRefused,
                      QStringLiteral("CONNECT is refused: Airlock forwards only its configured routes"));
    if (!request.target.startsWith('/'))
        return refuse(
            a, 400, FailureReason::AbsoluteTargetRefused,
            QStringLiteral("only origin-form request targets (\"/path\") are accepted: Airlock is not an open proxy"));
    const int hosts = request.headers.count("Host");
    if (hosts > 1 || (hosts == 0 && request.versionMinor >= 1))
        return refuse(a, 400, FailureReason::BadHost, QStringLiteral("the request must carry exactly one Host header"));
    if (hosts == 1 && !context.isAllowedHost(request.headers.value("Host")))
        return refuse(a, 421, FailureReason::HostNotAllowed,
                      QStringLiteral("Host \"%1\" is not a loopback name or a configured alias")
                          .arg(QString::fromLatin1(request.headers.value("Host"))));

    // A route's own host (<name>.localhost) reaches that route's paths only; the shared origin reaches all.
    const QByteArray host = request.headers.value("Host");
    const RouteOrigin::HostTarget hostTarget = RouteOrigin::forHost(host, context.config().routes);
    const int onlyRoute = hostTarget.kind == RouteOrigin::HostTarget::Kind::Route ? hostTarget.routeIndex : -1;
    const qsizetype query = request.target.indexOf('?');
    const QByteArray path = query < 0 ? request.target : request.target.left(query);
    const QString noRoute = QStringLiteral("no route for path %1").arg(QString::fromUtf8(path.left(200)));
    if (hostTarget.kind == RouteOrigin::HostTarget::Kind::UnknownName && !context.isAliasHost(host))
        return refuse(a, 404, FailureReason::NoRoute, QStringLiteral("no route is served on this host"));

    if (request.target.startsWith("/_airlock/")) {
        if (onlyRoute >= 0)
            return refuse(a, 404, FailureReason::NoRoute, noRoute);
        a.verdict = Admission::Verdict::Admin;
        return a;
    }

    const RouteLookup lookup = context.routes().lookup(request.target, onlyRoute);
    if (lookup.result == RouteLookup::Result::BadTarget)
        return refuse(a, 400, FailureReason::BadTarget, lookup.detail);
    if (lookup.result == RouteLookup::Result::NoRoute)
        return refuse(a, 404, FailureReason::NoRoute, noRoute);
    a.match = lookup.match;
    const RouteConfig& route = context.routes().route(a.match.index);
    a.bridge = route.isTcpBridge();

    // The route's own origin is allowed on its own host; other pages need the allowlist. Not on the shared
    // origin: a route's page that got itself loaded there would be same-origin with every route.
    const QByteArray ownOrigin = onlyRoute == a.match.index ? RouteOrigin::ownOrigin(route, host) : QByteArray();
    const auto allowed = [&](QByteArrayView origin) {
        return (!ownOrigin.isEmpty() && origin == ownOrigin) || context.origins(a.match.index).matches(origin);
    };
    if (request.headers.contains("Origin")) {
        const QByteArray origin = request.headers.value("Origin");
        if (!allowed(origin))
            return refuse(
                a, 403, FailureReason::OriginNotAllowed,
                QStringLiteral("origin %1 is not allowed on route %2").arg(QString::fromUtf8(origin), route.name));
    } else {
        // Navigations, <img>, <script> and <iframe> from other sites send no Origin, but browsers say where
        // they come from in Sec-Fetch-Site; the initiating page is then known only from the Referer.
        const QByteArray site = request.headers.value("Sec-Fetch-Site").trimmed().toLower();
        if (site == "cross-site" || site == "same-site") {
            const QByteArray initiator = refererOrigin(request.headers.value("Referer"));
            if (initiator.isEmpty() || !allowed(initiator))
                return refuse(
                    a, 403, FailureReason::CrossSiteRequest,
                    QStringLiteral("a %1 request (Sec-Fetch-Site) from %2 is not allowed on route %3")
                        .arg(QString::fromLatin1(site),
                             initiator.isEmpty() ? QStringLiteral("an unnamed page") : QString::fromUtf8(initiator),
                             route.name));
        }
    }

    a.upgrade = Handshake::isUpgradeRequest(request);
    if (a.upgrade) {
        a.kind = RequestRecord::Kind::WebSocket;
        const Handshake::RequestCheck check = Handshake::checkRequest(request);
        if (!check.ok)
            return refuse(a, check.status, FailureReason::BadUpgrade, check.detail);
        if (!context.tryStartHandshake())
            return refuse(a, 429, FailureReason::HandshakeRateLimited,
                          QStringLiteral("more than %1 WebSocket handshakes per second")
                              .arg(context.config().limits.handshakesPerSecond));
        a.offeredProtocols = Handshake::offeredSubprotocols(request.headers);
        if (a.bridge && !chooseBridgeSubprotocol(route, a.offeredProtocols, &a.bridgeProtocol)) {
            const QByteArray wanted =
                route.subprotocol == SubprotocolPolicy::Fixed ? route.fixedSubprotocol : QByteArray("binary");
            return refuse(
                a, 400, FailureReason::BridgeSubprotocol,
                QStringLiteral("route %1 bridges to TCP and speaks \"%2\"; the client offered only \"%3\"")
                    .arg(route.name, QString::fromLatin1(wanted), QString::fromLatin1(a.offeredProtocols.join(", "))));
        }
    } else if (a.bridge) {
        return refuse(
            a, 426, FailureReason::WebSocketRequired,
            QStringLiteral("route %1 bridges WebSocket to TCP: only WebSocket upgrades are accepted").arg(route.name));
    } else {
        a.kind = RequestRecord::Kind::Http;
        a.requestFraming = BodyFraming::forRequest(request);
        if (a.requestFraming.kind == BodyFraming::Kind::Invalid)
            return refuse(a, a.requestFraming.errorStatus, FailureReason::BadRequestBody, a.requestFraming.error);
        a.clientKeepAlive = wantsKeepAlive(request);
    }
    a.verdict = Admission::Verdict::Route;
    return a;
}

// A client that offered only protocols the bridge does not speak (e.g. websockify's old "base64") is
// refused: answering none would fail it in a browser anyway, and answering one would be a lie about the bytes.
bool RequestGate::chooseBridgeSubprotocol(const RouteConfig& route, const QByteArrayList& offered, QByteArray* chosen)
{
    chosen->clear();
    if (offered.isEmpty())
        return true;
    switch (route.subprotocol) {
    case SubprotocolPolicy::Fixed:
        if (offered.contains(route.fixedSubprotocol)) {
            *chosen = route.fixedSubprotocol;
            return true;
        }
        break;
    case SubprotocolPolicy::Strip:
        *chosen = offered.first();
        return true;
    case SubprotocolPolicy::Pass:
        if (offered.contains("binary")) {
            *chosen = "binary";
            return true;
        }
        break;
    }
    return false;
}

bool RequestGate::wantsKeepAlive(const HttpHead& head)
{
    if (head.versionMinor == 0)
        return head.headers.hasToken("Connection", "keep-alive");
    return !head.headers.hasToken("Connection", "close");
}

} // namespace airlock
