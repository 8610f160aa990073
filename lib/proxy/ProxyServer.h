#pragma once

#include "config/Config.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace airlock {

class ProxyContext;
class ProxyListener;
class ProxyWorker;

// The loopback proxy: one listener in the caller's thread, sessions on N worker threads. Lives in the
// thread that creates it.
class ProxyServer : public QObject
{
    Q_OBJECT
public:
    // Driven by ProxyService, which owns the context's runtime and the health checks.
    explicit ProxyServer(std::shared_ptr<ProxyContext> context, QObject* parent = nullptr);
    // Aborts what is left and waits for the worker threads (shutdown() first does neither).
    ~ProxyServer() override;

    bool listen(QString* error);
    // Listens on another address or port: the new listener opens first, so on failure the old one stays.
    bool rebind(const ListenConfig& listen, QString* error);
    // Why the last listen() or rebind() failed.
    QAbstractSocket::SocketError listenError() const { return m_listenError; }
    // Connections accepted from now on get this context; open sessions keep the one they started with.
    void setContext(std::shared_ptr<ProxyContext> context) { m_context = std::move(context); }
    const std::shared_ptr<ProxyContext>& context() const { return m_context; }
    QHostAddress address() const;
    quint16 port() const;
    int workerCount() const { return int(m_workers.size()); }
    int activeConnections() const;

    // Asks every worker to close the session with this connection id on its own thread (queued); the one
    // that has it does (see ProxySession::closeByRequest).
    void closeSession(quint64 id, quint16 code, const QByteArray& reason);

    // Stops accepting, closes WebSocket sessions with 1001, lets HTTP exchanges end; stopped() follows
    // when every session is gone or graceMs has passed (then the rest are cut). Never blocks.
    void shutdown(int graceMs = 3000);

signals:
    void stopped(); // the worker threads have ended

private:
    ProxyListener* openListener(const ListenConfig& listen, QString* error);
    void onDescriptorAccepted(qintptr descriptor);
    void onWorkerIdle();
    void onThreadFinished();
    void stopThreads();

    std::shared_ptr<ProxyContext> m_context;
    ProxyListener* m_listener = nullptr;
    QList<ProxyWorker*> m_workers;
    QList<QThread*> m_threads;
    int m_nextWorker = 0;
    int m_idleWorkers = 0;
    int m_finishedThreads = 0;
    bool m_shuttingDown = false;
    bool m_stopping = false;
    QAbstractSocket::SocketError m_listenError = QAbstractSocket::UnknownSocketError;
    QTimer m_graceTimer;
};

} // namespace airlock
