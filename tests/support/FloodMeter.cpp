#include "FloodMeter.h"

#include "OwnSocket.h"
#include "WsFrameReader.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using airlock::test::findOwnSocket;
using airlock::test::unreadBytes;
using airlock::test::unsentBytes;
using airlock::test::WsFrameReader;

FloodMeter::FloodMeter(QTcpSocket* sender, QTcpSocket* receiver)
    : m_sender(sender)
    , m_receiver(receiver)
{
    m_airlockIn = findOwnSocket(sender->peerPort(), sender->localPort());
    m_airlockOut = findOwnSocket(receiver->peerPort(), receiver->localPort());
}

// What left the sender's process and has not reached the receiver's, minus the four kernel queues in
// between. Upstream queues are read first: a byte moving on while they are read is then counted twice
// (held looks smaller by it), never missed (held would look larger).
qint64 FloodMeter::sample()
{
    const qint64 accepted = m_written - m_sender->bytesToWrite();
    const qint64 inKernels = unsentBytes(int(m_sender->socketDescriptor())) + unreadBytes(m_airlockIn) +
                             unsentBytes(m_airlockOut) + unreadBytes(int(m_receiver->socketDescriptor()));
    const qint64 held = accepted - inKernels - (m_deliveredRaw + m_receiver->bytesAvailable());
    m_peakHeld = qMax(m_peakHeld, held);
    return held;
}

void FloodMeter::readReceiver()
{
    const QByteArray bytes = m_receiver->readAll();
    m_deliveredRaw += bytes.size();
    if (!m_frames) {
        m_payload += bytes.size();
        return;
    }
    m_partial += bytes;
    qsizetype consumed = 0;
    for (const WsFrameReader::Frame& f : WsFrameReader::frames(m_partial, &consumed))
        m_payload += f.payload.size();
    m_partial.remove(0, consumed);
}

bool FloodMeter::run(const QByteArray& stream, qint64 expectedPayload)
{
    if (m_airlockIn < 0 || m_airlockOut < 0) {
        m_error = QStringLiteral("Airlock's sockets for this session were not found");
        return false;
    }
    if (!m_probe) {
        m_error = QStringLiteral("no probe");
        return false;
    }
    // The receiver stalls: Qt may buffer a few bytes for it, nothing more.
    m_receiver->setReadBufferSize(4096);
    m_written = m_sender->write(stream);

    qint64 last = -1;
    int unchanged = 0;
    for (int round = 0; round < 5000 && unchanged < 3; ++round) {
        if (!m_probe()) {
            m_error = QStringLiteral("the probe found no answer through the proxy");
            return false;
        }
        sample();
        const qint64 accepted = m_written - m_sender->bytesToWrite();
        unchanged = accepted == last ? unchanged + 1 : 0;
        last = accepted;
    }
    if (unchanged < 3) {
        m_error = QStringLiteral("Airlock never stopped reading from a sender whose receiver reads nothing");
        return false;
    }
    m_acceptedWhenBlocked = last;
    m_heldWhenBlocked = sample();

    // The receiver drains everything; Airlock must not buffer more on the way.
    m_receiver->setReadBufferSize(0);
    const QMetaObject::Connection reading = QObject::connect(m_receiver, &QTcpSocket::readyRead, m_receiver, [this] {
        sample();
        readReceiver();
    });
    const QMetaObject::Connection writing =
        QObject::connect(m_sender, &QTcpSocket::bytesWritten, m_sender, [this] { sample(); });
    readReceiver();
    const bool done = QTest::qWaitFor([&] { return m_payload >= expectedPayload; }, 60000);
    QObject::disconnect(reading);
    QObject::disconnect(writing);
    if (!done || m_payload != expectedPayload) {
        m_error = QStringLiteral("the receiver got %1 of %2 bytes").arg(m_payload).arg(expectedPayload);
        return false;
    }
    return true;
}

void FloodMeter::setPingProbe(QWebSocket* socket)
{
    setProbe([socket] {
        QSignalSpy pong(socket, &QWebSocket::pong);
        socket->ping("probe");
        return pong.wait(10000);
    });
}

QString FloodMeter::figures() const
{
    return QStringLiteral("Airlock held %1 bytes at the peak, %2 when it stopped reading")
        .arg(m_peakHeld)
        .arg(m_heldWhenBlocked);
}
