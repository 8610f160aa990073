#include "observe/EventHub.h"

#include <QMutexLocker>

namespace airlock {

EventHub::EventHub(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<HandshakeRecord>();
    qRegisterMetaType<QList<HandshakeRecord>>();
    m_timer.setInterval(250);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EventHub::flush);
}

void EventHub::setBatchInterval(int ms)
{
    m_timer.setInterval(ms);
}

void EventHub::post(const HandshakeRecord& record)
{
    bool first = false;
    {
        QMutexLocker lock(&m_mutex);
        first = m_pending.isEmpty();
        m_pending.append(record);
    }
    // The timer lives in the hub's thread: start it there.
    if (first)
        QMetaObject::invokeMethod(&m_timer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
}

void EventHub::flush()
{
    QList<HandshakeRecord> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
    }
    if (!batch.isEmpty())
        emit recordsReady(batch);
}

} // namespace airlock
