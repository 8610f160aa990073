#pragma once

#include "FrameHeaderReader.h"
#include "http/HttpHeadParser.h"

#include <QObject>

class QTcpSocket;

namespace airlock::bench {

// One connection to the echo backend. Answers the upgrade, then streams every frame back unmasked with
// the same opcode (a ping gets its pong) as its bytes arrive, unmasking in place and never holding a
// whole message. After echoing a close frame it closes the connection, as a server should.
// The request's query picks a one-way mode instead, for measuring one direction alone through a proxy
// that passes the query on: `?mode=source&size=N` sends binary messages of N bytes (default 64 KiB) as
// fast as the connection takes them, `?mode=sink` discards every data frame. Both still answer pings and
// the closing handshake.
class EchoSession : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 ReadChunk = 256 * 1024;
    static constexpr qint64 HighWatermark = 1024 * 1024;
    enum class Mode { Echo, Source, Sink };

    // Takes ownership of a connected socket.
    explicit EchoSession(QTcpSocket* socket, QObject* parent = nullptr);

signals:
    void finished();

private:
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void readHandshake();
    // Reads mode and size from the request target's query.
    void chooseMode(const QByteArray& target);
    // Source mode: queues messages up to the high watermark.
    void produce();
    // Echoes n bytes of frames, reusing data as the output buffer (an echoed header is never longer).
    void echo(uchar* data, qsizetype n);

    QTcpSocket* m_socket;
    HttpHeadParser m_parser{HttpHeadParser::Kind::Request};
    bool m_open = false;
    bool m_closing = false;
    bool m_finished = false;
    Mode m_mode = Mode::Echo;
    QByteArray m_sourceFrame; // source mode: whole messages, written again and again

    FrameHeaderReader m_headerReader;
    bool m_inPayload = false;
    FrameHeader m_frame;
    bool m_echoFrame = true; // false for a data frame in a one-way mode: dropped
    quint64 m_remaining = 0;
    quint64 m_phase = 0;
};

} // namespace airlock::bench
