#include "observe/CaptureBudget.h"

namespace airlock {

CaptureBudget::CaptureBudget(qint64 limit)
    : m_limit(qMax<qint64>(0, limit))
{}

qint64 CaptureBudget::reserve(qint64 want)
{
    if (want <= 0)
        return 0;
    qint64 used = m_used.load(std::memory_order_relaxed);
    const qint64 limit = m_limit.load(std::memory_order_relaxed);
    qint64 grant = 0;
    do {
        grant = qMin(want, limit - used);
        if (grant <= 0)
            return 0;
    } while (!m_used.compare_exchange_weak(used, used + grant, std::memory_order_relaxed));
    return grant;
}

void CaptureBudget::release(qint64 bytes)
{
    if (bytes > 0)
        m_used.fetch_sub(bytes, std::memory_order_relaxed);
}

qint64 CaptureBudget::available() const
{
    return qMax<qint64>(0, limit() - used());
}

} // namespace airlock
