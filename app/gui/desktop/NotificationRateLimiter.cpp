#include "gui/desktop/NotificationRateLimiter.h"

namespace airlock {

NotificationRateLimiter::NotificationRateLimiter(qint64 perKeyMs, int globalCap, qint64 globalWindowMs)
    : m_perKeyMs(perKeyMs)
    , m_globalCap(globalCap)
    , m_globalWindowMs(globalWindowMs)
{}

bool NotificationRateLimiter::allow(const QString& key, qint64 nowMs)
{
    while (!m_recent.isEmpty() && nowMs - m_recent.first() >= m_globalWindowMs)
        m_recent.removeFirst();
    const auto last = m_lastByKey.constFind(key);
    if (last != m_lastByKey.constEnd() && nowMs - *last < m_perKeyMs)
        return false;
    if (m_recent.size() >= m_globalCap)
        return false;
    if (m_lastByKey.size() > 256) // keys are routes; still, forget the ones that can no longer hold anything back
        m_lastByKey.removeIf([this, nowMs](auto it) { return nowMs - it.value() >= m_perKeyMs; });
    m_lastByKey.insert(key, nowMs);
    m_recent.append(nowMs);
    return true;
}

} // namespace airlock
