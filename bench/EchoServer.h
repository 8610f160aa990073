#pragma once

#include <QObject>
#include <QTcpServer>

namespace airlock::bench {

// The benchmark's WebSocket echo backend on 127.0.0.1: raw sockets and in-place echo, so that it is
// never the bottleneck it would be as a QWebSocketServer.
class EchoServer : public QObject
{
    Q_OBJECT
public:
    explicit EchoServer(QObject* parent = nullptr);

    // port 0 picks a free port.
    bool listen(quint16 port, QString* error);
    quint16 port() const { return m_server.serverPort(); }

private:
    void onNewConnection();

    QTcpServer m_server;
};

} // namespace airlock::bench
