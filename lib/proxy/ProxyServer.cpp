#include "proxy/ProxyServer.h"

#include "health/HealthMonitor.h"

#include "proxy/ProxyContext.h"
#include "proxy/ProxyListener.h"
#include "proxy/ProxyWorker.h"
#include "tunnel/SystemTrustStore.h"

#include "observe/LogCategories.h"

#include <QThread>

namespace airlock {

ProxyServer::ProxyServer(const Config& config, EventHub* hub, QObject* parent, const QProcessEnvironment& environment)
    : QObject(parent)
    , m_context(std::make_shared<ProxyContext>(config, hub, environment))
    , m_listener(new ProxyListener(this))
    , m_health(new HealthMonitor(m_context->config().routes, environment, this))
{
    // Metrics is shared with the workers; its setter locks, so the monitor feeds it from this thread.
    const auto publish = [context = m_context](const QString& route, const HealthSnapshot& snapshot) {
        context->metrics().setBackendHealth(route, HealthSnapshot::gaugeValue(snapshot.state), snapshot.toJson());
    };
    for (const QString& route : m_health->routeNames())
        publish(route, m_health->snapshot(route));
    connect(m_health, &HealthMonitor::checked, this, publish);
    int threads = config.limits.workerThreads;
    if (threads <= 0)
        threads = qBound(1, QThread::idealThreadCount(), 4);
    for (int i = 0; i < threads; ++i) {
        auto* thread = new QThread(this);
        thread->setObjectName(QStringLiteral("airlock-worker-%1").arg(i));
        auto* worker = new ProxyWorker(m_context);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &ProxyWorker::idle, this, &ProxyServer::onWorkerIdle, Qt::QueuedConnection);
        thread->start();
        m_threads.append(thread);
        m_workers.append(worker);
    }
    m_listener->setMaxPendingConnections(256);
    connect(m_listener, &ProxyListener::descriptorAccepted, this, &ProxyServer::onDescriptorAccepted);
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcProxy) << "shutdown grace period over; cutting remaining sessions";
        stopThreads();
    });
}

ProxyServer::~ProxyServer()
{
    m_listener->close();
    stopThreads();
}

bool ProxyServer::listen(QString* error)
{
    const Config& config = m_context->config();
    const QHostAddress address(config.listen.address);
    if (!m_listener->listen(address, config.listen.port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(config.listen.address)
                         .arg(config.listen.port)
                         .arg(m_listener->errorString());
        return false;
    }
    // Said once at start, where the user looks first, before any route fails for it.
    if (const QStringList routes = SystemTrustStore::routesWithoutTrust(config.routes); !routes.isEmpty())
        qCWarning(lcProxy, "%s; TLS routes that cannot verify their backend: %s",
                  qUtf8Printable(SystemTrustStore::missingHint()), qUtf8Printable(routes.join(QStringLiteral(", "))));
    m_health->start();
    return true;
}

QHostAddress ProxyServer::address() const
{
    return m_listener->serverAddress();
}

quint16 ProxyServer::port() const
{
    return m_listener->serverPort();
}

int ProxyServer::activeConnections() const
{
    return m_context->activeConnections.load();
}

void ProxyServer::onDescriptorAccepted(qintptr descriptor)
{
    // Over the limit the connection still gets an answer (503) instead of a silent reset.
    const int limit = m_context->config().limits.maxSessions;
    const int refuse = (limit > 0 && m_context->activeConnections.load() >= limit) ? 503 : 0;
    ProxyWorker* worker = m_workers[m_nextWorker];
    m_nextWorker = (m_nextWorker + 1) % int(m_workers.size());
    QMetaObject::invokeMethod(
        worker, [worker, descriptor, refuse] { worker->adopt(descriptor, refuse); }, Qt::QueuedConnection);
}

void ProxyServer::shutdown(int graceMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_listener->close();
    m_health->stop();
    m_idleWorkers = 0;
    for (ProxyWorker* worker : std::as_const(m_workers))
        QMetaObject::invokeMethod(worker, &ProxyWorker::shutdownAll, Qt::QueuedConnection);
    m_graceTimer.start(graceMs);
}

void ProxyServer::onWorkerIdle()
{
    if (!m_shuttingDown)
        return;
    if (++m_idleWorkers >= m_workers.size())
        stopThreads();
}

void ProxyServer::stopThreads()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_graceTimer.stop();
    for (ProxyWorker* worker : std::as_const(m_workers))
        QMetaObject::invokeMethod(worker, &ProxyWorker::abortAll, Qt::BlockingQueuedConnection);
    for (QThread* thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
    }
    emit stopped();
}

} // namespace airlock
