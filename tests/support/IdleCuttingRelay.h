#pragma once

#include <QObject>
#include <QTcpServer>

// A TCP relay to a fixed port on 127.0.0.1 that behaves like a NAT or load balancer with an idle timeout:
// a connection pair with no bytes either way for idleMs is cut (both sockets aborted).
class IdleCuttingRelay : public QObject
{
    Q_OBJECT
public:
    IdleCuttingRelay(quint16 targetPort, int idleMs, QObject* parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    int cuts() const { return m_cuts; }

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_targetPort;
    int m_idleMs;
    int m_connections = 0;
    int m_cuts = 0;
};
