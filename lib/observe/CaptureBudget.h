#pragma once

#include <QtGlobal>

#include <atomic>

namespace airlock {

// The bytes message capture may hold across all live sessions of the process (limits.captureBytesTotal).
// Sessions on any worker thread reserve what they keep and release it when their record is handed off.
class CaptureBudget
{
public:
    explicit CaptureBudget(qint64 limit);

    // Grants up to want bytes (fewer when the budget is nearly spent, 0 when it is spent).
    qint64 reserve(qint64 want);
    void release(qint64 bytes);
    qint64 available() const;
    qint64 used() const { return m_used.load(std::memory_order_relaxed); }
    qint64 limit() const { return m_limit.load(std::memory_order_relaxed); }
    // A new limit (an applied config): what is reserved stays reserved; a lower limit only stops new grants.
    void setLimit(qint64 limit) { m_limit.store(qMax<qint64>(0, limit), std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_limit;
    std::atomic<qint64> m_used{0};
};

} // namespace airlock
