#include "tunnel/SystemProxy.h"

#include <QHostAddress>

namespace airlock {

namespace {

// curl's default proxy port.
constexpr int kDefaultProxyPort = 1080;

QString normalizeHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

// An IP literal, or a null address for a host name.
QHostAddress ipOf(const QString& host)
{
    QHostAddress address;
    if (!address.setAddress(host))
        return QHostAddress();
    // Compare IPv4-mapped IPv6 addresses as IPv4.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    return address;
}

// The first non-empty variable among names, with the name that supplied it.
QString firstSet(const QProcessEnvironment& env, std::initializer_list<const char*> names, QString* usedName)
{
    for (const char* name : names) {
        const QString value = env.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty()) {
            *usedName = QString::fromLatin1(name);
            return value;
        }
    }
    return QString();
}

bool entryMatches(const QString& host, const QHostAddress& hostIp, QString entry)
{
    if (entry.contains(QLatin1Char('/'))) {
        if (hostIp.isNull())
            return false;
        const auto subnet = QHostAddress::parseSubnet(entry);
        if (subnet.first.isNull())
            return false;
        return hostIp.isInSubnet(subnet);
    }

    const QHostAddress entryIp = ipOf(normalizeHost(entry));
    if (!entryIp.isNull())
        return !hostIp.isNull() && entryIp == hostIp;
    if (!hostIp.isNull())
        return false; // a name entry never matches an IP literal

    entry = entry.toLower();
    if (entry.startsWith(QLatin1String("*.")))
        entry = entry.mid(1);
    while (entry.startsWith(QLatin1Char('.')))
        entry = entry.mid(1);
    if (entry.endsWith(QLatin1Char('.')))
        entry.chop(1);
    if (entry.isEmpty())
        return false;
    return host == entry || host.endsWith(QLatin1Char('.') + entry);
}

} // namespace

bool SystemProxy::isLoopbackHost(const QString& rawHost)
{
    const QString host = normalizeHost(rawHost);
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress ip = ipOf(host);
    return !ip.isNull() && ip.isLoopback();
}

bool SystemProxy::matchesNoProxy(const QString& rawHost, const QString& noProxy)
{
    const QString host = normalizeHost(rawHost);
    const QHostAddress hostIp = ipOf(host);
    const QStringList entries = noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& rawEntry : entries) {
        const QString entry = rawEntry.trimmed();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        if (entryMatches(host, hostIp, entry))
            return true;
    }
    return false;
}

std::optional<QUrl> SystemProxy::proxyFor(const QString& host, bool tls, const QProcessEnvironment& env, QString* error)
{
    if (error)
        error->clear();
    if (isLoopbackHost(host))
        return std::nullopt;

    QString noProxyName;
    const QString noProxy = firstSet(env, {"no_proxy", "NO_PROXY"}, &noProxyName);
    if (!noProxy.isEmpty() && matchesNoProxy(host, noProxy))
        return std::nullopt;

    QString variable;
    const QString value = tls ? firstSet(env, {"https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"}, &variable)
                              : firstSet(env, {"http_proxy", "all_proxy", "ALL_PROXY"}, &variable);
    if (value.isEmpty())
        return std::nullopt;

    const QString withScheme = value.contains(QLatin1String("://")) ? value : QLatin1String("http://") + value;
    QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty()) {
        if (error)
            *error = QStringLiteral("invalid proxy URL in %1").arg(variable);
        return std::nullopt;
    }
    if (scheme != QLatin1String("http")) {
        if (error)
            *error = QStringLiteral("unsupported proxy scheme %1 in %2").arg(scheme, variable);
        return std::nullopt;
    }
    if (url.host().isEmpty()) {
        if (error)
            *error = QStringLiteral("proxy URL without a host in %1").arg(variable);
        return std::nullopt;
    }
    url.setScheme(scheme);
    if (url.port() < 0)
        url.setPort(kDefaultProxyPort);
    // Only scheme, credentials, host and port mean anything for a CONNECT proxy.
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace airlock
