#pragma once

#include "ClientConnection.h"
#include "FrameHeaderReader.h"
#include "http/HttpHeadParser.h"

#include <QTcpSocket>

namespace airlock::bench {

// A client on a plain QTcpSocket: the handshake through lib/ws Handshake, frames from FrameBuilder
// (masked once, then repeated), and a streaming reader that counts echoed messages without copying them.
class RawClientConnection : public ClientConnection
{
    Q_OBJECT
public:
    explicit RawClientConnection(QObject* parent = nullptr);

    void open(quint16 port, const QByteArray& path) override;
    void setMessage(const QByteArray& payload) override;
    void send(int count) override;
    void close() override;
    void abort() override;
    quint16 localPort() const override { return m_socket.localPort(); }
    qint64 bytesToWrite() const override { return m_socket.bytesToWrite(); }

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void readHandshake();
    void consume(const uchar* data, qsizetype n);
    void fail(const QString& detail);

    QTcpSocket m_socket;
    quint16 m_port = 0;
    QByteArray m_path;
    QByteArray m_key;
    HttpHeadParser m_parser{HttpHeadParser::Kind::Response};
    bool m_closeSent = false;
    bool m_closeReceived = false;
    bool m_failed = false;
    bool m_aborted = false;

    QByteArray m_frame;  // one masked message
    QByteArray m_frames; // m_frame repeated, written as a prefix for send(count)

    FrameHeaderReader m_headerReader;
    bool m_inPayload = false;
    FrameHeader m_current;
    quint64 m_remaining = 0;
    qint64 m_messageBytes = 0;
    int m_messages = 0;
    qint64 m_bytes = 0;
};

} // namespace airlock::bench
