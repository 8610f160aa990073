#include "RawClient.h"

#include "WsFrameReader.h"

#include "ws/FrameBuilder.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTest>

using airlock::test::WsFrameReader;

RawClient::RawClient(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor(
        [this] {
            return m_socket.state() != QAbstractSocket::ConnectingState &&
                   m_socket.state() != QAbstractSocket::HostLookupState;
        },
        5000);
}

void RawClient::send(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

// Waits with the event loop running: the backends of a test live in the test's own thread.
bool RawClient::waitMore(int timeoutMs)
{
    if (m_socket.bytesAvailable() == 0) {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return false;
        (void)QTest::qWaitFor(
            [this] { return m_socket.bytesAvailable() > 0 || m_socket.state() != QAbstractSocket::ConnectedState; },
            timeoutMs);
        if (m_socket.bytesAvailable() == 0)
            return false;
    }
    m_buffer += m_socket.readAll();
    return true;
}

QByteArray RawClient::readResponse(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = m_buffer.left(headEnd).toLower();
            const qsizetype cl = head.indexOf("\r\ncontent-length:");
            if (cl < 0)
                return m_buffer; // no body announced (101, or until close: caller reads on)
            const qsizetype lineEnd = head.indexOf("\r\n", cl + 2);
            const qint64 length = head.mid(cl + 17, lineEnd < 0 ? -1 : lineEnd - cl - 17).trimmed().toLongLong();
            if (m_buffer.size() >= headEnd + 4 + length)
                return m_buffer;
        }
        if (deadline.hasExpired() || !waitMore(int(qMax<qint64>(1, deadline.remainingTime()))))
            return m_buffer;
    }
}

QByteArray RawClient::readUntil(const QByteArray& needle, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_buffer.contains(needle)) {
        if (deadline.hasExpired() || !waitMore(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    return m_buffer;
}

QByteArray RawClient::readBytes(qsizetype n, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_buffer.size() < n) {
        if (deadline.hasExpired() || !waitMore(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    return m_buffer;
}

bool RawClient::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        (void)QTest::qWaitFor(
            [this] { return m_socket.bytesAvailable() > 0 || m_socket.state() == QAbstractSocket::UnconnectedState; },
            int(qMax<qint64>(1, deadline.remainingTime())));
        m_buffer += m_socket.readAll();
    }
    m_buffer += m_socket.readAll();
    return true;
}

int RawClient::statusOf(const QByteArray& response)
{
    if (!response.startsWith("HTTP/1."))
        return 0;
    return response.mid(9, 3).toInt();
}

QByteArray RawClient::upgradeRequest(const QByteArray& path, const QByteArray& extraHeaders)
{
    return "GET " + path +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" +
           extraHeaders + "\r\n";
}

QByteArray RawClient::clientFrame(quint8 opcode, const QByteArray& payload, bool fin)
{
    return airlock::FrameBuilder::frame(opcode, payload, true, fin);
}

bool RawClient::findCloseFrame(const QByteArray& bytes, quint16* code, QByteArray* reason)
{
    const std::optional<WsFrameReader::Frame> close = WsFrameReader::firstClose(bytes);
    if (!close)
        return false;
    *code = close->closeCode();
    *reason = close->closeReason();
    return true;
}
