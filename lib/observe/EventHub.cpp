#include "observe/EventHub.h"

#include <QMutexLocker>

namespace airlock {

EventHub::EventHub(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<RequestRecord>();
    qRegisterMetaType<QList<RequestRecord>>();
    qRegisterMetaType<SessionSnapshot>();
    qRegisterMetaType<QList<SessionSnapshot>>();
    qRegisterMetaType<QList<quint64>>();
    m_timer.setInterval(250);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EventHub::flush);
}

void EventHub::setBatchInterval(int ms)
{
    m_timer.setInterval(ms);
}

void EventHub::post(const RequestRecord& record)
{
    // Every record passes here before a model, the log or an export sees it.
    RequestRecord redacted = record;
    redacted.redactSecrets();
    QMutexLocker lock(&m_mutex);
    m_pending.append(std::move(redacted));
    scheduleLocked();
}

void EventHub::postSessions(const QList<SessionSnapshot>& snapshots, const QList<quint64>& endedIds)
{
    QMutexLocker lock(&m_mutex);
    for (const SessionSnapshot& snapshot : snapshots)
        m_pendingSnapshots.insert(snapshot.id, snapshot);
    for (quint64 id : endedIds)
        m_pendingSnapshots.remove(id);
    m_pendingEnded += endedIds;
    scheduleLocked();
}

// The timer lives in the hub's thread: start it there, once per batch.
void EventHub::scheduleLocked()
{
    if (std::exchange(m_scheduled, true))
        return;
    QMetaObject::invokeMethod(&m_timer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
}

void EventHub::flush()
{
    QList<RequestRecord> batch;
    QList<SessionSnapshot> snapshots;
    QList<quint64> ended;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        snapshots = m_pendingSnapshots.values();
        m_pendingSnapshots.clear();
        ended.swap(m_pendingEnded);
        m_scheduled = false;
    }
    if (!batch.isEmpty())
        emit recordsReady(batch);
    if (!snapshots.isEmpty() || !ended.isEmpty())
        emit sessionsUpdated(snapshots, ended);
}

} // namespace airlock
