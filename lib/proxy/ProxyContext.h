#pragma once

#include "config/Config.h"
#include "config/OriginMatcher.h"
#include "observe/CaptureBudget.h"
#include "observe/Metrics.h"
#include "proxy/HandshakeRateLimiter.h"
#include "proxy/RouteTable.h"

#include <QProcessEnvironment>

#include <atomic>
#include <memory>
#include <vector>

namespace airlock {

class EventHub;

// Everything sessions share: the loaded config and what is derived from it, the record sink and the
// counters that enforce limits. Immutable after construction except for the atomics and the limiter.
class ProxyContext
{
public:
    ProxyContext(Config config, EventHub* hub, QProcessEnvironment environment);

    const Config& config() const { return m_config; }
    const RouteTable& routes() const { return m_routes; }
    const OriginMatcher& origins(int routeIndex) const { return m_origins[size_t(routeIndex)]; }
    EventHub* hub() const { return m_hub; }
    const QProcessEnvironment& environment() const { return m_environment; }

    // DNS-rebinding defence: the Host header must name this loopback listener or a configured alias.
    bool isAllowedHost(QByteArrayView hostHeader) const;

    quint64 nextSessionId() { return m_nextSessionId.fetch_add(1) + 1; }
    bool tryStartHandshake() { return m_handshakeLimiter.tryAcquire(); }
    Metrics& metrics() { return m_metrics; }
    // True when any route allows this browser origin (for the CORS answer of /_airlock/ping).
    bool isKnownOrigin(QByteArrayView origin) const;
    // Message capture payload held by live sessions, bounded by limits.captureBytesTotal.
    CaptureBudget& captureBudget() { return m_captureBudget; }

    std::atomic<int> activeConnections{0};

private:
    Config m_config;
    RouteTable m_routes;
    std::vector<OriginMatcher> m_origins;
    EventHub* m_hub;
    QProcessEnvironment m_environment;
    HandshakeRateLimiter m_handshakeLimiter;
    std::atomic<quint64> m_nextSessionId{0};
    Metrics m_metrics;
    CaptureBudget m_captureBudget;
};

} // namespace airlock
