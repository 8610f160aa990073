// RFC 6455 enforcement, backpressure and timeouts on a live tunnel.
#include "EchoBackend.h"
#include "FloodMeter.h"
#include "ProxyFixture.h"
#include "RandomBytes.h"
#include "RawClient.h"
#include "ScriptedBackend.h"

#include "ws/FrameBuilder.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace airlock;
using airlock::test::randomBytes;

namespace {

// The README's figure: per direction of a session, Airlock holds at most 1 MiB of a peer's data that
// the other peer has not taken yet. FloodMeter may see up to 64 KiB more: a segment in flight on
// loopback between two queue readings, and frame headers that one side counts and the other does not.
constexpr qint64 kAirlockBufferBound = (1 << 20) + (64 << 10);

} // namespace

class tst_TunnelPolicing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clientViolations_data();
    void clientViolations();
    void backendViolationGivesClient1014();
    void oversizedMessage();
    void stalledReaderBoundsMemory_data();
    void stalledReaderBoundsMemory();
    void idleTimeoutClosesWith1001();
    void shutdownClosesSessionsWith1001();

private:
    std::unique_ptr<EchoBackend> m_echo;
    std::unique_ptr<ProxyFixture> m_proxy;
};

void tst_TunnelPolicing::init()
{
    m_echo = std::make_unique<EchoBackend>();
    QVERIFY(m_echo->listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/echo"), m_echo->url());
    route.maxMessageBytes = 1 << 20;
    m_proxy = std::make_unique<ProxyFixture>(ProxyFixture::config({route}));
    QVERIFY(m_proxy->start());
}

void tst_TunnelPolicing::cleanup()
{
    m_proxy.reset();
    m_echo.reset();
}

void tst_TunnelPolicing::clientViolations_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<int>("code");

    QTest::newRow("unmasked client frame") << FrameBuilder::frame(0x1, "hi", false) << 1002;
    QTest::newRow("reserved opcode") << RawClient::clientFrame(0x3, "x") << 1002;
    QByteArray rsv = RawClient::clientFrame(0x1, "x");
    rsv[0] = char(rsv[0] | 0x20);
    QTest::newRow("RSV2 without extension") << rsv << 1002;
    QTest::newRow("fragmented ping") << RawClient::clientFrame(0x9, "p", false) << 1002;
    QTest::newRow("continuation without start") << RawClient::clientFrame(0x0, "x") << 1002;
    QTest::newRow("invalid UTF-8 text") << RawClient::clientFrame(0x1, "\xc3\x28") << 1007;
    QTest::newRow("UTF-8 broken across fragments")
        << RawClient::clientFrame(0x1, "\xe2\x82", false) + RawClient::clientFrame(0x0, "x") << 1007;
    QTest::newRow("invalid close code") << RawClient::clientFrame(0x8, QByteArray("\x03\xed", 2)) << 1002;
}

void tst_TunnelPolicing::clientViolations()
{
    QFETCH(QByteArray, frames);
    QFETCH(int, code);
    RawClient raw(m_proxy->port());
    raw.send(RawClient::upgradeRequest("/echo"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    raw.send(frames);
    QVERIFY(raw.waitForClose());
    quint16 gotCode = 0;
    QByteArray reason;
    QVERIFY2(RawClient::findCloseFrame(raw.received(), &gotCode, &reason), raw.received().toHex().constData());
    QCOMPARE(int(gotCode), code);
    QVERIFY(!reason.isEmpty());
    // The backend was told why, with a close frame.
    QTRY_COMPARE_WITH_TIMEOUT(m_echo->closes(), 1, 5000);
    // Qt's backend judges an unfinished UTF-8 sequence in a first fragment itself (1007); others hear
    // Airlock's reason.
    if (QByteArray(QTest::currentDataTag()) != "UTF-8 broken across fragments") {
        QCOMPARE(int(m_echo->lastCloseCode()), 1001);
        QVERIFY(m_echo->lastCloseReason().startsWith(QLatin1String("client protocol error")));
    }
    QVERIFY(m_proxy->waitForRecords(1));
    QCOMPARE(failure::id(m_proxy->lastRecord().failureReason), QStringLiteral("client_protocol_error"));
    QCOMPARE(m_proxy->lastRecord().closeCode, code);
}

void tst_TunnelPolicing::backendViolationGivesClient1014()
{
    ScriptedBackend backend([](QTcpSocket* socket, const HttpHead& request) {
        socket->write(ScriptedBackend::switchingProtocols(request));
        socket->write(FrameBuilder::frame(0x1, "masked by a server", true));
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/bad"), backend.url())}));
    QVERIFY(proxy.start());
    // A raw client: Qt 6.4's QWebSocket treats 1012-1014 as invalid close codes (browsers do not).
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/bad"));
    QVERIFY(raw.waitForClose());
    QVERIFY(raw.received().startsWith("HTTP/1.1 101"));
    QVERIFY(!raw.received().contains("masked by a server")); // the bad frame was not passed on
    quint16 code = 0;
    QByteArray reason;
    QVERIFY(RawClient::findCloseFrame(raw.received(), &code, &reason));
    QCOMPARE(int(code), 1014);
    QVERIFY(reason.startsWith("backend protocol error"));
}

void tst_TunnelPolicing::oversizedMessage()
{
    RawClient raw(m_proxy->port());
    raw.send(RawClient::upgradeRequest("/echo"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    // Two fragments that together exceed the route's 1 MiB limit.
    raw.send(RawClient::clientFrame(0x2, QByteArray(700000, 'a'), false));
    raw.send(RawClient::clientFrame(0x0, QByteArray(700000, 'b')));
    QVERIFY(raw.waitForClose(10000));
    quint16 code = 0;
    QByteArray reason;
    QVERIFY(RawClient::findCloseFrame(raw.received(), &code, &reason));
    QCOMPARE(int(code), 1009);
}

void tst_TunnelPolicing::stalledReaderBoundsMemory_data()
{
    QTest::addColumn<bool>("towardsClient");
    QTest::newRow("backend floods a client that reads nothing") << true;
    QTest::newRow("client floods a backend that reads nothing") << false;
}

void tst_TunnelPolicing::stalledReaderBoundsMemory()
{
    // 16 MiB at a peer that reads nothing, then drained: Airlock must stop reading the sender once the
    // receiver's leg is full, so the sender's queue grows, not Airlock's. The README states the bound.
    QFETCH(bool, towardsClient);
    QTcpSocket* backendSocket = nullptr;
    ScriptedBackend backend([&](QTcpSocket* socket, const HttpHead& request) {
        backendSocket = socket;
        socket->write(ScriptedBackend::switchingProtocols(request));
    });
    QVERIFY(backend.listen());
    // One worker, so a round trip on a second session proves the flooded session's worker ran.
    Config config = ProxyFixture::config({ProxyFixture::route(QStringLiteral("/flood"), backend.url()),
                                          ProxyFixture::route(QStringLiteral("/echo"), m_echo->url())});
    config.limits.workerThreads = 1;
    ProxyFixture proxy(config);
    QVERIFY(proxy.start());
    QWebSocket probe;
    QSignalSpy probeOpen(&probe, &QWebSocket::connected);
    probe.open(proxy.wsUrl(QStringLiteral("/echo")));
    QVERIFY(probeOpen.wait(5000));
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/flood"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    QTRY_VERIFY_WITH_TIMEOUT(backendSocket != nullptr, 5000);

    constexpr qint64 total = 16 << 20;
    constexpr int frameSize = 64 * 1024;
    QByteArray stream;
    for (qint64 sent = 0; sent < total; sent += frameSize)
        stream += FrameBuilder::frame(0x2, randomBytes(frameSize, quint32(sent / frameSize)), !towardsClient);
    FloodMeter meter(towardsClient ? backendSocket : &raw.socket(), towardsClient ? &raw.socket() : backendSocket);
    meter.setReceiverGetsFrames(true);
    meter.setPingProbe(&probe);
    QVERIFY2(meter.run(stream, total), qPrintable(meter.error()));
    const QString figures = meter.figures();
    qInfo("%s", qPrintable(figures));
    QVERIFY2(meter.peakHeld() <= kAirlockBufferBound, qPrintable(figures));
}

void tst_TunnelPolicing::idleTimeoutClosesWith1001()
{
    RouteConfig route = ProxyFixture::route(QStringLiteral("/idle"), m_echo->url());
    route.timeouts.idleMs = 300;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    QWebSocket client;
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(proxy.wsUrl(QStringLiteral("/idle")));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    QCOMPARE(int(client.closeCode()), 1001);
    QCOMPARE(client.closeReason(), QStringLiteral("idle timeout"));
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(failure::id(proxy.lastRecord().failureReason), QStringLiteral("idle_timeout"));
}

void tst_TunnelPolicing::shutdownClosesSessionsWith1001()
{
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(m_proxy->wsUrl(QStringLiteral("/echo")));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 5000);
    QSignalSpy stopped(m_proxy->service(), &ProxyService::stopped);
    m_proxy->service()->stop(3000);
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    QCOMPARE(int(client.closeCode()), 1001);
    QVERIFY(stopped.size() == 1 || stopped.wait());
    QTRY_COMPARE_WITH_TIMEOUT(m_echo->closes(), 1, 5000);
    QCOMPARE(int(m_echo->lastCloseCode()), 1001);
}

QTEST_GUILESS_MAIN(tst_TunnelPolicing)
#include "tst_tunnelpolicing.moc"
