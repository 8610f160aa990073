#include "proxy/ProxyWorker.h"

#include "observe/EventHub.h"
#include "proxy/IdleMemoryRelease.h"
#include "proxy/ProxyContext.h"
#include "proxy/ProxySession.h"

#include <QDateTime>

namespace airlock {

ProxyWorker::ProxyWorker()
    : m_snapshotTimer(new QTimer(this))
{
    m_snapshotTimer->setInterval(snapshotIntervalMs);
    connect(m_snapshotTimer, &QTimer::timeout, this, &ProxyWorker::publishSnapshots);
}

void ProxyWorker::adopt(qintptr descriptor, int refuseStatus, std::shared_ptr<ProxyContext> context)
{
    m_hub = context->hub();
    std::atomic<int>* active = &context->activeConnections;
    auto* session = new ProxySession(std::move(context), descriptor, this);
    m_sessions.insert(session);
    connect(session, &ProxySession::finished, this, [this, session] { onSessionFinished(session); });
    // Emitted once ~ProxySession counted the connection out. The release waits for what outlives a session
    // briefly: its sockets (freed after this signal, a released backend leg once it closed) and its record
    // (with the event hub until its next batch).
    connect(session, &QObject::destroyed, this, [this, active] {
        if (IdleMemoryRelease::sessionEnded(active->load()))
            QTimer::singleShot(IdleMemoryRelease::delayMs, this, &IdleMemoryRelease::release);
    });
    if (m_hub && !m_snapshotTimer->isActive())
        m_snapshotTimer->start();
    session->start(m_shuttingDown ? 503 : refuseStatus);
}

void ProxyWorker::onSessionFinished(ProxySession* session)
{
    m_sessions.remove(session);
    // A session that ended before any batch showed it is not news to anyone.
    if (m_shown.remove(session->connectionId()))
        m_ended.append(session->connectionId());
    if (m_shuttingDown && m_sessions.isEmpty())
        emit idle();
}

void ProxyWorker::shutdownAll()
{
    m_shuttingDown = true;
    if (m_sessions.isEmpty()) {
        emit idle();
        return;
    }
    const QSet<ProxySession*> sessions = m_sessions;
    for (ProxySession* session : sessions)
        session->shutdown();
}

void ProxyWorker::abortAll()
{
    m_shuttingDown = true;
    const QSet<ProxySession*> sessions = m_sessions;
    for (ProxySession* session : sessions) {
        session->abort();
        delete session;
    }
    m_sessions.clear();
    // The thread ends next: the hub hears of these ends now or never.
    publishSnapshots();
}

void ProxyWorker::closeSession(quint64 id, quint16 code, const QByteArray& reason)
{
    for (ProxySession* session : std::as_const(m_sessions)) {
        if (session->connectionId() == id) {
            session->closeByRequest(code, reason);
            return;
        }
    }
}

void ProxyWorker::publishSnapshots()
{
    if (m_sessions.isEmpty() && m_ended.isEmpty()) {
        m_snapshotTimer->stop();
        m_shown.clear();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<SessionSnapshot> changed;
    for (const ProxySession* session : std::as_const(m_sessions)) {
        SessionSnapshot snapshot = session->snapshot();
        const auto previous = m_shown.constFind(snapshot.id);
        const bool known = previous != m_shown.cend();
        const qint64 sinceMs = qMax<qint64>(1, now - (known ? m_lastSnapshotAt : snapshot.startedAt));
        const qint64 fromClient = snapshot.bytesFromClient - (known ? previous->bytesFromClient : 0);
        const qint64 fromBackend = snapshot.bytesFromBackend - (known ? previous->bytesFromBackend : 0);
        snapshot.rateFromClient = fromClient * 1000 / sinceMs;
        snapshot.rateFromBackend = fromBackend * 1000 / sinceMs;
        const bool moved = fromClient != 0 || fromBackend != 0 ||
                           snapshot.messagesFromClient != (known ? previous->messagesFromClient : 0) ||
                           snapshot.messagesFromBackend != (known ? previous->messagesFromBackend : 0);
        snapshot.lastActivityAt = moved ? now : known ? previous->lastActivityAt : snapshot.startedAt;
        if (known && *previous == snapshot)
            continue;
        m_shown.insert(snapshot.id, snapshot);
        changed.append(snapshot);
    }
    m_lastSnapshotAt = now;
    if (m_hub && (!changed.isEmpty() || !m_ended.isEmpty()))
        m_hub->postSessions(changed, m_ended);
    m_ended.clear();
}

} // namespace airlock
