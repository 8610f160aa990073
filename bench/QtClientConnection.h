#pragma once

#include "ClientConnection.h"

#include <QWebSocket>

namespace airlock::bench {

// The same client on QWebSocket, to compare its cost with the raw client's (--client qt).
class QtClientConnection : public ClientConnection
{
    Q_OBJECT
public:
    explicit QtClientConnection(QObject* parent = nullptr);

    void open(quint16 port, const QByteArray& path) override;
    void setMessage(const QByteArray& payload) override { m_payload = payload; }
    void send(int count) override;
    void close() override;
    void abort() override;
    quint16 localPort() const override { return m_socket.localPort(); }

private:
    void onDisconnected();

    QWebSocket m_socket;
    QByteArray m_payload;
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace airlock::bench
