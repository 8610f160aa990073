#include "EchoSession.h"

#include "ws/Handshake.h"
#include "ws/Masking.h"

#include <QTcpSocket>

#include <cstring>

namespace airlock::bench {

namespace {
// Sessions of one thread share their read buffer: idle ones hold none.
QByteArray& scratchBuffer()
{
    thread_local QByteArray buffer(EchoSession::ReadChunk, Qt::Uninitialized);
    return buffer;
}
} // namespace

EchoSession::EchoSession(QTcpSocket* socket, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(ReadChunk);
    connect(m_socket, &QTcpSocket::readyRead, this, &EchoSession::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &EchoSession::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &EchoSession::onDisconnected);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &EchoSession::onReadyRead, Qt::QueuedConnection);
}

void EchoSession::onReadyRead()
{
    if (!m_open) {
        readHandshake();
        if (!m_open)
            return;
    }
    QByteArray& buffer = scratchBuffer();
    // Stop reading while the client does not take its echoes: TCP flow control then reaches it. A source
    // always has its buffer full, and echoes nothing but control frames: it keeps reading.
    while (!m_closing && (m_mode == Mode::Source || m_socket->bytesToWrite() < HighWatermark)) {
        const qint64 got = m_socket->read(buffer.data(), buffer.size());
        if (got <= 0)
            break;
        echo(reinterpret_cast<uchar*>(buffer.data()), got);
    }
    m_socket->flush();
    if (m_closing)
        m_socket->disconnectFromHost();
}

void EchoSession::onBytesWritten()
{
    if (m_mode == Mode::Source) {
        produce();
        return;
    }
    if (m_open && !m_closing && m_socket->bytesAvailable() > 0 && m_socket->bytesToWrite() < HighWatermark / 2)
        onReadyRead();
}

void EchoSession::onDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}

void EchoSession::readHandshake()
{
    const QByteArray bytes = m_socket->read(16 * 1024);
    const qsizetype used = m_parser.feed(bytes);
    if (m_parser.hasError()) {
        m_socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_parser.isComplete())
        return;
    const HttpHead& request = m_parser.head();
    const Handshake::RequestCheck check = Handshake::checkRequest(request);
    if (!check.ok) {
        m_socket->write(QByteArray("HTTP/1.1 " + QByteArray::number(check.status) +
                                   " Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        m_socket->disconnectFromHost();
        return;
    }
    m_socket->write(QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                               "Sec-WebSocket-Accept: " +
                               Handshake::acceptKey(request.headers.value("Sec-WebSocket-Key")) + "\r\n\r\n"));
    m_open = true;
    chooseMode(request.target);
    QByteArray rest = bytes.sliced(used);
    if (!rest.isEmpty())
        echo(reinterpret_cast<uchar*>(rest.data()), rest.size());
    if (m_mode == Mode::Source)
        produce();
    m_socket->flush();
}

void EchoSession::chooseMode(const QByteArray& target)
{
    const qsizetype query = target.indexOf('?');
    if (query < 0)
        return;
    qint64 size = 64 * 1024;
    for (const QByteArray& pair : target.sliced(query + 1).split('&')) {
        if (pair == "mode=source")
            m_mode = Mode::Source;
        else if (pair == "mode=sink")
            m_mode = Mode::Sink;
        else if (pair.startsWith("size="))
            size = qBound(qint64(1), pair.sliced(5).toLongLong(), qint64(16 * 1024 * 1024));
    }
    if (m_mode != Mode::Source)
        return;
    FrameHeader header;
    header.fin = true;
    header.opcode = FrameHeader::Binary;
    header.payloadLength = quint64(size);
    uchar encoded[FrameHeader::MaxSize];
    const qsizetype headerSize = FrameHeader::encode(header, encoded);
    const QByteArray frame = QByteArray(reinterpret_cast<const char*>(encoded), headerSize) + QByteArray(size, 'x');
    // Whole messages in batches of at least ReadChunk: Qt hands the kernel one written block at a time.
    m_sourceFrame = frame.repeated(qMax<qsizetype>(1, ReadChunk / frame.size()));
}

void EchoSession::produce()
{
    // Bounded by the watermark: bytesWritten() calls this again as the kernel takes the bytes. No flush()
    // here: inside a bytesWritten() handler Qt would write without emitting bytesWritten() again, and a
    // buffer drained that way would never ask for more.
    while (!m_closing && m_socket->state() == QAbstractSocket::ConnectedState &&
           m_socket->bytesToWrite() < HighWatermark)
        m_socket->write(m_sourceFrame);
}

void EchoSession::echo(uchar* data, qsizetype n)
{
    qsizetype in = 0;    // next byte to read
    qsizetype out = 0;   // end of the echo built in place
    qsizetype start = 0; // start of the echo not yet handed to the socket
    while (in < n && !m_closing) {
        if (!m_inPayload) {
            qsizetype consumed = 0;
            if (!m_headerReader.read(data + in, n - in, &m_frame, &consumed)) {
                in = n;
                break;
            }
            // A one-way mode drops data frames; control frames are always answered.
            m_echoFrame = m_mode == Mode::Echo || m_frame.isControl();
            if (m_echoFrame) {
                // The same FIN, RSV and opcode (a ping's answer is a pong), unmasked.
                FrameHeader reply = m_frame;
                reply.masked = false;
                if (reply.opcode == FrameHeader::Ping)
                    reply.opcode = FrameHeader::Pong;
                uchar header[FrameHeader::MaxSize];
                const qsizetype headerSize = FrameHeader::encode(reply, header);
                if (out + headerSize <= in + consumed) {
                    std::memcpy(data + out, header, size_t(headerSize));
                    out += headerSize;
                } else {
                    // The header came in pieces: its echo no longer fits in place.
                    m_socket->write(reinterpret_cast<const char*>(data + start), out - start);
                    m_socket->write(reinterpret_cast<const char*>(header), headerSize);
                    start = out = in + consumed;
                }
            }
            in += consumed;
            m_inPayload = true;
            m_remaining = m_frame.payloadLength;
            m_phase = 0;
        } else {
            const qsizetype k = qsizetype(qMin<quint64>(m_remaining, quint64(n - in)));
            if (m_echoFrame) {
                if (m_frame.masked)
                    applyMask(data + in, data + in, k, m_frame.maskKey, m_phase);
                if (out != in)
                    std::memmove(data + out, data + in, size_t(k));
                out += k;
            }
            in += k;
            m_remaining -= quint64(k);
            m_phase += quint64(k);
        }
        if (m_inPayload && m_remaining == 0) {
            m_inPayload = false;
            if (m_frame.opcode == FrameHeader::Close)
                m_closing = true;
        }
    }
    if (out > start)
        m_socket->write(reinterpret_cast<const char*>(data + start), out - start);
}

} // namespace airlock::bench
