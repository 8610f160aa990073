#include "proxy/ProxyWorker.h"

#include "proxy/ProxySession.h"

namespace airlock {

void ProxyWorker::adopt(qintptr descriptor, int refuseStatus, std::shared_ptr<ProxyContext> context)
{
    auto* session = new ProxySession(std::move(context), descriptor, this);
    m_sessions.insert(session);
    connect(session, &ProxySession::finished, this, [this, session] {
        m_sessions.remove(session);
        if (m_shuttingDown && m_sessions.isEmpty())
            emit idle();
    });
    session->start(m_shuttingDown ? 503 : refuseStatus);
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
}

} // namespace airlock
