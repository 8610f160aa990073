#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A plain TCP service on 127.0.0.1 for bridge tests, shaped like a VNC server: it can speak first (a
// greeting on connect), echoes what it receives unless told not to, and keeps every byte it received.
class TcpEchoBackend : public QObject
{
    Q_OBJECT
public:
    explicit TcpEchoBackend(QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;

    void setGreeting(const QByteArray& greeting) { m_greeting = greeting; }
    void setEcho(bool echo) { m_echo = echo; }
    // false: leave what arrives unread in the socket (a stalled service; the test reads it itself).
    void setReading(bool reading) { m_reading = reading; }

    int connections() const { return m_connections; }
    // Bytes received on the latest connection, and whether its peer has closed it.
    QByteArray received() const { return m_received; }
    bool peerClosed() const { return m_peerClosed; }
    // Port of the latest connection's peer (Airlock's end of the TCP leg).
    quint16 lastPeerPort() const { return m_lastPeerPort; }
    QTcpSocket* lastConnection() const { return m_last; }
    // Ends the latest connection from this side (FIN after what is queued).
    void closeLast();

signals:
    void bytesReceived();
    void peerDisconnected();

private:
    void onNewConnection();

    QTcpServer m_server;
    QByteArray m_greeting;
    bool m_echo = true;
    bool m_reading = true;
    int m_connections = 0;
    QByteArray m_received;
    bool m_peerClosed = false;
    quint16 m_lastPeerPort = 0;
    QPointer<QTcpSocket> m_last;
};
