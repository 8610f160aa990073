#pragma once

#include <QUrl>

namespace airlock {

class ProxyService;

// The URLs a user copies or opens for the running proxy.
class ProxyLinks
{
public:
    // http://127.0.0.1:PORT (brackets for IPv6); empty when the proxy is not running.
    static QUrl baseUrl(const ProxyService& service);
    // The demo page through its route: http://127.0.0.1:PORT/demo/; empty without a running demo backend or
    // without a route to it.
    static QUrl demoPage(const ProxyService& service);
};

} // namespace airlock
