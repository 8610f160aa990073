#include "proxy/ProxyRuntime.h"

namespace airlock {

ProxyRuntime::ProxyRuntime(const LimitsConfig& limits)
    : m_handshakeLimiter(limits.handshakesPerSecond)
    , m_captureBudget(limits.captureBytesTotal)
{}

void ProxyRuntime::applyLimits(const LimitsConfig& limits)
{
    m_handshakeLimiter.setRate(limits.handshakesPerSecond);
    m_captureBudget.setLimit(limits.captureBytesTotal);
}

} // namespace airlock
