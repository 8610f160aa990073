#pragma once

#include <QObject>
#include <QSet>

#include <memory>

namespace airlock {

class ProxyContext;
class ProxySession;

// Owns the sessions of one worker thread. Lives in that thread; the listener hands it descriptors.
class ProxyWorker : public QObject
{
    Q_OBJECT
public:
    explicit ProxyWorker(std::shared_ptr<ProxyContext> context);

    // Invoked through queued calls from the listener's thread.
    void adopt(qintptr descriptor, int refuseStatus);
    void shutdownAll();
    void abortAll();

    int sessionCount() const { return int(m_sessions.size()); }

signals:
    void idle(); // after shutdownAll(), once the last session has ended

private:
    std::shared_ptr<ProxyContext> m_context;
    QSet<ProxySession*> m_sessions;
    bool m_shuttingDown = false;
};

} // namespace airlock
