#pragma once

#include "observe/RequestRecord.h"
#include "observe/SessionSnapshot.h"

#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QTimer>

namespace airlock {

// Collects records and session snapshots from the worker threads and hands them to observers in batches,
// so a burst of thousands of short connections costs the GUI one signal per interval, not one per
// connection.
// Lives in the thread that creates it (the main thread), where its batches are emitted; post() is
// called from the worker threads, and redacts each record (RequestRecord::redactSecrets) on its way in.
class EventHub : public QObject
{
    Q_OBJECT
public:
    explicit EventHub(QObject* parent = nullptr);

    void setBatchInterval(int ms);
    // Thread-safe; called by sessions on any thread.
    void post(const RequestRecord& record);
    // Thread-safe; a worker's batch of changed session snapshots and ended session ids. Batches that meet
    // before a flush merge: the newest snapshot of a session wins, and an ended session loses its snapshot.
    void postSessions(const QList<SessionSnapshot>& snapshots, const QList<quint64>& endedIds);
    // Emits whatever is queued now (used at shutdown and by tests).
    void flush();

signals:
    void recordsReady(const QList<airlock::RequestRecord>& records);
    // Snapshots in id order.
    void sessionsUpdated(const QList<airlock::SessionSnapshot>& snapshots, const QList<quint64>& endedIds);

private:
    void scheduleLocked(); // with m_mutex held

    QMutex m_mutex;
    QList<RequestRecord> m_pending;
    QMap<quint64, SessionSnapshot> m_pendingSnapshots;
    QList<quint64> m_pendingEnded;
    bool m_scheduled = false;
    QTimer m_timer;
};

} // namespace airlock
