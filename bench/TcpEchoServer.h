#pragma once

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace airlock::bench {

// A plain TCP echo on 127.0.0.1 for the bridge scenarios (airlock-bench-echo --tcp): every byte read is
// written back at once. Reading pauses while a connection has more than HighWatermark unsent bytes, so a
// client that does not read its echoes is slowed by TCP flow control instead of filling memory.
class TcpEchoServer : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 ReadChunk = 256 * 1024;
    static constexpr qint64 HighWatermark = 1024 * 1024;

    explicit TcpEchoServer(QObject* parent = nullptr);

    // port 0 picks a free port.
    bool listen(quint16 port, QString* error);
    quint16 port() const { return m_server.serverPort(); }

private:
    void onNewConnection();
    static void echo(QTcpSocket* socket);

    QTcpServer m_server;
};

} // namespace airlock::bench
