#include "tunnel/UpstreamTarget.h"

#include "tunnel/SystemProxy.h"

namespace airlock {

UpstreamTarget UpstreamTarget::forRoute(const RouteConfig& route, const QProcessEnvironment& environment,
                                        QString* proxyError)
{
    UpstreamTarget target;
    target.host = route.backend.host();
    target.tls = route.backendIsTls();
    target.port = quint16(route.backend.port(target.tls ? 443 : 80));
    target.tlsOptions = route.tls;
    target.timeouts = route.timeouts;
    switch (route.upstreamProxy.mode) {
    case UpstreamProxySetting::Mode::None:
        break;
    case UpstreamProxySetting::Mode::Url:
        target.proxy = route.upstreamProxy.url;
        break;
    case UpstreamProxySetting::Mode::System:
        target.proxy = SystemProxy::proxyFor(target.host, target.tls, environment, proxyError);
        break;
    }
    return target;
}

QByteArray UpstreamTarget::hostAuthority(const QUrl& url, bool tls)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port(-1);
    if (port > 0 && port != (tls ? 443 : 80))
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace airlock
