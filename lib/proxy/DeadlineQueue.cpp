#include "proxy/DeadlineQueue.h"

#include <QDeadlineTimer>

#include <limits>

namespace airlock {

DeadlineQueue::DeadlineQueue()
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineQueue::onTimeout);
}

DeadlineQueue::~DeadlineQueue()
{
    // Deadlines that outlive their queue must not reach back into it.
    for (auto& [key, deadline] : m_entries)
        deadline->m_active = false;
}

DeadlineQueue& DeadlineQueue::forCurrentThread()
{
    // Destroyed when the thread exits, after its event loop and its deferred deletes: the sessions that
    // hold deadlines here are gone by then.
    thread_local DeadlineQueue queue;
    return queue;
}

qint64 DeadlineQueue::now()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadline();
}

DeadlineQueue::Key DeadlineQueue::add(qint64 due, Deadline* deadline)
{
    const Key key{due, m_nextOrder++};
    m_entries.emplace(key, deadline);
    if (!m_dispatching && (m_armedFor < 0 || due < m_armedFor))
        rearm();
    return key;
}

void DeadlineQueue::remove(const Key& key)
{
    m_entries.erase(key);
    // A timer set for a later deadline than needed only costs one early wake-up; an empty queue stops it.
    if (!m_dispatching && m_entries.empty() && m_armedFor >= 0) {
        m_timer.stop();
        m_armedFor = -1;
    }
}

void DeadlineQueue::rearm()
{
    if (m_entries.empty()) {
        m_timer.stop();
        m_armedFor = -1;
        return;
    }
    const qint64 due = m_entries.begin()->first.first;
    m_armedFor = due;
    const qint64 wait = qBound(qint64(0), due - now(), qint64(std::numeric_limits<int>::max()));
    m_timer.start(int(wait));
}

void DeadlineQueue::onTimeout()
{
    m_armedFor = -1;
    m_dispatching = true;
    const qint64 current = now();
    // Only the deadlines armed before this round: one re-armed with 0 ms from its callback waits for the
    // next turn of the event loop instead of running again here.
    const quint64 lastOrder = m_nextOrder;
    for (;;) {
        const auto first = m_entries.begin();
        if (first == m_entries.end() || first->first.first > current || first->first.second >= lastOrder)
            break;
        Deadline* deadline = first->second;
        m_entries.erase(first);
        deadline->m_active = false;
        // A copy: the callback may start, stop or destroy any deadline, this one included.
        const std::function<void()> onDue = deadline->m_onDue;
        onDue();
    }
    m_dispatching = false;
    rearm();
}

Deadline::Deadline(DeadlineQueue& queue, std::function<void()> onDue)
    : m_queue(&queue)
    , m_onDue(std::move(onDue))
{}

Deadline::~Deadline()
{
    stop();
}

void Deadline::start(qint64 ms)
{
    stop();
    m_key = m_queue->add(DeadlineQueue::now() + qMax<qint64>(0, ms), this);
    m_active = true;
}

void Deadline::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_queue->remove(m_key);
}

} // namespace airlock
