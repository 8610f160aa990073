// The plain TCP leg a tunnel takes over from a Qt socket: reads straight from the descriptor, writes straight
// to it and queues only what the kernel did not take (released once sent), pauses reading when no one reads
// (so a pump's high watermark reaches the peer), half-closes, and ends on the peer's end or reset exactly as
// a QTcpSocket would (readChannelFinished, then disconnected, never from inside a read or write call).
#include "proxy/Pump.h"
#include "proxy/RawStreamLeg.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace airlock;

namespace {

// Both ends non-blocking; the first goes to a leg, the second is the test's peer.
std::pair<int, int> socketPair()
{
    int fds[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0)
        return {-1, -1};
    return {fds[0], fds[1]};
}

// Reads what the peer descriptor holds now, appending it.
void drain(int fd, QByteArray* into)
{
    char buffer[64 * 1024];
    for (int i = 0; i < 256; ++i) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return;
        into->append(buffer, qsizetype(n));
    }
}

bool peerSawEnd(int fd)
{
    char byte;
    return ::recv(fd, &byte, 1, MSG_PEEK) == 0;
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i % 251);
    return bytes;
}

// Writes `bytes` into fd as fast as it takes them, from the event loop.
class Feeder : public QObject
{
public:
    Feeder(int fd, QByteArray bytes)
        : m_fd(fd)
        , m_bytes(std::move(bytes))
        , m_notifier(fd, QSocketNotifier::Write)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, [this] {
            const ssize_t n = ::send(m_fd, m_bytes.constData() + m_sent, size_t(m_bytes.size() - m_sent), MSG_NOSIGNAL);
            if (n > 0)
                m_sent += n;
            if (m_sent == m_bytes.size())
                m_notifier.setEnabled(false);
        });
    }
    qsizetype sent() const { return m_sent; }

private:
    int m_fd;
    QByteArray m_bytes;
    qsizetype m_sent = 0;
    QSocketNotifier m_notifier;
};

} // namespace

class tst_RawStreamLeg : public QObject
{
    Q_OBJECT

private slots:
    void writesAndQueuesOnlyTheRest_data();
    void writesAndQueuesOnlyTheRest();
    void readingPausesWhenNoOneReads();
    void pumpStopsAtTheHighWatermark();
    void halfClose();
    void peerEnd_data();
    void peerEnd();
    void peerReset();
    void writeAfterResetEndsFromTheEventLoop();
    void disconnectFromHostSendsTheQueueFirst();
    void takeOverKeepsTheConnection();
};

void tst_RawStreamLeg::writesAndQueuesOnlyTheRest_data()
{
    QTest::addColumn<qsizetype>("size");
    for (const qsizetype size : {qsizetype(1000), qsizetype(8 * 1024 * 1024)})
        QTest::addRow("%lld bytes", qlonglong(size)) << size;
}

void tst_RawStreamLeg::writesAndQueuesOnlyTheRest()
{
    QFETCH(qsizetype, size);
    const auto [fd, peer] = socketPair();
    QVERIFY(fd >= 0);
    RawStreamLeg leg(fd);
    QSignalSpy written(&leg, &StreamLeg::bytesWritten);
    const QByteArray bytes = pattern(size);
    leg.write(bytes);
    // The kernel takes what fits at once; only the rest is queued (a socket pair holds far less than 8 MiB).
    QVERIFY(leg.bytesToWrite() < size);
    if (size > 1024 * 1024)
        QVERIFY(leg.bytesToWrite() > 0);
    else
        QCOMPARE(leg.bytesToWrite(), 0);
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((drain(peer, &got), got.size() == size), 20000);
    QCOMPARE(got, bytes);
    QTRY_COMPARE(leg.bytesToWrite(), 0);
    // Nothing is held once the queue is empty.
    QCOMPARE(leg.queueCapacity(), 0);
    if (size > 1024 * 1024)
        QVERIFY(!written.isEmpty());
    ::close(peer);
}

void tst_RawStreamLeg::readingPausesWhenNoOneReads()
{
    const auto [fd, peer] = socketPair();
    QVERIFY(fd >= 0);
    RawStreamLeg leg(fd);
    QSignalSpy ready(&leg, &StreamLeg::readyRead);
    QCOMPARE(::send(peer, "abc", 3, 0), ssize_t(3));
    QVERIFY(ready.wait(5000));
    // No one read: the leg stops watching the descriptor, so unread bytes stay in the kernel (flow control).
    QVERIFY(!leg.isReading());
    QVERIFY(!leg.isClosed());
    // A read resumes it.
    char buffer[16];
    QCOMPARE(leg.read(buffer, sizeof buffer), qint64(3));
    QCOMPARE(QByteArray(buffer, 3), QByteArray("abc"));
    QVERIFY(leg.isReading());
    QCOMPARE(leg.read(buffer, sizeof buffer), qint64(0)); // nothing more: not an end
    QVERIFY(leg.isReading());
    QVERIFY(!leg.isClosed());
    QCOMPARE(::send(peer, "de", 2, 0), ssize_t(2));
    QVERIFY(ready.wait(5000));
    ::close(peer);
}

// Pump between two raw legs: while dst's peer does not read, the pump stops at the high watermark and
// src is no longer read; once dst's peer reads, everything arrives in order and no queue is left.
void tst_RawStreamLeg::pumpStopsAtTheHighWatermark()
{
    const auto [srcFd, srcPeer] = socketPair();
    const auto [dstFd, dstPeer] = socketPair();
    QVERIFY(srcFd >= 0 && dstFd >= 0);
    RawStreamLeg src(srcFd);
    RawStreamLeg dst(dstFd);
    Pump pump(&src, &dst);
    BodyFraming untilClose;
    untilClose.kind = BodyFraming::Kind::UntilClose;
    pump.startBody(untilClose);
    bool blocked = false;
    qint64 mostQueued = 0;
    const auto run = [&] {
        if (pump.run() == Pump::Result::Blocked)
            blocked = true;
        mostQueued = qMax(mostQueued, dst.bytesToWrite());
    };
    connect(&src, &StreamLeg::readyRead, this, run);
    connect(&dst, &StreamLeg::bytesWritten, this, [&] {
        if (dst.bytesToWrite() < Pump::lowWatermark)
            run();
    });
    const qsizetype total = 6 * 1024 * 1024;
    const QByteArray bytes = pattern(total);
    Feeder feeder(srcPeer, bytes);
    QTRY_VERIFY_WITH_TIMEOUT(blocked && !src.isReading(), 20000);
    QVERIFY(feeder.sent() < total); // the sender is held back too
    QVERIFY2(mostQueued <= Pump::highWatermark + Pump::readChunk, QByteArray::number(mostQueued).constData());
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((drain(dstPeer, &got), got.size() == total), 30000);
    QVERIFY(got == bytes);
    QVERIFY2(mostQueued <= Pump::highWatermark + Pump::readChunk, QByteArray::number(mostQueued).constData());
    QTRY_COMPARE(dst.bytesToWrite(), 0);
    QCOMPARE(dst.queueCapacity(), 0);
    ::close(srcPeer);
    ::close(dstPeer);
}

void tst_RawStreamLeg::halfClose()
{
    const auto [fd, peer] = socketPair();
    QVERIFY(fd >= 0);
    RawStreamLeg leg(fd);
    QSignalSpy ready(&leg, &StreamLeg::readyRead);
    leg.write(QByteArray("last words"));
    leg.shutdownWrite();
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((drain(peer, &got), peerSawEnd(peer)), 5000);
    QCOMPARE(got, QByteArray("last words"));
    // Our sending side is closed, our receiving side still works.
    QVERIFY(leg.isConnected());
    QCOMPARE(::send(peer, "reply", 5, 0), ssize_t(5));
    QVERIFY(ready.wait(5000));
    char buffer[16];
    QCOMPARE(leg.read(buffer, sizeof buffer), qint64(5));
    ::close(peer);
}

void tst_RawStreamLeg::peerEnd_data()
{
    QTest::addColumn<bool>("reading");
    QTest::addRow("while read") << true;
    QTest::addRow("while not read") << false;
}

void tst_RawStreamLeg::peerEnd()
{
    QFETCH(bool, reading);
    const auto [fd, peer] = socketPair();
    QVERIFY(fd >= 0);
    RawStreamLeg leg(fd);
    QByteArray got;
    QList<QByteArray> order;
    connect(&leg, &StreamLeg::readyRead, this, [&] {
        char buffer[64];
        for (qint64 n; reading && (n = leg.read(buffer, sizeof buffer)) > 0;)
            got.append(buffer, qsizetype(n));
    });
    connect(&leg, &StreamLeg::readChannelFinished, this, [&] { order.append("readChannelFinished"); });
    connect(&leg, &StreamLeg::disconnected, this, [&] { order.append("disconnected"); });
    if (reading)
        QCOMPARE(::send(peer, "bye", 3, 0), ssize_t(3));
    ::close(peer);
    QTRY_VERIFY_WITH_TIMEOUT(leg.isClosed(), 5000);
    QCOMPARE(order, (QList<QByteArray>{"readChannelFinished", "disconnected"}));
    QCOMPARE(got, QByteArray(reading ? "bye" : ""));
    char buffer[4];
    QCOMPARE(leg.read(buffer, sizeof buffer), qint64(0));
}

void tst_RawStreamLeg::peerReset()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket* accepted = server.nextPendingConnection();
    QVERIFY(client.waitForConnected(5000));
    QByteArray input;
    RawStreamLeg* leg = RawStreamLeg::takeOver(accepted, &input, this);
    QVERIFY(leg);
    QSignalSpy ended(leg, &StreamLeg::disconnected);
    // The peer resets the connection (SO_LINGER 0).
    const linger reset{1, 0};
    QCOMPARE(::setsockopt(int(client.socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset), 0);
    client.abort();
    QVERIFY(ended.wait(5000));
    QVERIFY(leg->isClosed());
    delete leg;
}

void tst_RawStreamLeg::writeAfterResetEndsFromTheEventLoop()
{
    const auto [fd, peer] = socketPair();
    QVERIFY(fd >= 0);
    RawStreamLeg leg(fd);
    QSignalSpy ended(&leg, &StreamLeg::disconnected);
    ::close(peer);
    // EPIPE inside write(): no signal from inside the call, the end comes from the event loop.
    leg.write(QByteArray("into the void"));
    QCOMPARE(ended.count(), 0);
    QVERIFY(ended.wait(5000));
    QCOMPARE(ended.count(), 1);
    QVERIFY(leg.isClosed());
}

void tst_RawStreamLeg::disconnectFromHostSendsTheQueueFirst()
{
    const auto [fd, peer] = socketPair();
    QVERIFY(fd >= 0);
    auto* leg = new RawStreamLeg(fd);
    QSignalSpy ended(leg, &StreamLeg::disconnected);
    const QByteArray bytes = pattern(4 * 1024 * 1024);
    leg->write(bytes);
    QVERIFY(leg->bytesToWrite() > 0);
    leg->disconnectFromHost();
    QVERIFY(!leg->isClosed());
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((drain(peer, &got), peerSawEnd(peer)), 20000);
    QVERIFY(got == bytes);
    QCOMPARE(ended.count(), 1);
    QVERIFY(leg->isClosed());
    delete leg; // closes nothing twice
    ::close(peer);
}

// What Qt buffered is taken along, the Qt socket lets go of its own descriptor only (no shutdown, no
// reset), and the connection goes on both ways through the leg.
void tst_RawStreamLeg::takeOverKeepsTheConnection()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(server.waitForNewConnection(5000));
    QPointer<QTcpSocket> accepted = server.nextPendingConnection();
    QVERIFY(client.waitForConnected(5000));
    client.write("early bytes");
    QTRY_VERIFY_WITH_TIMEOUT(accepted->bytesAvailable() == 11, 5000);
    accepted->write("HTTP/1.1 101 Switching Protocols\r\n\r\n");
    QSignalSpy clientEnded(&client, &QTcpSocket::disconnected);
    QByteArray input("head leftover:");
    RawStreamLeg* leg = RawStreamLeg::takeOver(accepted, &input, this);
    QVERIFY(leg);
    QCOMPARE(input, QByteArray("head leftover:early bytes"));
    QTRY_VERIFY(accepted.isNull()); // deleted, with its buffers
    leg->write(QByteArray("from the leg"));
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((got += client.readAll(), got.size() == 48), 5000);
    QCOMPARE(got, QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\nfrom the leg"));
    QSignalSpy ready(leg, &StreamLeg::readyRead);
    client.write("later");
    QVERIFY(ready.wait(5000));
    char buffer[16];
    QCOMPARE(leg->read(buffer, sizeof buffer), qint64(5));
    QCOMPARE(clientEnded.count(), 0);
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    leg->abort();
    QVERIFY(clientEnded.wait(5000));
    delete leg;
}

QTEST_GUILESS_MAIN(tst_RawStreamLeg)
#include "tst_rawstreamleg.moc"
