#include "proxy/ProxyContext.h"

#include "config/RouteOrigin.h"

#include <QHostAddress>

namespace airlock {

ProxyContext::ProxyContext(Config config, EventHub* hub, QProcessEnvironment environment,
                           std::shared_ptr<ProxyRuntime> runtime)
    : m_config(std::move(config))
    , m_routes(m_config.routes)
    , m_hub(hub)
    , m_environment(std::move(environment))
    , m_runtime(runtime ? std::move(runtime) : std::make_shared<ProxyRuntime>(m_config.limits))
    , activeConnections(m_runtime->activeConnections())
{
    m_origins.reserve(size_t(m_config.routes.size()));
    for (const RouteConfig& route : std::as_const(m_config.routes))
        m_origins.emplace_back(route.allowedOrigins);
}

bool ProxyContext::isAllowedHost(QByteArrayView hostHeader) const
{
    QByteArrayView host = hostHeader.trimmed();
    if (host.startsWith('[')) {
        const qsizetype end = host.indexOf(']');
        if (end < 0)
            return false;
        const QByteArrayView rest = host.sliced(end + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return false;
        host = host.sliced(1, end - 1);
    } else {
        const qsizetype colon = host.lastIndexOf(':');
        if (colon >= 0) {
            const QByteArrayView port = host.sliced(colon + 1);
            if (!std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return false;
            host = host.first(colon);
        }
    }
    if (host.endsWith('.'))
        host.chop(1);
    if (host.isEmpty())
        return false;
    const QString name = QString::fromLatin1(host).toLower();
    // RFC 6761: "localhost" and names under it always resolve to loopback.
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(name);
    if (!address.isNull() && address.isLoopback())
        return true;
    if (!address.isNull() && m_config.listen.allowRemote && address == QHostAddress(m_config.listen.address))
        return true;
    for (const QString& alias : m_config.listen.hostAliases) {
        if (alias.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace airlock

namespace airlock {

bool ProxyContext::isAliasHost(QByteArrayView hostHeader) const
{
    QByteArray host;
    QByteArray port;
    if (!RouteOrigin::splitHost(hostHeader, &host, &port))
        return false;
    const QString name = QString::fromLatin1(host);
    return std::any_of(m_config.listen.hostAliases.begin(), m_config.listen.hostAliases.end(),
                       [&name](const QString& alias) { return alias.compare(name, Qt::CaseInsensitive) == 0; });
}

bool ProxyContext::isKnownOrigin(QByteArrayView origin) const
{
    return std::any_of(m_origins.begin(), m_origins.end(),
                       [origin](const OriginMatcher& m) { return m.matches(origin); });
}

} // namespace airlock
