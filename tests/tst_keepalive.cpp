// Airlock's keepalive pings on tunnels: both legs, only its own pongs swallowed, idle timeout by frames.
#include "EchoBackend.h"
#include "IdleCuttingRelay.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "ScriptedBackend.h"
#include "WsFrameReader.h"

#include "ws/FrameBuilder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

using namespace airlock;
using airlock::test::WsFrameReader;

namespace {

using WireFrame = WsFrameReader::Frame;

bool isAirlockPayload(const QByteArray& payload)
{
    return payload.startsWith("airlock-ka:");
}

int countFrames(const QList<WireFrame>& frames, quint8 opcode, bool airlock)
{
    int n = 0;
    for (const WireFrame& f : frames) {
        if (f.opcode == opcode && isAirlockPayload(f.payload) == airlock)
            ++n;
    }
    return n;
}

// A raw backend that records every byte after the head and answers each ping with a pong, like a
// conforming server; further behaviour comes from the test through socket().
class PongingBackend
{
public:
    PongingBackend()
        : m_backend([this](QTcpSocket* socket, const HttpHead& request) {
            m_socket = socket;
            socket->write(ScriptedBackend::switchingProtocols(request));
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_received += socket->readAll();
                const QList<WireFrame> frames = WsFrameReader::frames(m_received);
                for (qsizetype i = m_answered; i < frames.size(); ++i) {
                    if (frames[i].opcode == FrameBuilder::Ping)
                        socket->write(FrameBuilder::pong(frames[i].payload, false));
                }
                m_answered = frames.size();
            });
        })
    {}
    ScriptedBackend& server() { return m_backend; }
    QList<WireFrame> frames() const { return WsFrameReader::frames(m_received); }
    QTcpSocket* socket() const { return m_socket; }

private:
    ScriptedBackend m_backend;
    QTcpSocket* m_socket = nullptr;
    QByteArray m_received;
    qsizetype m_answered = 0;
};

} // namespace

class tst_Keepalive : public QObject
{
    Q_OBJECT

private slots:
    void pingsOnBothLegsAndOwnPongsSwallowed();
    void qtPeersNeverSeeAirlockPongs();
    void peerPingsPassThrough();
    void survivesIdleCuttingIntermediary_data();
    void survivesIdleCuttingIntermediary();
    void idleTimeoutCountsPeerFramesOnly();
};

void tst_Keepalive::pingsOnBothLegsAndOwnPongsSwallowed()
{
    PongingBackend backend;
    QVERIFY(backend.server().listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/ka"), backend.server().url());
    route.keepalive.pingMs = 100;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    RawClient client(proxy.port());
    client.send(RawClient::upgradeRequest("/ka"));
    QVERIFY(client.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    // The client answers Airlock's pings as a browser would.
    qsizetype answered = 0;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000 &&
           (countFrames(WsFrameReader::frames(client.received()), FrameBuilder::Ping, true) < 3 ||
            countFrames(backend.frames(), FrameBuilder::Ping, true) < 3)) {
        client.readBytes(client.received().size() + 1, 200);
        const QList<WireFrame> frames = WsFrameReader::frames(client.received());
        for (qsizetype i = answered; i < frames.size(); ++i) {
            if (frames[i].opcode == FrameBuilder::Ping)
                client.send(RawClient::clientFrame(FrameBuilder::Pong, frames[i].payload));
        }
        answered = frames.size();
    }
    const QList<WireFrame> toClient = WsFrameReader::frames(client.received());
    const QList<WireFrame> toBackend = backend.frames();
    QVERIFY(countFrames(toClient, FrameBuilder::Ping, true) >= 3);
    QVERIFY(countFrames(toBackend, FrameBuilder::Ping, true) >= 3);
    for (const WireFrame& f : toClient)
        QVERIFY2(!f.masked, "frames towards the client are unmasked");
    for (const WireFrame& f : toBackend)
        QVERIFY2(f.masked, "frames towards the backend are masked");
    // Each side's pongs answered Airlock's pings and were not passed on to the other side.
    QCOMPARE(countFrames(toClient, FrameBuilder::Pong, true), 0);
    QCOMPARE(countFrames(toBackend, FrameBuilder::Pong, true), 0);

    // Data still flows both ways, unchanged.
    client.send(RawClient::clientFrame(FrameBuilder::Text, "hello"));
    QTRY_VERIFY_WITH_TIMEOUT(countFrames(backend.frames(), FrameBuilder::Text, false) == 1, 5000);
    backend.socket()->write(FrameBuilder::frame(FrameBuilder::Text, "world", false));
    QVERIFY(client.readUntil("world").contains("world"));

    client.send(RawClient::clientFrame(FrameBuilder::Close, QByteArray("\x03\xe8", 2)));
    backend.socket()->write(FrameBuilder::closeFrame(1000, {}, false));
    backend.socket()->disconnectFromHost();
    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    QVERIFY(record.keepalivePingsSent >= 6);
    QVERIFY(record.keepalivePongsSwallowed >= 4);
    QCOMPARE(record.messagesFromClient, 1);
    QCOMPARE(record.messagesFromBackend, 1);
    QVERIFY(record.toJson().contains(QStringLiteral("keepalivePingsSent")));
}

void tst_Keepalive::qtPeersNeverSeeAirlockPongs()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/ka"), echo.url());
    route.keepalive.pingMs = 50;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy pongs(&client, &QWebSocket::pong);
    QSignalSpy messages(&client, &QWebSocket::textMessageReceived);
    client.open(proxy.wsUrl(QStringLiteral("/ka")));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 5000);
    // Long enough for several pings each way (every one auto-answered by Qt on both sides); the counts
    // below ask for fewer than a loaded machine's delayed timers still send.
    QElapsedTimer elapsed;
    elapsed.start();
    QTRY_VERIFY_WITH_TIMEOUT(elapsed.elapsed() >= 400, 5000);
    client.sendTextMessage(QStringLiteral("still here"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 5000);
    QVERIFY(pongs.isEmpty());
    client.close();
    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    QVERIFY2(record.keepalivePingsSent >= 4, QByteArray::number(record.keepalivePingsSent).constData());
    QVERIFY2(record.keepalivePongsSwallowed >= 2, QByteArray::number(record.keepalivePongsSwallowed).constData());
    QVERIFY(record.keepalivePongsSwallowed <= record.keepalivePingsSent);
}

void tst_Keepalive::peerPingsPassThrough()
{
    PongingBackend backend;
    QVERIFY(backend.server().listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/ka"), backend.server().url());
    route.keepalive.pingMs = 50;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    RawClient client(proxy.port());
    client.send(RawClient::upgradeRequest("/ka"));
    QVERIFY(client.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    // The client's own empty ping, and one whose payload only resembles a marker of another session.
    client.send(RawClient::clientFrame(FrameBuilder::Ping, {}));
    client.send(RawClient::clientFrame(FrameBuilder::Ping, "airlock-ka:0:1"));
    const auto pongsToClient = [&client](const QByteArray& payload) {
        int n = 0;
        for (const WireFrame& f : WsFrameReader::frames(client.received()))
            n += f.opcode == FrameBuilder::Pong && f.payload == payload;
        return n;
    };
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000 && (pongsToClient({}) < 1 || pongsToClient("airlock-ka:0:1") < 1))
        client.readBytes(client.received().size() + 1, 200);
    QCOMPARE(pongsToClient({}), 1);
    QCOMPARE(pongsToClient("airlock-ka:0:1"), 1);
    int emptyPings = 0;
    for (const WireFrame& f : backend.frames())
        emptyPings += f.opcode == FrameBuilder::Ping && f.payload.isEmpty();
    QCOMPARE(emptyPings, 1);

    // The backend's heartbeat (an empty ping) and an unsolicited empty pong reach the client as they are.
    backend.socket()->write(FrameBuilder::ping({}, false));
    backend.socket()->write(FrameBuilder::pong({}, false));
    waited.restart();
    while (waited.elapsed() < 20000 && pongsToClient({}) < 2)
        client.readBytes(client.received().size() + 1, 200);
    QCOMPARE(pongsToClient({}), 2);
    int emptyPingsToClient = 0;
    for (const WireFrame& f : WsFrameReader::frames(client.received()))
        emptyPingsToClient += f.opcode == FrameBuilder::Ping && f.payload.isEmpty();
    QCOMPARE(emptyPingsToClient, 1);
}

void tst_Keepalive::survivesIdleCuttingIntermediary_data()
{
    QTest::addColumn<int>("pingMs");
    QTest::addColumn<bool>("survives");
    QTest::newRow("keepalive on") << 50 << true;
    QTest::newRow("keepalive off") << 0 << false;
}

void tst_Keepalive::survivesIdleCuttingIntermediary()
{
    QFETCH(int, pingMs);
    QFETCH(bool, survives);
    // Far above the 50 ms ping interval, so delayed timers on a loaded machine still beat the cut.
    constexpr int cutAfterMs = 800;
    EchoBackend echo;
    QVERIFY(echo.listen());
    IdleCuttingRelay relay(echo.port(), cutAfterMs);
    QVERIFY(relay.listen());
    QUrl backendUrl = echo.url();
    backendUrl.setPort(relay.port());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/ka"), backendUrl);
    route.keepalive.pingMs = pingMs;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy messages(&client, &QWebSocket::textMessageReceived);
    client.open(proxy.wsUrl(QStringLiteral("/ka")));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 5000);
    if (!survives) {
        QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 10000);
        QCOMPARE(relay.cuts(), 1); // the relay's idle cut ended it, nothing else
        return;
    }
    // Twice the intermediary's idle limit without a single application message.
    QElapsedTimer elapsed;
    elapsed.start();
    QTRY_VERIFY_WITH_TIMEOUT(elapsed.elapsed() >= 2 * cutAfterMs || !disconnected.isEmpty(), 10000);
    QVERIFY(disconnected.isEmpty());
    QCOMPARE(relay.cuts(), 0);
    client.sendTextMessage(QStringLiteral("ping through"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 5000);
    QCOMPARE(relay.connections(), 1);
}

void tst_Keepalive::idleTimeoutCountsPeerFramesOnly()
{
    // Far above the chatter's 100 ms ticks, so a delayed tick on a loaded machine does not end it.
    constexpr int idleMs = 600;
    EchoBackend echo;
    QVERIFY(echo.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/ka"), echo.url());
    route.keepalive.pingMs = 50;
    route.timeouts.idleMs = idleMs;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy messages(&client, &QWebSocket::textMessageReceived);
    client.open(proxy.wsUrl(QStringLiteral("/ka")));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 5000);

    // Data frames keep the session open well past idleMs.
    QTimer chatter;
    connect(&chatter, &QTimer::timeout, &client, [&client] { client.sendTextMessage(QStringLiteral("tick")); });
    chatter.start(100);
    // 13 echoes are 12 ticks of 100 ms apart: twice idleMs at least, however slow the machine.
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 13 || !disconnected.isEmpty(), 20000);
    QVERIFY(disconnected.isEmpty());

    // Then silence: pings every 50 ms (answered by both sides) must not keep it alive.
    chatter.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 10000);
    QCOMPARE(int(client.closeCode()), 1001);
    QCOMPARE(client.closeReason(), QStringLiteral("idle timeout"));
    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(failure::id(record.failureReason), QStringLiteral("idle_timeout"));
    // The reason proves the idle timer ended it; pings were sent while it ran, and did not count.
    QVERIFY2(record.keepalivePingsSent >= 4, QByteArray::number(record.keepalivePingsSent).constData());
}

QTEST_GUILESS_MAIN(tst_Keepalive)
#include "tst_keepalive.moc"
