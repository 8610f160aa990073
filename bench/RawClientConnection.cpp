#include "RawClientConnection.h"

#include "ws/FrameBuilder.h"
#include "ws/Handshake.h"

#include <QHostAddress>

#include <cstring>

namespace airlock::bench {

namespace {
QByteArray& scratchBuffer()
{
    thread_local QByteArray buffer(256 * 1024, Qt::Uninitialized);
    return buffer;
}
} // namespace

RawClientConnection::RawClientConnection(QObject* parent)
    : ClientConnection(parent)
{
    connect(&m_socket, &QTcpSocket::connected, this, &RawClientConnection::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawClientConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::bytesWritten, this, &RawClientConnection::wrote);
    connect(&m_socket, &QTcpSocket::disconnected, this, &RawClientConnection::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &RawClientConnection::onError);
}

void RawClientConnection::open(quint16 port, const QByteArray& path)
{
    m_port = port;
    m_path = path;
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void RawClientConnection::setMessage(const QByteArray& payload)
{
    m_frame = FrameBuilder::frame(FrameBuilder::Binary, payload, true);
    m_frames = m_frame;
}

void RawClientConnection::send(int count)
{
    if (!m_open || m_closeSent || count <= 0)
        return;
    const qsizetype frameSize = m_frame.size();
    while (m_frames.size() < count * frameSize) {
        const QByteArray copy = m_frames;
        m_frames += copy;
    }
    m_socket.write(m_frames.constData(), count * frameSize);
    m_socket.flush();
}

void RawClientConnection::close()
{
    if (m_finished)
        return;
    if (!m_open) {
        abort();
        return;
    }
    if (!m_closeSent) {
        m_closeSent = true;
        m_socket.write(FrameBuilder::closeFrame(1000, {}, true));
        m_socket.flush();
    }
}

void RawClientConnection::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_socket.abort();
    finish();
}

void RawClientConnection::onConnected()
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_key = Handshake::generateClientKey();
    const QByteArray protocol =
        m_subprotocol.isEmpty() ? QByteArray() : QByteArray("Sec-WebSocket-Protocol: " + m_subprotocol + "\r\n");
    m_socket.write(QByteArray("GET " + m_path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                              "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + m_key +
                              "\r\nSec-WebSocket-Version: 13\r\n" + protocol + "\r\n"));
    m_socket.flush();
}

void RawClientConnection::onReadyRead()
{
    if (!m_open) {
        readHandshake();
        if (!m_open)
            return;
    }
    QByteArray& buffer = scratchBuffer();
    for (;;) {
        const qint64 got = m_socket.read(buffer.data(), buffer.size());
        if (got <= 0)
            break;
        consume(reinterpret_cast<const uchar*>(buffer.constData()), got);
    }
    if (m_messages > 0) {
        const int messages = std::exchange(m_messages, 0);
        const qint64 bytes = std::exchange(m_bytes, 0);
        emit received(messages, bytes);
    }
}

void RawClientConnection::readHandshake()
{
    const QByteArray bytes = m_socket.read(16 * 1024);
    const qsizetype used = m_parser.feed(bytes);
    if (m_parser.hasError()) {
        fail(QStringLiteral("malformed handshake answer: ") + m_parser.errorDetail());
        m_socket.abort();
        finish();
        return;
    }
    if (!m_parser.isComplete())
        return;
    const QByteArrayList offered = m_subprotocol.isEmpty() ? QByteArrayList() : QByteArrayList{m_subprotocol};
    const Handshake::ResponseCheck check = Handshake::checkResponse(m_parser.head(), m_key, offered, {});
    if (!check.ok) {
        fail(QStringLiteral("handshake refused: ") + check.detail);
        m_socket.abort();
        finish();
        return;
    }
    m_selectedSubprotocol = check.subprotocol;
    m_open = true;
    emit opened();
    if (used < bytes.size())
        consume(reinterpret_cast<const uchar*>(bytes.constData()) + used, bytes.size() - used);
}

void RawClientConnection::consume(const uchar* data, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        if (!m_inPayload) {
            qsizetype consumed = 0;
            if (!m_headerReader.read(data + i, n - i, &m_current, &consumed))
                return;
            i += consumed;
            m_inPayload = true;
            m_remaining = m_current.payloadLength;
        } else {
            const qsizetype k = qsizetype(qMin<quint64>(m_remaining, quint64(n - i)));
            i += k;
            m_remaining -= quint64(k);
            if (!m_current.isControl())
                m_messageBytes += k;
        }
        if (m_inPayload && m_remaining == 0) {
            m_inPayload = false;
            if (m_current.opcode == FrameHeader::Close) {
                m_closeReceived = true;
                // The server closes TCP after its close frame; nothing after it counts.
                return;
            }
            if (!m_current.isControl() && m_current.fin) {
                ++m_messages;
                m_bytes += std::exchange(m_messageBytes, 0);
            }
        }
    }
}

void RawClientConnection::onDisconnected()
{
    if (!m_closeReceived && !m_aborted)
        fail(QStringLiteral("connection closed without a close frame"));
    finish();
}

void RawClientConnection::onError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() follows and judges it
    fail(m_socket.errorString());
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        finish();
}

void RawClientConnection::fail(const QString& detail)
{
    if (m_failed || m_finished)
        return;
    m_failed = true;
    emit failed(detail);
}

} // namespace airlock::bench
