#pragma once

#include "config/Config.h"
#include "observe/CaptureBudget.h"
#include "observe/Metrics.h"
#include "proxy/HandshakeRateLimiter.h"

#include <atomic>

namespace airlock {

// What sessions share across configurations: counters, session ids, the capture budget, the handshake
// rate limiter and the connection count behind the session limit. A ProxyContext holds one configuration
// and points at this; the service keeps one for its whole life, so an applied config changes none of it.
// Thread-safe: used by every worker thread.
class ProxyRuntime
{
public:
    explicit ProxyRuntime(const LimitsConfig& limits);

    // New limits for the rate limiter and the capture budget; what they hold (tokens, bytes) stays.
    void applyLimits(const LimitsConfig& limits);

    quint64 nextSessionId() { return m_nextSessionId.fetch_add(1) + 1; }
    HandshakeRateLimiter& handshakeLimiter() { return m_handshakeLimiter; }
    Metrics& metrics() { return m_metrics; }
    CaptureBudget& captureBudget() { return m_captureBudget; }
    std::atomic<int>& activeConnections() { return m_activeConnections; }

private:
    HandshakeRateLimiter m_handshakeLimiter;
    std::atomic<quint64> m_nextSessionId{0};
    std::atomic<int> m_activeConnections{0};
    Metrics m_metrics;
    CaptureBudget m_captureBudget;
};

} // namespace airlock
