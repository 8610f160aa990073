#include "EchoServer.h"

#include "EchoSession.h"

#include <QTcpSocket>

namespace airlock::bench {

EchoServer::EchoServer(QObject* parent)
    : QObject(parent)
{
    m_server.setMaxPendingConnections(1024);
    m_server.setListenBacklogSize(1024);
    connect(&m_server, &QTcpServer::newConnection, this, &EchoServer::onNewConnection);
}

bool EchoServer::listen(quint16 port, QString* error)
{
    if (m_server.listen(QHostAddress::LocalHost, port))
        return true;
    *error = m_server.errorString();
    return false;
}

void EchoServer::onNewConnection()
{
    // Each session deletes itself when its connection ends.
    while (QTcpSocket* socket = m_server.nextPendingConnection())
        new EchoSession(socket, this);
}

} // namespace airlock::bench
