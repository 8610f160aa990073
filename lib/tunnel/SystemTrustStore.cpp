#include "tunnel/SystemTrustStore.h"

#include <QSslConfiguration>

namespace airlock {

const QList<QSslCertificate>& SystemTrustStore::certificates()
{
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

QString SystemTrustStore::missingHint()
{
    return QStringLiteral("no system CA certificates: install ca-certificates or set tls.caFile");
}

bool SystemTrustStore::routeNeedsIt(const RouteConfig& route)
{
    return route.backendIsTls() && !route.tls.insecure && route.tls.caFile.isEmpty();
}

QStringList SystemTrustStore::routesWithoutTrust(const QList<RouteConfig>& routes)
{
    QStringList names;
    for (const RouteConfig& route : routes) {
        if (routeNeedsIt(route))
            names << (route.name.isEmpty() ? route.path : route.name);
    }
    if (names.isEmpty() || !isEmpty())
        return {};
    return names;
}

} // namespace airlock
