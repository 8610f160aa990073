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
    if (m_perSecond <= 0)
        return true;
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.nsecsElapsed();
    m_tokens = qMin<double>(m_perSecond, m_tokens + double(now - m_lastRefillNs) * m_perSecond / 1e9);
    m_lastRefillNs = now;
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

} // namespace airlock
