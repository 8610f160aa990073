// tcp:// routes: Airlock ends the WebSocket and bridges its payload to a TCP service (the websockify case).
#include "EchoBackend.h"
#include "FloodMeter.h"
#include "OpenClient.h"
#include "OwnSocket.h"
#include "ProxyFixture.h"
#include "RandomBytes.h"
#include "RawClient.h"
#include "RefusingPort.h"
#include "TcpEchoBackend.h"
#include "TestConnectProxy.h"
#include "WsFrameReader.h"
#include "WsFrameWriter.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace airlock;
using airlock::test::findOwnSocket;
using airlock::test::openClient;
using airlock::test::randomBytes;
using airlock::test::unreadBytes;
using airlock::test::unsentBytes;
using airlock::test::WsFrameReader;
using airlock::test::WsFrameWriter;

namespace {

const QByteArray kRfbGreeting = "RFB 003.008\n";
const QByteArray kBrowser = "Origin: http://127.0.0.1:6080\r\n";

// The README's figure: per direction of a session, Airlock holds at most 1 MiB of a peer's data that
// the other peer has not taken yet. FloodMeter may see up to 64 KiB more: a segment in flight on
// loopback between two queue readings, and frame headers that one side counts and the other does not.
constexpr qint64 kAirlockBufferBound = (1 << 20) + (64 << 10);

// Whether the socket this process holds from local port `localPort` to `remotePort` on loopback has
// TCP_NODELAY set (-1: no such socket).
int noDelayOf(quint16 localPort, quint16 remotePort)
{
    const int fd = findOwnSocket(localPort, remotePort);
    int value = 0;
    socklen_t length = sizeof value;
    if (fd < 0 || ::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &value, &length) != 0)
        return -1;
    return value;
}

} // namespace

class tst_TcpBridge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void vncStyleSession();
    void clientWithoutSubprotocol();
    void unsupportedSubprotocolRefused_data();
    void unsupportedSubprotocolRefused();
    void partialWritesArriveWhole();
    void largeBurstsBothWays();
    void backendEofClosesWith1000();
    void refusedConnect_data();
    void refusedConnect();
    void tcpLegHasNoDelay();
    void plainHttpGets426();
    void clientProtocolErrorEndsTcp();
    void reservedOpcodeEndsTcpOnLenientRoute();
    void keepalivePingsOnlyTheClient();
    void throughConnectProxy();
    void captureRecordsBothDirections();
    void stalledPeerBoundsMemory_data();
    void stalledPeerBoundsMemory();
    void pingFloodBoundsMemory();

private:
    ProxyFixture& startProxy(RouteConfig route);

    std::unique_ptr<TcpEchoBackend> m_backend;
    std::unique_ptr<ProxyFixture> m_proxy;
};

void tst_TcpBridge::init()
{
    m_backend = std::make_unique<TcpEchoBackend>();
    QVERIFY(m_backend->listen());
}

void tst_TcpBridge::cleanup()
{
    m_proxy.reset();
    m_backend.reset();
}

ProxyFixture& tst_TcpBridge::startProxy(RouteConfig route)
{
    route.scheme = BackendScheme::Tcp;
    m_proxy = std::make_unique<ProxyFixture>(ProxyFixture::config({route}));
    // A proxy that cannot listen fails the test here; the caller's checks then fail on a dead port too.
    if (!m_proxy->start())
        QTest::qFail("the proxy did not start", __FILE__, __LINE__);
    return *m_proxy;
}

void tst_TcpBridge::vncStyleSession()
{
    m_backend->setGreeting(kRfbGreeting);
    ProxyFixture& proxy = startProxy(ProxyFixture::route(QStringLiteral("/vnc"), m_backend->url()));

    QWebSocket client;
    QSignalSpy binary(&client, &QWebSocket::binaryMessageReceived);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QVERIFY2(openClient(client, proxy.wsUrl(QStringLiteral("/vnc")), {QStringLiteral("binary")}),
             qPrintable(client.errorString()));
    QCOMPARE(client.subprotocol(), QStringLiteral("binary"));

    // The server speaks first; its greeting is one binary message.
    QTRY_COMPARE_WITH_TIMEOUT(binary.size(), 1, 5000);
    QCOMPARE(binary.at(0).at(0).toByteArray(), kRfbGreeting);

    client.sendBinaryMessage(kRfbGreeting);
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->received(), kRfbGreeting, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(binary.size(), 2, 5000);
    QCOMPARE(binary.at(1).at(0).toByteArray(), kRfbGreeting);

    client.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("viewer closed"));
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    QCOMPARE(int(client.closeCode()), 1000);
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->peerClosed(), 5000);

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.outcome, RequestRecord::Outcome::Closed);
    QCOMPARE(record.httpStatus, 101);
    QCOMPARE(record.backendUrl, m_backend->url().toString());
    QCOMPARE(record.subprotocol, QByteArray("binary"));
    QCOMPARE(record.closeSide, RequestRecord::Side::Client);
    QCOMPARE(record.closeCode, 1000);
    QCOMPARE(record.closeReason, QByteArray("viewer closed"));
    QCOMPARE(record.messagesFromClient, 1);
    QCOMPARE(record.messagesFromBackend, 2);
    QCOMPARE(record.bytesFromBackend, 2 * kRfbGreeting.size());
    QVERIFY(record.tcpConnectedAt > 0);
    QVERIFY(record.backendRequestHead.isEmpty()); // no HTTP on the TCP leg
}

void tst_TcpBridge::clientWithoutSubprotocol()
{
    ProxyFixture& proxy = startProxy(ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url()));
    QWebSocket client;
    QSignalSpy binary(&client, &QWebSocket::binaryMessageReceived);
    QSignalSpy text(&client, &QWebSocket::textMessageReceived);
    QVERIFY2(openClient(client, proxy.wsUrl(QStringLiteral("/tcp"))), qPrintable(client.errorString()));
    QVERIFY(client.subprotocol().isEmpty());
    // A text message carries its UTF-8 bytes; what TCP sends back is binary.
    client.sendTextMessage(QStringLiteral("héllo"));
    QTRY_COMPARE_WITH_TIMEOUT(binary.size(), 1, 5000);
    QCOMPARE(m_backend->received(), QStringLiteral("héllo").toUtf8());
    QCOMPARE(binary.at(0).at(0).toByteArray(), QStringLiteral("héllo").toUtf8());
    QVERIFY(text.isEmpty());
}

void tst_TcpBridge::unsupportedSubprotocolRefused_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("closeCode");
    QTest::newRow("no Origin: HTTP 400") << QByteArray("Sec-WebSocket-Protocol: base64\r\n") << 400 << 0;
    QTest::newRow("browser: close 4400") << QByteArray("Sec-WebSocket-Protocol: base64\r\n" + kBrowser) << 101 << 4400;
}

void tst_TcpBridge::unsupportedSubprotocolRefused()
{
    QFETCH(QByteArray, extra);
    QFETCH(int, status);
    QFETCH(int, closeCode);
    ProxyFixture& proxy = startProxy(ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url()));
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/tcp", extra));
    const QByteArray response = closeCode ? raw.readUntil("binary") : raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), status);
    QVERIFY(response.contains("X-Airlock-Error: bridge_subprotocol"));
    if (closeCode) {
        quint16 code = 0;
        QByteArray reason;
        QVERIFY(RawClient::findCloseFrame(response, &code, &reason));
        QCOMPARE(int(code), closeCode);
        QVERIFY2(reason.contains("\"binary\"") && reason.contains("base64"), reason.constData());
        // The 101 selects the client's offer so that a browser accepts it and reads the close.
        QVERIFY(response.contains("Sec-WebSocket-Protocol: base64"));
    }
    QCOMPARE(m_backend->connections(), 0);
}

void tst_TcpBridge::partialWritesArriveWhole()
{
    ProxyFixture& proxy = startProxy(ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url()));
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/tcp", "Sec-WebSocket-Protocol: binary\r\n"));
    QVERIFY(raw.readUntil("\r\n\r\n").contains("Sec-WebSocket-Protocol: binary"));

    const QByteArray medium = randomBytes(1000, 3);
    const QByteArray stream = WsFrameWriter::binary(medium.left(10), true, false) + WsFrameWriter::ping("p1", true) +
                              WsFrameWriter::continuation(medium.mid(10), true, true) +
                              WsFrameWriter::text("keys", true) + WsFrameWriter::binary(QByteArray(), true);
    // One byte per write: frames arrive in every possible split, headers included.
    for (const char byte : stream) {
        raw.socket().write(&byte, 1);
        QVERIFY(raw.socket().waitForBytesWritten(5000));
    }
    const QByteArray expected = medium + "keys";
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->received().size(), expected.size(), 5000);
    QVERIFY(m_backend->received() == expected);

    // The ping was answered by Airlock, and the echo came back as binary messages.
    QByteArray echoed;
    bool ponged = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            raw.readBytes(raw.received().size() + 1, 50);
            echoed.clear();
            ponged = false;
            for (const WsFrameReader::Frame& frame : WsFrameReader::frames(raw.received())) {
                if (frame.opcode == 0xA && frame.payload == "p1")
                    ponged = true;
                else if (frame.opcode == 0x2)
                    echoed += frame.payload;
            }
            return ponged && echoed.size() == expected.size();
        }(),
        5000);
    QVERIFY(echoed == expected);
}

void tst_TcpBridge::largeBurstsBothWays()
{
    ProxyFixture& proxy = startProxy(ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url()));
    QWebSocket client;
    client.setMaxAllowedIncomingMessageSize(1 << 20);
    QByteArray received;
    int messages = 0;
    connect(&client, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray& message) {
        received += message;
        ++messages;
    });
    QVERIFY2(openClient(client, proxy.wsUrl(QStringLiteral("/tcp")), {QStringLiteral("binary")}),
             qPrintable(client.errorString()));

    // Client to TCP and back: 4 MiB in 64 KiB messages, echoed.
    const QByteArray upload = randomBytes(4 << 20, 5);
    for (qsizetype offset = 0; offset < upload.size(); offset += 64 * 1024)
        client.sendBinaryMessage(upload.mid(offset, 64 * 1024));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), upload.size(), 30000);
    QVERIFY(received == upload);
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->received().size(), upload.size(), 5000);

    // TCP to client: an 8 MiB burst written at once, like a full-screen framebuffer update.
    m_backend->setEcho(false);
    received.clear();
    messages = 0;
    const QByteArray burst = randomBytes(8 << 20, 6);
    QVERIFY(m_backend->lastConnection());
    m_backend->lastConnection()->write(burst);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), burst.size(), 30000);
    QVERIFY(received == burst);
    QVERIFY2(messages >= 32, "each read becomes a message of at most 256 KiB");
}

void tst_TcpBridge::backendEofClosesWith1000()
{
    ProxyFixture& proxy = startProxy(ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url()));
    m_backend->setEcho(false);
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/tcp"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->connections(), 1, 5000);
    m_backend->lastConnection()->write("last words");
    m_backend->closeLast();
    QVERIFY(raw.waitForClose());
    const QList<WsFrameReader::Frame> frames = WsFrameReader::frames(raw.received());
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames.at(0).payload, QByteArray("last words")); // flushed before the close
    quint16 code = 0;
    QByteArray reason;
    QVERIFY(RawClient::findCloseFrame(raw.received(), &code, &reason));
    QCOMPARE(code, quint16(1000));
    QCOMPARE(reason, QByteArray("backend closed"));

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.closeSide, RequestRecord::Side::Backend);
    QCOMPARE(record.closeCode, 1000);
    QCOMPARE(record.classification, QStringLiteral("normal"));
}

void tst_TcpBridge::refusedConnect_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("status");
    QTest::newRow("browser: 101 + close 1014") << kBrowser << 101;
    QTest::newRow("no Origin: 502") << QByteArray() << 502;
}

void tst_TcpBridge::refusedConnect()
{
    QFETCH(QByteArray, extra);
    QFETCH(int, status);
    const RefusingPort dead;
    QVERIFY(dead.isValid());
    ProxyFixture& proxy = startProxy(
        ProxyFixture::route(QStringLiteral("/tcp"), QUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(dead.port()))));
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/tcp", extra));
    QVERIFY(raw.waitForClose());
    QCOMPARE(RawClient::statusOf(raw.received()), status);
    if (status == 101) {
        quint16 code = 0;
        QByteArray reason;
        QVERIFY(RawClient::findCloseFrame(raw.received(), &code, &reason));
        QCOMPARE(code, quint16(1014));
        QVERIFY2(reason.startsWith("backend failed"), reason.constData());
    }
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(failure::id(proxy.lastRecord().failureReason), QStringLiteral("connect_refused"));
    QCOMPARE(proxy.lastRecord().outcome, RequestRecord::Outcome::UpstreamFailed);
}

void tst_TcpBridge::tcpLegHasNoDelay()
{
    ProxyFixture& proxy = startProxy(ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url()));
    QWebSocket client;
    QVERIFY2(openClient(client, proxy.wsUrl(QStringLiteral("/tcp"))), qPrintable(client.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->connections(), 1, 5000);
    QCOMPARE(noDelayOf(m_backend->lastPeerPort(), m_backend->port()), 1);
    // The check itself can tell: the backend's accepted socket has Nagle on.
    QCOMPARE(noDelayOf(m_backend->port(), m_backend->lastPeerPort()), 0);
}

void tst_TcpBridge::plainHttpGets426()
{
    ProxyFixture& proxy = startProxy(ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url()));
    RawClient raw(proxy.port());
    raw.send("GET /tcp HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 426);
    QVERIFY(response.contains("only WebSocket upgrades"));
    QCOMPARE(m_backend->connections(), 0);
}

void tst_TcpBridge::clientProtocolErrorEndsTcp()
{
    ProxyFixture& proxy = startProxy(ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url()));
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/tcp"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->connections(), 1, 5000);
    raw.send(WsFrameWriter::binary("unmasked", false));
    QVERIFY(raw.waitForClose());
    quint16 code = 0;
    QByteArray reason;
    QVERIFY(RawClient::findCloseFrame(raw.received(), &code, &reason));
    QCOMPARE(code, quint16(1002));
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->peerClosed(), 5000);
    QVERIFY(m_backend->received().isEmpty());
}

// strictFrames off relaxes what Airlock checks between two WebSocket peers; a bridge is the peer itself, and no
// extension was agreed that could give opcode 0x3 a meaning (RFC 6455 5.2): 1002 naming it, nothing to TCP.
void tst_TcpBridge::reservedOpcodeEndsTcpOnLenientRoute()
{
    RouteConfig route = ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url());
    route.strictFrames = false;
    ProxyFixture& proxy = startProxy(route);
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/tcp"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->connections(), 1, 5000);
    WsFrameWriter::Frame reserved;
    reserved.opcode = 0x3;
    reserved.payload = "hidden";
    reserved.masked = true;
    raw.send(WsFrameWriter::encode(reserved));
    QVERIFY(raw.waitForClose());
    quint16 code = 0;
    QByteArray reason;
    QVERIFY(RawClient::findCloseFrame(raw.received(), &code, &reason));
    QCOMPARE(code, quint16(1002));
    QCOMPARE(reason, QByteArray("reserved opcode 0x3"));
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->peerClosed(), 5000);
    QVERIFY(m_backend->received().isEmpty());
}

void tst_TcpBridge::keepalivePingsOnlyTheClient()
{
    RouteConfig route = ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url());
    route.keepalive.pingMs = 50;
    ProxyFixture& proxy = startProxy(route);
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/tcp"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    QByteArray ping;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            raw.readBytes(raw.received().size() + 1, 50);
            for (const WsFrameReader::Frame& frame : WsFrameReader::frames(raw.received())) {
                if (frame.opcode == 0x9)
                    ping = frame.payload;
            }
            return !ping.isEmpty();
        }(),
        5000);
    QVERIFY(ping.startsWith("airlock-ka:"));
    raw.send(WsFrameWriter::pong(ping, true) + WsFrameWriter::binary("data", true));
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->received(), QByteArray("data"), 5000); // nothing of the pong
    raw.send(WsFrameWriter::close(1000, {}, true));
    QVERIFY(raw.waitForClose());
    QVERIFY(proxy.waitForRecords(1));
    QVERIFY(proxy.lastRecord().keepalivePingsSent >= 1);
    QCOMPARE(proxy.lastRecord().keepalivePongsSwallowed, 1);
    QCOMPARE(proxy.lastRecord().closeCode, 1000);
}

// A VM reachable only through the corporate proxy: the TCP leg is a CONNECT tunnel, as for ws backends.
void tst_TcpBridge::throughConnectProxy()
{
    TestConnectProxy connectProxy;
    QVERIFY(connectProxy.listenLocal());
    connectProxy.setHostOverride(QStringLiteral("vm.airlock.test"), QStringLiteral("127.0.0.1"));
    m_backend->setGreeting(kRfbGreeting);
    RouteConfig route = ProxyFixture::route(QStringLiteral("/vnc"),
                                            QUrl(QStringLiteral("tcp://vm.airlock.test:%1").arg(m_backend->port())));
    route.upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
    route.upstreamProxy.url = connectProxy.url();
    ProxyFixture& proxy = startProxy(route);

    QWebSocket client;
    QSignalSpy binary(&client, &QWebSocket::binaryMessageReceived);
    QVERIFY2(openClient(client, proxy.wsUrl(QStringLiteral("/vnc")), {QStringLiteral("binary")}),
             qPrintable(client.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(binary.size(), 1, 5000);
    QCOMPARE(binary.at(0).at(0).toByteArray(), kRfbGreeting);
    QCOMPARE(connectProxy.lastRequest().target, QByteArray("vm.airlock.test:") + QByteArray::number(m_backend->port()));
    client.sendBinaryMessage("through the proxy");
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->received(), QByteArray("through the proxy"), 5000);
    client.close();
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(proxy.lastRecord().upstreamProxy, connectProxy.url().toString());
    QVERIFY(proxy.lastRecord().proxyConnectedAt > 0);
}

// Message capture sees a bridge as a page would: what it sent, and the binary messages made of TCP reads.
void tst_TcpBridge::captureRecordsBothDirections()
{
    m_backend->setGreeting(kRfbGreeting);
    RouteConfig route = ProxyFixture::route(QStringLiteral("/vnc"), m_backend->url());
    route.capture.enabled = true;
    ProxyFixture& proxy = startProxy(route);
    QWebSocket client;
    QSignalSpy binary(&client, &QWebSocket::binaryMessageReceived);
    QVERIFY2(openClient(client, proxy.wsUrl(QStringLiteral("/vnc")), {QStringLiteral("binary")}),
             qPrintable(client.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(binary.size(), 1, 5000);
    const QByteArray pointerEvent("\x05\x00\x01\x02\x03\x04", 6);
    client.sendBinaryMessage(pointerEvent);
    QTRY_COMPARE_WITH_TIMEOUT(binary.size(), 2, 5000);
    client.close();
    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.messages.size(), 3);
    QCOMPARE(record.messages.at(0).type, CapturedMessage::Type::Receive);
    QCOMPARE(record.messages.at(0).data, kRfbGreeting);
    QCOMPARE(record.messages.at(1).type, CapturedMessage::Type::Send);
    QCOMPARE(record.messages.at(1).opcode, quint8(2));
    QCOMPARE(record.messages.at(1).data, pointerEvent);
    QCOMPARE(record.messages.at(2).type, CapturedMessage::Type::Receive);
    QCOMPARE(record.messages.at(2).data, pointerEvent);
}

void tst_TcpBridge::stalledPeerBoundsMemory_data()
{
    QTest::addColumn<bool>("towardsClient");
    QTest::newRow("service floods a viewer that reads nothing") << true;
    QTest::newRow("viewer floods a service that reads nothing") << false;
}

// 16 MiB at a peer that reads nothing, then drained: the bridge stops reading the sender once the other
// leg is full, so the sender's own queue grows, not Airlock's. The README states the bound.
void tst_TcpBridge::stalledPeerBoundsMemory()
{
    QFETCH(bool, towardsClient);
    EchoBackend echo;
    QVERIFY(echo.listen());
    m_backend->setEcho(false);
    m_backend->setReading(false);
    RouteConfig bridge = ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url());
    bridge.scheme = BackendScheme::Tcp;
    // One worker, so a round trip on a second session proves the flooded session's worker ran.
    Config config = ProxyFixture::config({bridge, ProxyFixture::route(QStringLiteral("/echo"), echo.url())});
    config.limits.workerThreads = 1;
    m_proxy = std::make_unique<ProxyFixture>(config);
    QVERIFY(m_proxy->start());
    QWebSocket probe;
    QSignalSpy probeOpen(&probe, &QWebSocket::connected);
    probe.open(m_proxy->wsUrl(QStringLiteral("/echo")));
    QVERIFY(probeOpen.wait(5000));
    RawClient raw(m_proxy->port());
    raw.send(RawClient::upgradeRequest("/tcp"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->lastConnection() != nullptr, 5000);
    QTcpSocket* service = m_backend->lastConnection();

    constexpr qint64 total = 16 << 20;
    constexpr int chunk = 64 * 1024;
    QByteArray stream;
    for (qint64 sent = 0; sent < total; sent += chunk) {
        const QByteArray bytes = randomBytes(chunk, quint32(sent / chunk));
        stream += towardsClient ? bytes : RawClient::clientFrame(0x2, bytes);
    }
    FloodMeter meter(towardsClient ? service : &raw.socket(), towardsClient ? &raw.socket() : service);
    meter.setReceiverGetsFrames(towardsClient);
    meter.setPingProbe(&probe);
    QVERIFY2(meter.run(stream, total), qPrintable(meter.error()));
    const QString figures = meter.figures();
    qInfo("%s", qPrintable(figures));
    QVERIFY2(meter.peakHeld() <= kAirlockBufferBound, qPrintable(figures));
}

// A viewer that sends pings and reads nothing: the pongs the bridge answers with count against the viewer's
// write queue like every other byte, so the bridge stops reading the viewer once that queue is full, and
// the pings wait in the viewer's own buffers. Once it reads, every ping is answered and the session goes on.
void tst_TcpBridge::pingFloodBoundsMemory()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    RouteConfig bridge = ProxyFixture::route(QStringLiteral("/tcp"), m_backend->url());
    bridge.scheme = BackendScheme::Tcp;
    // One worker, so a round trip on a second session proves the flooded session's worker ran.
    Config config = ProxyFixture::config({bridge, ProxyFixture::route(QStringLiteral("/echo"), echo.url())});
    config.limits.workerThreads = 1;
    m_proxy = std::make_unique<ProxyFixture>(config);
    QVERIFY(m_proxy->start());
    QWebSocket probe;
    QSignalSpy probeOpen(&probe, &QWebSocket::connected);
    probe.open(m_proxy->wsUrl(QStringLiteral("/echo")));
    QVERIFY(probeOpen.wait(5000));
    const auto roundTrip = [&probe] {
        QSignalSpy pong(&probe, &QWebSocket::pong);
        probe.ping("probe");
        return pong.wait(10000);
    };
    RawClient raw(m_proxy->port());
    raw.send(RawClient::upgradeRequest("/tcp"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    raw.clear();
    QTcpSocket& viewer = raw.socket();
    const int viewerFd = int(viewer.socketDescriptor());
    const int airlockFd = findOwnSocket(viewer.peerPort(), viewer.localPort());
    QVERIFY(airlockFd >= 0);

    // 128 Ki pings of the largest control payload: 16 MiB of pings, about as many bytes of pongs.
    constexpr int pings = 128 * 1024;
    const QByteArray payload(125, 'p');
    const QByteArray ping = RawClient::clientFrame(0x9, payload);
    const qint64 pongSize = 2 + payload.size();
    QByteArray stream;
    stream.reserve(ping.size() * pings);
    for (int i = 0; i < pings; ++i)
        stream += ping;
    viewer.setReadBufferSize(4096); // the viewer stalls: Qt may buffer a few bytes for it, nothing more
    const qint64 written = viewer.write(stream);
    QCOMPARE(written, stream.size());

    // What Airlock holds, in bytes of pings: what left the viewer's process and is in no kernel queue on
    // the way in, less what came back as pongs (scaled to the pings they answer).
    qint64 delivered = 0;
    const auto held = [&] {
        const qint64 in = written - viewer.bytesToWrite() - unsentBytes(viewerFd) - unreadBytes(airlockFd);
        const qint64 out = unsentBytes(airlockFd) + unreadBytes(viewerFd) + viewer.bytesAvailable() + delivered;
        return in - out * ping.size() / pongSize;
    };
    qint64 peak = 0;
    qint64 last = -1;
    int unchanged = 0;
    for (int round = 0; round < 5000 && unchanged < 3; ++round) {
        QVERIFY2(roundTrip(), "the probe found no answer through the proxy");
        peak = qMax(peak, held());
        const qint64 accepted = written - viewer.bytesToWrite() - unsentBytes(viewerFd);
        unchanged = accepted == last ? unchanged + 1 : 0;
        last = accepted;
    }
    QVERIFY2(unchanged >= 3, "Airlock never stopped reading from a viewer that reads nothing");
    const QString figures = QStringLiteral("Airlock held %1 bytes at the peak; it stopped reading after %2 of %3 bytes")
                                .arg(peak)
                                .arg(last)
                                .arg(written);
    qInfo("%s", qPrintable(figures));
    QVERIFY2(peak <= kAirlockBufferBound, qPrintable(figures));

    // The viewer drains: every ping is answered, in order, and the bridge carries data again.
    viewer.setReadBufferSize(0);
    QByteArray partial;
    int pongs = 0;
    const bool drained = QTest::qWaitFor(
        [&] {
            const QByteArray bytes = viewer.readAll();
            delivered += bytes.size();
            partial += bytes;
            qsizetype consumed = 0;
            for (const WsFrameReader::Frame& frame : WsFrameReader::frames(partial, &consumed)) {
                if (frame.opcode != 0xA || frame.payload != payload)
                    return true; // reported below
                ++pongs;
            }
            partial.remove(0, consumed);
            peak = qMax(peak, held());
            return pongs >= pings;
        },
        60000);
    QVERIFY(drained);
    QCOMPARE(pongs, pings);
    QVERIFY2(peak <= kAirlockBufferBound, qPrintable(QStringLiteral("Airlock held %1 bytes while draining").arg(peak)));
    raw.clear();
    raw.send(RawClient::clientFrame(0x2, "after the flood"));
    const QByteArray echoed = raw.readBytes(2 + 15);
    const auto frame = WsFrameReader::single(echoed);
    QVERIFY2(frame.has_value(), echoed.toHex().constData());
    QCOMPARE(frame->payload, QByteArray("after the flood"));
}

QTEST_GUILESS_MAIN(tst_TcpBridge)
#include "tst_tcpbridge.moc"
