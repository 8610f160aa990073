#include "gui/ProxyLinks.h"

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
        QUrl page = base;
        page.setPath(route.path.endsWith(u'/') ? route.path : route.path + u'/');
        return page;
    }
    return {};
}

} // namespace airlock
