#include "gui/ProxyLinks.h"

#include "config/RouteOrigin.h"
#include "service/ProxyService.h"

namespace airlock {

QUrl ProxyLinks::baseUrl(const ProxyService& service)
{
    if (service.state() != ProxyService::State::Running)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(service.address().toString());
    url.setPort(service.port());
    return url;
}

QUrl ProxyLinks::demoPage(const ProxyService& service)
{
    const quint16 demoPort = service.demoPort();
    const QUrl base = baseUrl(service);
    if (!demoPort || base.isEmpty())
        return {};
    const Config served = service.servedConfig();
    for (const RouteConfig& route : served.routes) {
        if (route.backend.port() != demoPort || route.isTcpBridge())
            continue;
        // The route's own origin (demo.localhost) where it has one: the page's WebSocket is then same-origin.
        return RouteOrigin::url(route, service.address(), service.port());
    }
    return {};
}

} // namespace airlock
