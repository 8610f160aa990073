#pragma once

#include <QObject>
#include <QSet>

#include <memory>

namespace airlock {

class ProxyContext;
class ProxySession;

// Owns the sessions of one worker thread. Lives in that thread; the listener hands it descriptors, each
// with the context (configuration) current when it was accepted, which the session keeps to its end.
class ProxyWorker : public QObject
{
    Q_OBJECT
public:
    // Invoked through queued calls from the listener's thread.
    void adopt(qintptr descriptor, int refuseStatus, std::shared_ptr<ProxyContext> context);
    void shutdownAll();
    void abortAll();

    int sessionCount() const { return int(m_sessions.size()); }

signals:
    void idle(); // after shutdownAll(), once the last session has ended

private:
    QSet<ProxySession*> m_sessions;
    bool m_shuttingDown = false;
};

} // namespace airlock
