#pragma once

#include "proxy/StreamLeg.h"

class QTcpSocket;

namespace airlock {

// A leg on a Qt socket: a TLS leg (QSslSocket), or a plain one whose descriptor could not be taken over.
// With forwardSignals the socket's signals are the leg's (a tunnel's leg); without, it only reads and
// writes for a pump whose owner watches the socket itself (an HTTP exchange). It owns the socket when told
// to (the socket then becomes its child).
class QtSocketLeg : public StreamLeg
{
    Q_OBJECT
public:
    QtSocketLeg(QTcpSocket* socket, bool forwardSignals, bool owning, QObject* parent = nullptr);

    QTcpSocket* socket() const { return m_socket; }

    qint64 read(char* data, qint64 maxSize) override;
    qint64 bytesAvailable() const override;
    void discardInput() override;
    using StreamLeg::write;
    void write(const char* data, qint64 size) override;
    qint64 bytesToWrite() const override;
    void flush() override;
    void disconnectFromHost() override;
    void abort() override;
    void shutdownWrite() override;
    bool isConnected() const override;
    bool isClosed() const override;
    bool readsAgainWhenReady() const override { return false; }

private:
    QTcpSocket* m_socket;
};

} // namespace airlock
