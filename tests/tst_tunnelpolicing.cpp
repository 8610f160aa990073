// RFC 6455 enforcement, backpressure and timeouts on a live tunnel.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "ScriptedBackend.h"

#include "ws/FrameBuilder.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace airlock;

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
    QCOMPARE(m_proxy->lastRecord().failureReason, QStringLiteral("client_protocol_error"));
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

void tst_TunnelPolicing::stalledReaderBoundsMemory()
{
    // The backend streams 64 MiB at a client that reads nothing: Airlock must stop reading the backend
    // once the client leg is full, so the backend's own send buffer grows, not Airlock's.
    const qint64 total = 64 << 20;
    QTcpSocket* backendSocket = nullptr;
    ScriptedBackend backend([&](QTcpSocket* socket, const HttpHead& request) {
        backendSocket = socket;
        socket->write(ScriptedBackend::switchingProtocols(request));
        const QByteArray frame = FrameBuilder::frame(0x2, QByteArray(64 * 1024, 'x'), false);
        for (qint64 sent = 0; sent < total; sent += 64 * 1024)
            socket->write(frame);
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/flood"), backend.url())}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.socket().setReadBufferSize(4096);
    raw.send(RawClient::upgradeRequest("/flood"));
    QTRY_VERIFY_WITH_TIMEOUT(backendSocket != nullptr, 5000);
    // Let the flood settle: the backend's queue stops shrinking once Airlock pushes back.
    qint64 last = -1;
    for (int i = 0; i < 50; ++i) {
        QTest::qWait(20);
        const qint64 now = backendSocket->bytesToWrite();
        if (now == last)
            break;
        last = now;
    }
    const qint64 stillQueuedAtBackend = backendSocket->bytesToWrite();
    const qint64 acceptedFromBackend = total - stillQueuedAtBackend;
    // What left the backend sits in kernel buffers (both legs), Qt's capped read buffers and at most
    // one high watermark of Airlock's own queue: far below the 64 MiB sent.
    QVERIFY2(acceptedFromBackend < 16 << 20,
             qPrintable(QStringLiteral("Airlock took %1 bytes from a backend whose client reads nothing")
                            .arg(acceptedFromBackend)));
    QVERIFY(stillQueuedAtBackend > 40 << 20);
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
    QCOMPARE(proxy.lastRecord().failureReason, QStringLiteral("idle_timeout"));
}

void tst_TunnelPolicing::shutdownClosesSessionsWith1001()
{
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(m_proxy->wsUrl(QStringLiteral("/echo")));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 5000);
    QSignalSpy stopped(m_proxy->server(), &ProxyServer::stopped);
    m_proxy->server()->shutdown(3000);
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    QCOMPARE(int(client.closeCode()), 1001);
    QVERIFY(stopped.size() == 1 || stopped.wait());
    QTRY_COMPARE_WITH_TIMEOUT(m_echo->closes(), 1, 5000);
    QCOMPARE(int(m_echo->lastCloseCode()), 1001);
}

QTEST_GUILESS_MAIN(tst_TunnelPolicing)
#include "tst_tunnelpolicing.moc"
