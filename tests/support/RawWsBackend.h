#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A lean WebSocket backend on raw sockets for soak tests with thousands of sessions: it answers every
// upgrade with 101, echoes data messages frame by frame (unmasked, same opcode), answers pings and
// close frames. kill() drops everything at once the way a crashed backend process does, and listen()
// can take the same port again afterwards.
class RawWsBackend : public QObject
{
    Q_OBJECT
public:
    explicit RawWsBackend(QObject* parent = nullptr);
    ~RawWsBackend() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl url() const;

    int accepted() const { return m_accepted; } // connections ever taken
    int upgraded() const { return m_upgraded; } // sessions answered with 101
    int open() const;                           // connections not yet closed

    // Stops listening and aborts every connection without a close frame.
    void kill();

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool upgraded = false;
    };
    void onNewConnection();
    void onReadyRead(Connection* connection);

    QTcpServer m_server;
    quint16 m_port = 0;
    QList<Connection*> m_connections;
    int m_accepted = 0;
    int m_upgraded = 0;
};
