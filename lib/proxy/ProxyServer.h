#pragma once

#include "config/Config.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>

class QThread;

namespace airlock {

class EventHub;
class HealthMonitor;
class ProxyContext;
class ProxyListener;
class ProxyWorker;

// The loopback proxy: one listener in the caller's thread, sessions on N worker threads. Lives in the
// thread that creates it.
class ProxyServer : public QObject
{
    Q_OBJECT
public:
    ProxyServer(const Config& config, EventHub* hub, QObject* parent = nullptr,
                const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    ~ProxyServer() override;

    bool listen(QString* error);
    QHostAddress address() const;
    quint16 port() const;
    int workerCount() const { return int(m_workers.size()); }
    int activeConnections() const;
    // Checks the routes that have health configured; started by listen().
    HealthMonitor* healthMonitor() const { return m_health; }

    // Stops accepting, closes WebSocket sessions with 1001, lets HTTP exchanges end; stopped() follows
    // when every session is gone or graceMs has passed (then the rest are cut).
    void shutdown(int graceMs = 3000);

signals:
    void stopped();

private:
    void onDescriptorAccepted(qintptr descriptor);
    void onWorkerIdle();
    void stopThreads();

    std::shared_ptr<ProxyContext> m_context;
    ProxyListener* m_listener;
    HealthMonitor* m_health;
    QList<ProxyWorker*> m_workers;
    QList<QThread*> m_threads;
    int m_nextWorker = 0;
    int m_idleWorkers = 0;
    bool m_shuttingDown = false;
    bool m_stopped = false;
    QTimer m_graceTimer;
};

} // namespace airlock
