#pragma once

#include "config/Config.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace airlock {

struct RouteMatch
{
    int index = -1;
    QByteArray backendTarget; // backend path + query, origin-form, ready for the upstream request line
};

struct RouteLookup
{
    enum class Result { Matched, NoRoute, BadTarget };
    Result result = Result::NoRoute;
    RouteMatch match;
    QString detail; // why, for NoRoute and BadTarget (a 404 or 400 plus the request record)
};

// Maps a client's request target to a configured route and the target to send upstream.
// Only origin-form targets are accepted, so Airlock can never be used as an open proxy.
// Matching is by whole path segments, longest route first; the client's encoding of the
// remainder and its query are forwarded byte for byte.
class RouteTable
{
public:
    explicit RouteTable(QList<RouteConfig> routes);

    // onlyRoute >= 0: only that route may match (a request on the route's own host).
    RouteLookup lookup(QByteArrayView requestTarget, int onlyRoute = -1) const;

    const RouteConfig& route(int index) const { return m_routes.at(index); }
    int size() const { return int(m_routes.size()); }

private:
    struct Compiled
    {
        int index = -1;
        QList<QByteArray> segments; // decoded route path segments; none for "/"
        QByteArray backendPath;     // never empty
        QByteArray backendQuery;
    };

    int bestMatch(const QList<QByteArray>& segments, int onlyRoute) const;

    QList<RouteConfig> m_routes;
    QList<Compiled> m_compiled; // longest route first
};

} // namespace airlock
