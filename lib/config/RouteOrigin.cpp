#include "config/RouteOrigin.h"

namespace airlock {

namespace {

const QByteArray kLocalhostSuffix = QByteArrayLiteral(".localhost");

} // namespace

bool RouteOrigin::isHostLabel(QStringView name)
{
    if (name.isEmpty() || name.size() > 63 || name.startsWith(u'-') || name.endsWith(u'-'))
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-';
    });
}

QString RouteOrigin::hostName(const RouteConfig& route)
{
    if (!isHostLabel(route.name))
        return {};
    return route.name.toLower() + QLatin1String(kLocalhostSuffix);
}

bool RouteOrigin::splitHost(QByteArrayView hostHeader, QByteArray* host, QByteArray* port)
{
    QByteArrayView h = hostHeader.trimmed();
    QByteArrayView p;
    if (h.startsWith('[')) {
        const qsizetype end = h.indexOf(']');
        if (end < 0)
            return false;
        const QByteArrayView rest = h.sliced(end + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return false;
        if (!rest.isEmpty())
            p = rest.sliced(1);
        h = h.sliced(1, end - 1);
    } else if (const qsizetype colon = h.lastIndexOf(':'); colon >= 0) {
        p = h.sliced(colon + 1);
        h = h.first(colon);
    }
    if (!std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    if (h.endsWith('.'))
        h.chop(1);
    if (h.isEmpty())
        return false;
    *host = h.toByteArray().toLower();
    *port = p.toByteArray();
    return true;
}

RouteOrigin::HostTarget RouteOrigin::forHost(QByteArrayView hostHeader, const QList<RouteConfig>& routes)
{
    HostTarget target;
    QByteArray host;
    QByteArray port;
    if (!splitHost(hostHeader, &host, &port) || !host.endsWith(kLocalhostSuffix))
        return target;
    const QByteArray label = host.first(host.size() - kLocalhostSuffix.size());
    for (int i = 0; i < int(routes.size()); ++i) {
        if (isHostLabel(routes.at(i).name) && routes.at(i).name.toLatin1().toLower() == label) {
            target.kind = HostTarget::Kind::Route;
            target.routeIndex = i;
            return target;
        }
    }
    target.kind = HostTarget::Kind::UnknownName;
    return target;
}

QByteArray RouteOrigin::ownOrigin(const RouteConfig& route, QByteArrayView hostHeader)
{
    const QString name = hostName(route);
    if (name.isEmpty())
        return {};
    QByteArray host;
    QByteArray port;
    splitHost(hostHeader, &host, &port);
    QByteArray origin = "http://" + name.toLatin1();
    if (!port.isEmpty() && port != "80")
        origin += ':' + port;
    return origin;
}

QByteArray RouteOrigin::frameAncestorsPolicy(const RouteConfig* route, QByteArrayView hostHeader)
{
    if (!route)
        return QByteArrayLiteral("frame-ancestors 'none'");
    QByteArray policy = QByteArrayLiteral("frame-ancestors ");
    const QByteArray own = ownOrigin(*route, hostHeader);
    policy += own.isEmpty() ? QByteArrayLiteral("'self'") : own;
    const QStringList& others = route->frameAncestors ? *route->frameAncestors : route->allowedOrigins;
    for (const QString& origin : others) {
        // Origin patterns are CSP host sources as written; the ones a header cannot carry are left out.
        const QByteArray source = origin.toLatin1();
        if (source.isEmpty() || source.contains(';') || source.contains(',') || source.contains(' '))
            continue;
        policy += ' ' + source;
    }
    return policy;
}

QUrl RouteOrigin::url(const RouteConfig& route, const QHostAddress& address, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QString name = hostName(route);
    url.setHost(!name.isEmpty() && address.isLoopback() ? name : address.toString());
    url.setPort(port);
    url.setPath(route.path.endsWith(u'/') ? route.path : route.path + u'/');
    return url;
}

} // namespace airlock
