#pragma once

#include <QByteArray>
#include <QObject>

namespace airlock::bench {

// One WebSocket client connection of the load generator. Every send repeats one prepared binary
// message, so sending costs no per-message allocation or masking on the generator's side.
class ClientConnection : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Raw, Qt };

    using QObject::QObject;
    static ClientConnection* create(Kind kind, QObject* parent = nullptr);

    // Connects to ws://127.0.0.1:port<path> and performs the opening handshake.
    virtual void open(quint16 port, const QByteArray& path) = 0;
    // Offers this subprotocol in the opening handshake (before open()); the server must then select it.
    void setSubprotocol(const QByteArray& protocol) { m_subprotocol = protocol; }
    // The subprotocol the server selected, once opened.
    QByteArray selectedSubprotocol() const { return m_selectedSubprotocol; }
    // The binary message that send() repeats.
    virtual void setMessage(const QByteArray& payload) = 0;
    virtual void send(int count) = 0;
    // Starts the closing handshake (1000); closed() follows when the server ends the connection.
    virtual void close() = 0;
    virtual void abort() = 0;
    bool isOpen() const { return m_open; }
    // The client's own port, to find its session in Airlock's views.
    virtual quint16 localPort() const = 0;
    // Bytes queued in the client that the kernel has not taken yet; -1 when this kind cannot tell (then
    // wrote() is never emitted either).
    virtual qint64 bytesToWrite() const { return -1; }

signals:
    void opened();
    // Whole messages echoed back since the last emission, and their payload bytes.
    void received(int messages, qint64 payloadBytes);
    // The kernel took this many bytes (frames, headers included) of what send() queued.
    void wrote(qint64 bytes);
    // Something went wrong (refused, bad handshake, dropped without a close frame); closed() follows.
    void failed(const QString& detail);
    // Emitted once, when the connection is over for whatever reason.
    void closed();

protected:
    // Emits closed() the first time only; the connection is no longer open after it.
    void finish();

    bool m_open = false;
    bool m_finished = false;
    QByteArray m_subprotocol;
    QByteArray m_selectedSubprotocol;
};

} // namespace airlock::bench
