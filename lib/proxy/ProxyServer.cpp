#include "proxy/ProxyServer.h"

#include "proxy/PeerUser.h"
#include "proxy/ProxyContext.h"
#include "proxy/ProxyListener.h"
#include "proxy/ProxyWorker.h"
#include "tunnel/SystemTrustStore.h"

#include "observe/LogCategories.h"

#include <QThread>

namespace airlock {

ProxyServer::ProxyServer(std::shared_ptr<ProxyContext> context, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    int threads = m_context->config().limits.workerThreads;
    if (threads <= 0)
        threads = qBound(1, QThread::idealThreadCount(), 4);
    for (int i = 0; i < threads; ++i) {
        auto* thread = new QThread(this);
        thread->setObjectName(QStringLiteral("airlock-worker-%1").arg(i));
        auto* worker = new ProxyWorker;
        worker->moveToThread(thread);
        connect(thread, &QThread::started, worker, &PeerUser::prepareThread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(thread, &QThread::finished, this, &ProxyServer::onThreadFinished, Qt::QueuedConnection);
        connect(worker, &ProxyWorker::idle, this, &ProxyServer::onWorkerIdle, Qt::QueuedConnection);
        thread->start();
        m_threads.append(thread);
        m_workers.append(worker);
    }
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcProxy) << "shutdown grace period over; cutting remaining sessions";
        stopThreads();
    });
}

ProxyServer::~ProxyServer()
{
    if (m_listener)
        m_listener->close();
    stopThreads();
    for (QThread* thread : std::as_const(m_threads))
        thread->wait();
}

ProxyListener* ProxyServer::openListener(const ListenConfig& listen, QString* error)
{
    auto* listener = new ProxyListener(this);
    listener->setMaxPendingConnections(256);
    if (!listener->listen(QHostAddress(listen.address), listen.port)) {
        m_listenError = listener->serverError();
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(listen.address)
                         .arg(listen.port)
                         .arg(listener->errorString());
        delete listener;
        return nullptr;
    }
    connect(listener, &ProxyListener::descriptorAccepted, this, &ProxyServer::onDescriptorAccepted);
    return listener;
}

bool ProxyServer::listen(QString* error)
{
    if (!m_listener)
        m_listener = openListener(m_context->config().listen, error);
    if (!m_listener)
        return false;
    // Said once at start, where the user looks first, before any route fails for it.
    if (const QStringList routes = SystemTrustStore::routesWithoutTrust(m_context->config().routes); !routes.isEmpty())
        qCWarning(lcProxy, "%s; TLS routes that cannot verify their backend: %s",
                  qUtf8Printable(SystemTrustStore::missingHint()), qUtf8Printable(routes.join(QStringLiteral(", "))));
    return true;
}

bool ProxyServer::rebind(const ListenConfig& listen, QString* error)
{
    ProxyListener* listener = openListener(listen, error);
    if (!listener)
        return false;
    delete m_listener;
    m_listener = listener;
    return true;
}

QHostAddress ProxyServer::address() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 ProxyServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
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
        worker, [worker, descriptor, refuse, context = m_context] { worker->adopt(descriptor, refuse, context); },
        Qt::QueuedConnection);
}

void ProxyServer::closeSession(quint64 id, quint16 code, const QByteArray& reason)
{
    for (ProxyWorker* worker : std::as_const(m_workers)) {
        QMetaObject::invokeMethod(
            worker, [worker, id, code, reason] { worker->closeSession(id, code, reason); }, Qt::QueuedConnection);
    }
}

void ProxyServer::shutdown(int graceMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_listener)
        m_listener->close();
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

// Each worker cuts what is left on its own thread and ends it; stopped() follows the last one, so the
// caller never waits here (the destructor does, since it cannot finish later).
void ProxyServer::stopThreads()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_graceTimer.stop();
    for (ProxyWorker* worker : std::as_const(m_workers)) {
        QMetaObject::invokeMethod(
            worker,
            [worker] {
                worker->abortAll();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
    }
}

void ProxyServer::onThreadFinished()
{
    if (++m_finishedThreads < m_threads.size())
        return;
    // finished() is emitted just before each thread ends: wait() returns at once.
    for (QThread* thread : std::as_const(m_threads))
        thread->wait();
    emit stopped();
}

} // namespace airlock
