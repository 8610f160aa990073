#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace airlock {

// The proxy a connection to host would use according to the environment, read the way curl
// reads it, so Airlock's "system" proxy agrees with the user's command-line tools.
class SystemProxy
{
public:
    // TLS targets: https_proxy, HTTPS_PROXY, all_proxy, ALL_PROXY. Plain targets: http_proxy
    // (lower case only: CGI sets HTTP_PROXY from a request header), all_proxy, ALL_PROXY.
    // no_proxy / NO_PROXY (lower case wins) and loopback targets bypass the proxy. Returns
    // http://[user:pass@]host:port (port 1080 when absent, as curl), or nullopt for no proxy;
    // an unusable value also sets *error.
    static std::optional<QUrl> proxyFor(const QString& host, bool tls, const QProcessEnvironment& env,
                                        QString* error = nullptr);

    // True when host matches a no_proxy list ("*", names with their subdomains, IPs, CIDR blocks).
    static bool matchesNoProxy(const QString& host, const QString& noProxy);
    // localhost, *.localhost, 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString& host);
};

} // namespace airlock
