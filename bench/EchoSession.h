#pragma once

#include "FrameHeaderReader.h"
#include "http/HttpHeadParser.h"

#include <QObject>

class QTcpSocket;

namespace airlock::bench {

// One connection to the echo backend. Answers the upgrade, then streams every frame back unmasked with
// the same opcode (a ping gets its pong) as its bytes arrive, unmasking in place and never holding a
// whole message. After echoing a close frame it closes the connection, as a server should.
class EchoSession : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 ReadChunk = 256 * 1024;
    static constexpr qint64 HighWatermark = 1024 * 1024;

    // Takes ownership of a connected socket.
    explicit EchoSession(QTcpSocket* socket, QObject* parent = nullptr);

signals:
    void finished();

private:
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void readHandshake();
    // Echoes n bytes of frames, reusing data as the output buffer (an echoed header is never longer).
    void echo(uchar* data, qsizetype n);

    QTcpSocket* m_socket;
    HttpHeadParser m_parser{HttpHeadParser::Kind::Request};
    bool m_open = false;
    bool m_closing = false;
    bool m_finished = false;

    FrameHeaderReader m_headerReader;
    bool m_inPayload = false;
    FrameHeader m_frame;
    quint64 m_remaining = 0;
    quint64 m_phase = 0;
};

} // namespace airlock::bench
