#include "proxy/HandshakeRateLimiter.h"

#include <QMutexLocker>

namespace airlock {

HandshakeRateLimiter::HandshakeRateLimiter(int perSecond)
    : m_perSecond(perSecond)
    , m_tokens(perSecond)
{
    m_clock.start();
}

bool HandshakeRateLimiter::tryAcquire()
{
    if (m_perSecond.load(std::memory_order_relaxed) <= 0)
        return true;
    QMutexLocker lock(&m_mutex);
    const int perSecond = m_perSecond.load(std::memory_order_relaxed);
    if (perSecond <= 0)
        return true;
    const qint64 now = m_clock.nsecsElapsed();
    m_tokens = qMin<double>(perSecond, m_tokens + double(now - m_lastRefillNs) * perSecond / 1e9);
    m_lastRefillNs = now;
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

void HandshakeRateLimiter::setRate(int perSecond)
{
    QMutexLocker lock(&m_mutex);
    const int before = m_perSecond.load(std::memory_order_relaxed);
    if (before == perSecond)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    // From unlimited the bucket starts full, as a new limiter would; otherwise it is refilled at the old
    // rate up to now and keeps what it holds, up to the new burst.
    if (before <= 0)
        m_tokens = perSecond;
    else
        m_tokens =
            qMin<double>(perSecond, qMin<double>(before, m_tokens + double(now - m_lastRefillNs) * before / 1e9));
    m_lastRefillNs = now;
    m_perSecond.store(perSecond, std::memory_order_relaxed);
}

} // namespace airlock
