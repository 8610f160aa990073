#pragma once

#include "observe/HandshakeRecord.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

namespace airlock {

// Collects records from the worker threads and hands them to observers in batches, so a burst of
// thousands of short connections costs the GUI one signal per interval, not one per connection.
// Lives in the thread that creates it (the main thread), where its batches are emitted; post() is
// called from the worker threads.
class EventHub : public QObject
{
    Q_OBJECT
public:
    explicit EventHub(QObject* parent = nullptr);

    void setBatchInterval(int ms);
    // Thread-safe; called by sessions on any thread.
    void post(const HandshakeRecord& record);
    // Emits whatever is queued now (used at shutdown and by tests).
    void flush();

signals:
    void recordsReady(const QList<airlock::HandshakeRecord>& records);

private:
    QMutex m_mutex;
    QList<HandshakeRecord> m_pending;
    QTimer m_timer;
};

} // namespace airlock
