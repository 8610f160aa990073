#pragma once

#include "config/Config.h"
#include "config/OriginMatcher.h"
#include "proxy/ProxyRuntime.h"
#include "proxy/RouteTable.h"

#include <QProcessEnvironment>

#include <atomic>
#include <memory>
#include <vector>

namespace airlock {

class EventHub;

// Everything sessions share: one configuration and what is derived from it, the record sink, and the
// runtime (counters, ids, limiter, capture budget) that outlives configurations. Immutable after
// construction except for the runtime. A session keeps the context it started with, so an applied config
// (a new context) reaches new connections only. Without a runtime, the context makes its own.
class ProxyContext
{
public:
    ProxyContext(Config config, EventHub* hub, QProcessEnvironment environment,
                 std::shared_ptr<ProxyRuntime> runtime = nullptr);

    const Config& config() const { return m_config; }
    const RouteTable& routes() const { return m_routes; }
    const OriginMatcher& origins(int routeIndex) const { return m_origins[size_t(routeIndex)]; }
    EventHub* hub() const { return m_hub; }
    const QProcessEnvironment& environment() const { return m_environment; }

    // DNS-rebinding defence: the Host header must name this loopback listener or a configured alias.
    bool isAllowedHost(QByteArrayView hostHeader) const;
    // The Host header names one of listen.hostAliases.
    bool isAliasHost(QByteArrayView hostHeader) const;

    quint64 nextSessionId() { return m_runtime->nextSessionId(); }
    bool tryStartHandshake() { return m_runtime->handshakeLimiter().tryAcquire(); }
    Metrics& metrics() { return m_runtime->metrics(); }
    // True when any route allows this browser origin (for the CORS answer of /_airlock/ping).
    bool isKnownOrigin(QByteArrayView origin) const;
    // Message capture payload held by live sessions, bounded by limits.captureBytesTotal.
    CaptureBudget& captureBudget() { return m_runtime->captureBudget(); }
    const std::shared_ptr<ProxyRuntime>& runtime() const { return m_runtime; }

private:
    Config m_config;
    RouteTable m_routes;
    std::vector<OriginMatcher> m_origins;
    EventHub* m_hub;
    QProcessEnvironment m_environment;
    std::shared_ptr<ProxyRuntime> m_runtime;

public:
    // Connections open under every context of the runtime (the session limit counts them all).
    std::atomic<int>& activeConnections;
};

} // namespace airlock
