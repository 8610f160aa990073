#pragma once

#include "config/Config.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

namespace airlock {

// Each route whose name is a DNS label has an origin of its own, http://<name>.localhost:PORT (browsers
// resolve every *.localhost name to loopback), so one backend's page is not same-origin with another
// route. Names that are not labels keep only the shared origin of the listener (http://127.0.0.1:PORT).
// Pure; used by the request gate, the config checks and whoever shows a route's address.
class RouteOrigin
{
public:
    // Letters, digits and '-', 1 to 63 characters, neither first nor last a '-' (RFC 1123).
    static bool isHostLabel(QStringView name);
    // "demo.localhost" (lower case), or empty when the route's name is not a label.
    static QString hostName(const RouteConfig& route);

    // What a Host header names: the route owning that *.localhost name, the shared origin (a loopback
    // address, "localhost" or an alias), or a *.localhost name no route owns.
    struct HostTarget
    {
        enum class Kind { Shared, Route, UnknownName };
        Kind kind = Kind::Shared;
        int routeIndex = -1;
    };
    static HostTarget forHost(QByteArrayView hostHeader, const QList<RouteConfig>& routes);

    // The browser's origin for pages of the route, on the port the Host header names (the port the
    // browser reached Airlock on): "http://demo.localhost:8765"; empty when the name is not a label.
    static QByteArray ownOrigin(const RouteConfig& route, QByteArrayView hostHeader);

    // The CSP a route's responses carry: its own origin (or 'self' without one) and the origins allowed to
    // frame it (frameAncestors, else allowedOrigins). Without a route: nobody may frame the page.
    static QByteArray frameAncestorsPolicy(const RouteConfig* route, QByteArrayView hostHeader);

    // The address a browser opens for the route on a listener at address:port: its own origin when it has
    // one and the listener is on loopback, else the listener's address; the path ends with '/'.
    static QUrl url(const RouteConfig& route, const QHostAddress& address, quint16 port);

    // "demo.localhost:8765" -> host "demo.localhost", port "8765" (lower case, no trailing dot, IPv6
    // without brackets); false when the header is not host[:port].
    static bool splitHost(QByteArrayView hostHeader, QByteArray* host, QByteArray* port);
};

} // namespace airlock
