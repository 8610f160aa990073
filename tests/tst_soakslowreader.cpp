// Soak: a client that stops reading while its backend pushes 1 GiB through the airlock binary. Airlock
// must pass the backpressure on (stop reading the backend) rather than buffer: its resident memory stays
// under a bound derived from the pump's watermarks the whole time, and the backend cannot push the GiB
// while the client is stopped. Then the client reads on: every byte arrives intact and in order, and the
// session ends with the backend's close (the route has no idle timeout and no keepalive pings).
#include "AirlockProcess.h"
#include "ProcessStats.h"
#include "RawClient.h"
#include "ScriptedBackend.h"
#include "SpinUntil.h"
#include "WsFrameReader.h"
#include "WsFrameWriter.h"

#include "proxy/Pump.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstring>

using namespace airlock::test;

namespace {

constexpr qint64 payloadSize = 64 * 1024;
constexpr qint64 frameCount = 16 * 1024; // 16,384 x 64 KiB = 1 GiB of payload
const QByteArray closeFrame = WsFrameWriter::close(1000, "done", false);

qint64 procValue(const QString& path, int field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().simplified().split(' ').value(field).toLongLong();
}

// Frame k: a binary frame whose payload starts with k (8 bytes) and goes on with a fixed pattern, so a
// lost, repeated or reordered frame shows in the bytes.
class Frames
{
public:
    Frames()
    {
        m_frame = WsFrameWriter::header(0x2, payloadSize, false);
        m_header = m_frame.size();
        m_frame.resize(m_header + payloadSize);
        quint32 x = 0x2545F491;
        for (qint64 i = 0; i < payloadSize; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            m_frame[m_header + i] = char(x);
        }
    }
    qint64 size() const { return m_frame.size(); }
    const QByteArray& frame(qint64 k)
    {
        if (k != m_current) {
            m_current = k;
            const quint64 index = quint64(k);
            std::memcpy(m_frame.data() + m_header, &index, sizeof index);
        }
        return m_frame;
    }

private:
    QByteArray m_frame;
    qint64 m_header = 0;
    qint64 m_current = -1;
};

} // namespace

class tst_SoakSlowReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stoppedReaderHoldsBackTheBackend();

private:
    QTemporaryDir m_dir;
};

void tst_SoakSlowReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(AirlockProcess::binary()));
}

void tst_SoakSlowReader::stoppedReaderHoldsBackTheBackend()
{
    QPointer<QTcpSocket> backendSocket;
    QByteArray backendReceived;
    ScriptedBackend backend([&](QTcpSocket* socket, const airlock::HttpHead& request) {
        backendSocket = socket;
        socket->write(ScriptedBackend::switchingProtocols(request));
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&backendReceived, socket] {
            backendReceived += socket->readAll();
            if (WsFrameReader::firstClose(backendReceived))
                socket->disconnectFromHost();
        });
    });
    QVERIFY(backend.listen());
    const QString configPath = m_dir.filePath(QStringLiteral("slow.json"));
    {
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(R"({"listen":{"port":0},"log":{"file":"%1"},"routes":[{"name":"push",)"
                                    R"("path":"/push","backend":"%2","upstreamProxy":"none",)"
                                    R"("keepalive":{"pingMs":0},"timeouts":{"idleMs":0}}]})")
                         .arg(m_dir.filePath(QStringLiteral("slow.jsonl")), backend.url().toString())
                         .toUtf8());
    }
    AirlockProcess airlock;
    QString error;
    const quint16 port = airlock.start({QStringLiteral("--config"), configPath}, &error);
    QVERIFY2(port, qPrintable(error));
    const qint64 pid = airlock.process().processId();

    QTcpSocket client;
    // Qt reads no further than this on its own: a client that stops reading stops the kernel's queue.
    client.setReadBufferSize(64 * 1024);
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write(RawClient::upgradeRequest("/push"));
    QByteArray head;
    QVERIFY(QTest::qWaitFor(
        [&] {
            while (!head.endsWith("\r\n\r\n") && client.bytesAvailable() > 0)
                head += client.read(1);
            return head.endsWith("\r\n\r\n");
        },
        10000));
    QVERIFY2(head.startsWith("HTTP/1.1 101"), head.constData());
    QTRY_VERIFY_WITH_TIMEOUT(backendSocket, 5000);

    // What Airlock may hold for one session: per direction, up to highWatermark queued for the receiver
    // plus one readChunk written on top of it, one readChunk in the sender's capped read buffer and one in
    // the pump's scratch buffer. Both directions count (only one carries data here), and a factor of 4 is
    // left for the allocator: freed blocks it keeps, and the per-thread arenas of the worker threads. The
    // baseline is the process with this one session open, measured before any data moves.
    const qint64 perDirection = airlock::Pump::highWatermark + 3 * airlock::Pump::readChunk;
    const qint64 baselineKiB = residentKiB(pid);
    QVERIFY(baselineKiB > 0);
    const qint64 boundKiB = baselineKiB + 4 * 2 * perDirection / 1024;
    qint64 peakKiB = baselineKiB;
    QTimer sampler;
    sampler.setInterval(5);
    QObject::connect(&sampler, &QTimer::timeout, [&] { peakKiB = qMax(peakKiB, residentKiB(pid)); });
    sampler.start();

    // The backend writes as fast as the kernel takes its bytes, with at most 1 MiB queued in this process.
    Frames frames;
    qint64 queued = 0; // bytes handed to backendSocket
    qint64 framesQueued = 0;
    const auto pushed = [&] { return backendSocket ? queued - backendSocket->bytesToWrite() : queued; };
    const auto push = [&] {
        while (backendSocket && framesQueued < frameCount && backendSocket->bytesToWrite() < 1024 * 1024) {
            backendSocket->write(frames.frame(framesQueued++));
            queued += frames.size();
            if (framesQueued == frameCount) {
                backendSocket->write(closeFrame);
                queued += closeFrame.size();
            }
        }
    };
    QObject::connect(backendSocket, &QTcpSocket::bytesWritten, backendSocket, push);
    QElapsedTimer clock;
    clock.start();
    push();

    // The client reads nothing. Wait until the backend has been stuck for a whole second: the kernel's
    // queues and Airlock's buffers are full and Airlock stopped reading (at most 60 s).
    qint64 lastPushed = -1;
    qint64 stuckSince = 0;
    const bool stalled = spinUntil(
        [&] {
            const qint64 now = pushed();
            if (now != lastPushed) {
                lastPushed = now;
                stuckSince = clock.elapsed();
            }
            return clock.elapsed() - stuckSince >= 1000;
        },
        60000);
    const qint64 pushedWhileStopped = pushed();
    // Without backpressure nothing would stop the backend: it would push the whole GiB into Airlock. With
    // it, what got through is what the kernel's socket buffers on the way hold (two connections, each with
    // a send and a receive queue, at most tcp_wmem and tcp_rmem's maximum) plus Airlock's own share.
    const qint64 kernelMax = 2 * (procValue(QStringLiteral("/proc/sys/net/ipv4/tcp_wmem"), 2) +
                                  procValue(QStringLiteral("/proc/sys/net/ipv4/tcp_rmem"), 2));
    qInfo("stopped reader: the backend pushed %lld bytes, then stalled (kernel queues hold up to %lld); "
          "Airlock resident %lld KiB at the baseline, %lld KiB peak, bound %lld KiB",
          pushedWhileStopped, kernelMax, baselineKiB, peakKiB, boundKiB);
    QVERIFY2(stalled, qPrintable(QStringLiteral("the backend never stalled: it pushed %1 bytes").arg(pushed())));
    QVERIFY2(pushedWhileStopped < kernelMax + 2 * perDirection,
             qPrintable(
                 QStringLiteral("the backend pushed %1 bytes to a client that reads nothing").arg(pushedWhileStopped)));
    QVERIFY2(peakKiB <= boundKiB,
             qPrintable(
                 QStringLiteral("Airlock's resident memory reached %1 KiB, bound %2 KiB").arg(peakKiB).arg(boundKiB)));

    // The client reads on: everything arrives, byte for byte, then the backend's close.
    const qint64 streamSize = frames.size() * frameCount;
    qint64 position = 0;
    QByteArray trailer;
    bool intact = true;
    const auto consume = [&] {
        while (intact && client.bytesAvailable() > 0) {
            const QByteArray chunk = client.read(256 * 1024);
            qsizetype offset = 0;
            while (offset < chunk.size() && position < streamSize) {
                const qint64 k = position / frames.size();
                const qint64 within = position % frames.size();
                const qint64 n = qMin<qint64>(chunk.size() - offset, frames.size() - within);
                if (std::memcmp(chunk.constData() + offset, frames.frame(k).constData() + within, size_t(n)) != 0) {
                    intact = false;
                    qWarning("frame %lld differs at offset %lld", k, within);
                    return;
                }
                offset += n;
                position += n;
            }
            trailer += chunk.mid(offset);
        }
    };
    QObject::connect(&client, &QTcpSocket::readyRead, &client, consume);
    // No cap from here on (a capped QTcpSocket can miss the moment to read on); consume() keeps up.
    client.setReadBufferSize(0);
    consume();
    QVERIFY2(spinUntil(
                 [&] {
                     consume();
                     return !intact || trailer.size() >= closeFrame.size();
                 },
                 120000),
             qPrintable(QStringLiteral("%1 of %2 bytes arrived").arg(position).arg(streamSize)));
    QVERIFY(intact);
    QCOMPARE(position, streamSize);
    QCOMPARE(trailer, closeFrame);
    // The client answers the close; Airlock passes it on, the backend hangs up and the session ends.
    client.write(RawClient::clientFrame(0x8, QByteArray("\x03\xe8", 2)));
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::UnconnectedState, 10000);
    sampler.stop();
    qInfo("1 GiB in %lld ms; Airlock resident peak %lld KiB (bound %lld KiB)", qint64(clock.elapsed()), peakKiB,
          boundKiB);
    QVERIFY2(peakKiB <= boundKiB,
             qPrintable(
                 QStringLiteral("Airlock's resident memory reached %1 KiB, bound %2 KiB").arg(peakKiB).arg(boundKiB)));
    QVERIFY2(airlock.stop(), airlock.standardError().constData());
}

QTEST_GUILESS_MAIN(tst_SoakSlowReader)
#include "tst_soakslowreader.moc"
