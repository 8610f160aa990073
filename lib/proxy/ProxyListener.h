#pragma once

#include <QTcpServer>

namespace airlock {

// Accepts connections and passes the raw descriptors on, so sockets are created in worker threads.
// Lives in its ProxyServer's thread.
class ProxyListener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

signals:
    void descriptorAccepted(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override { emit descriptorAccepted(descriptor); }
};

} // namespace airlock
