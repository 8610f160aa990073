#pragma once

#include "ClientConnection.h"

#include <QTcpSocket>

namespace airlock::bench {

// A plain TCP client with the ClientConnection interface, for the bridge scenarios' direct column: the
// TCP echo without a bridge in front. "Opened" once connected; every read counts as one message, as a
// bridge would send it; close() shuts the connection down from this side.
class TcpClientConnection : public ClientConnection
{
    Q_OBJECT
public:
    explicit TcpClientConnection(QObject* parent = nullptr);

    void open(quint16 port, const QByteArray& path) override;
    void setMessage(const QByteArray& payload) override;
    void send(int count) override;
    void close() override;
    void abort() override;
    quint16 localPort() const override { return m_socket.localPort(); }
    qint64 bytesToWrite() const override { return m_socket.bytesToWrite(); }

private:
    void onReadyRead();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);

    QTcpSocket m_socket;
    QByteArray m_message;
    QByteArray m_repeated; // m_message repeated, written as a prefix for send(count)
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace airlock::bench
