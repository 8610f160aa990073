#pragma once

#include <QByteArray>
#include <QTcpSocket>

// A plain TCP client for exact bytes on the wire: malformed requests, hand-made frames, stalled readers.
class RawClient
{
public:
    explicit RawClient(quint16 port);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket& socket() { return m_socket; }

    void send(const QByteArray& bytes);
    // Reads until the response head and its Content-Length body are complete, the peer closes, or timeout.
    QByteArray readResponse(int timeoutMs = 5000);
    // Reads until `needle` appears in the received bytes (returns all received so far).
    QByteArray readUntil(const QByteArray& needle, int timeoutMs = 5000);
    // Reads at least n bytes (fewer if the peer closes or time runs out).
    QByteArray readBytes(qsizetype n, int timeoutMs = 5000);
    bool waitForClose(int timeoutMs = 5000);
    QByteArray received() const { return m_buffer; }
    void clear() { m_buffer.clear(); }

    // Status code from a response head, 0 if none.
    static int statusOf(const QByteArray& response);
    // A minimal valid WebSocket upgrade request for path.
    static QByteArray upgradeRequest(const QByteArray& path, const QByteArray& extraHeaders = {});
    // Finds the first close frame a server sent after the response head; code 1005 when it has none.
    static bool findCloseFrame(const QByteArray& bytes, quint16* code, QByteArray* reason);
    // A masked client frame.
    static QByteArray clientFrame(quint8 opcode, const QByteArray& payload, bool fin = true);

private:
    bool waitMore(int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
