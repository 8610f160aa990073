#pragma once

#include "observe/SessionSnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace airlock {

class EventHub;
class ProxyContext;
class ProxySession;

// Owns the sessions of one worker thread. Lives in that thread; the listener hands it descriptors, each
// with the context (configuration) current when it was accepted, which the session keeps to its end.
// While it has sessions it posts their snapshots to the event hub every snapshotIntervalMs, one batch with
// the sessions that changed and the ids that ended; an idle worker posts nothing and runs no timer.
class ProxyWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int snapshotIntervalMs = 250;

    ProxyWorker();

    // Invoked through queued calls from the listener's thread.
    void adopt(qintptr descriptor, int refuseStatus, std::shared_ptr<ProxyContext> context);
    void shutdownAll();
    void abortAll();
    // The session with this connection id, if it is one of this worker's (see ProxySession::closeByRequest).
    void closeSession(quint64 id, quint16 code, const QByteArray& reason);
    // Builds the snapshots of the open sessions and posts those that changed, with the ids that ended.
    void publishSnapshots();

    int sessionCount() const { return int(m_sessions.size()); }

signals:
    void idle(); // after shutdownAll(), once the last session has ended

private:
    void onSessionFinished(ProxySession* session);

    QSet<ProxySession*> m_sessions;
    bool m_shuttingDown = false;
    EventHub* m_hub = nullptr; // every context of a server shares it
    QTimer* m_snapshotTimer;   // a child, so that it moves to the worker's thread with it
    qint64 m_lastSnapshotAt = 0;
    QHash<quint64, SessionSnapshot> m_shown; // the latest snapshot of each session the hub has seen
    QList<quint64> m_ended;                  // shown sessions that ended since the last batch
};

} // namespace airlock
