// End-to-end WebSocket tunnelling through a real ProxyService with Qt clients and backends.
#include "EchoBackend.h"
#include "OpenClient.h"
#include "ProxyFixture.h"
#include "RandomBytes.h"
#include "RawClient.h"
#include "RefusingPort.h"
#include "ScriptedBackend.h"
#include "WsFrameReader.h"
#include "WsFrameWriter.h"

#include "ws/FrameBuilder.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace airlock;
using airlock::test::openClient;
using airlock::test::randomBytes;
using airlock::test::randomLetters;
using airlock::test::WsFrameReader;
using airlock::test::WsFrameWriter;

namespace {

// A raw backend that answers the upgrade and records every frame it receives, answering nothing on its
// own: the test writes whatever the backend says through socket().
class RawBackend
{
public:
    RawBackend()
        : m_server([this](QTcpSocket* socket, const HttpHead& request) {
            m_socket = socket;
            socket->write(ScriptedBackend::switchingProtocols(request));
            const auto read = [this, socket] { m_received += socket->readAll(); };
            QObject::connect(socket, &QTcpSocket::readyRead, socket, read);
            read();
        })
    {}
    bool listen() { return m_server.listen(); }
    QUrl url() const { return m_server.url(); }
    QTcpSocket* socket() const { return m_socket; }
    QList<WsFrameReader::Frame> frames() const { return WsFrameReader::frames(m_received); }

private:
    ScriptedBackend m_server;
    QTcpSocket* m_socket = nullptr;
    QByteArray m_received;
};

// A route whose only pings and pongs are the peers' own (no keepalive from Airlock).
RouteConfig quietRoute(const QString& path, const QUrl& backend)
{
    RouteConfig route = ProxyFixture::route(path, backend);
    route.keepalive.pingMs = 0;
    return route;
}

// "opcode fin|more payload" per frame, to compare boundaries and order at a glance.
QByteArrayList describeFrames(const QList<WsFrameReader::Frame>& frames)
{
    QByteArrayList out;
    for (const WsFrameReader::Frame& f : frames)
        out.append(QByteArray::number(f.opcode) + (f.fin ? " fin " : " more ") + f.payload);
    return out;
}

} // namespace

class tst_WebSocketProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void messagesBothWays_data();
    void messagesBothWays();
    void fragmentedMessagePassesThrough();
    void pingPong();
    void clientCloseCodeReachesBackend_data();
    void clientCloseCodeReachesBackend();
    void backendCloseCodeReachesClient_data();
    void backendCloseCodeReachesClient();
    void subprotocolEcho_data();
    void subprotocolEcho();
    void permessageDeflateEndToEnd();
    void headersAndQueryReachBackend();
    void backendDropGivesClient1014();
    void backendDropAfterBurstDeliversEverything();
    void backendDropWhileClientSendsEndsWithFin();
    void backendRejectionPassesThrough();
    void invalidBackendAcceptIsBadGateway();
    void backendSelectingUnofferedProtocolIsBadGateway();
    void backendDownIs502();
    void backendSilentIs504();
    void recordDescribesSession();

private:
    std::unique_ptr<EchoBackend> m_echo;
    std::unique_ptr<ProxyFixture> m_proxy;
};

void tst_WebSocketProxy::init()
{
    m_echo = std::make_unique<EchoBackend>(QStringList{QStringLiteral("tty")});
    QVERIFY(m_echo->listen());
    m_proxy = std::make_unique<ProxyFixture>(
        ProxyFixture::config({ProxyFixture::route(QStringLiteral("/echo"), m_echo->url(QStringLiteral("/")))}));
    QVERIFY(m_proxy->start());
}

void tst_WebSocketProxy::cleanup()
{
    m_proxy.reset();
    m_echo.reset();
}

void tst_WebSocketProxy::messagesBothWays_data()
{
    QTest::addColumn<bool>("binary");
    QTest::addColumn<qsizetype>("size");
    for (const bool binary : {false, true}) {
        for (const qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(125), qsizetype(126), qsizetype(65535),
                                     qsizetype(65536), qsizetype(1) << 20, qsizetype(16) << 20}) {
            QTest::addRow("%s %lld bytes", binary ? "binary" : "text", qlonglong(size)) << binary << size;
        }
    }
}

void tst_WebSocketProxy::messagesBothWays()
{
    QFETCH(bool, binary);
    QFETCH(qsizetype, size);
    QWebSocket client;
    QVERIFY(openClient(client, m_proxy->wsUrl(QStringLiteral("/echo"))));
    const QByteArray payload = binary ? randomBytes(size, quint32(size)) : randomLetters(size, quint32(size));
    QSignalSpy text(&client, &QWebSocket::textMessageReceived);
    QSignalSpy bin(&client, &QWebSocket::binaryMessageReceived);
    if (binary)
        client.sendBinaryMessage(payload);
    else
        client.sendTextMessage(QString::fromLatin1(payload));
    QSignalSpy& spy = binary ? bin : text;
    QVERIFY(spy.wait(20000));
    QCOMPARE(text.size() + bin.size(), 1); // the type survives the round trip
    if (binary)
        QCOMPARE(bin.first().first().toByteArray(), payload);
    else
        QCOMPARE(text.first().first().toString().toLatin1(), payload);
    client.close();
}

void tst_WebSocketProxy::fragmentedMessagePassesThrough()
{
    // Raw bytes at both ends: a Qt peer would reassemble fragments and answer pings itself, hiding both
    // where the fragments were cut and who answered. Each side gets exactly the frames the other sent.
    RawBackend backend;
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({quietRoute(QStringLiteral("/frag"), backend.url())}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/frag"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    raw.clear();
    raw.send(RawClient::clientFrame(0x1, "Hel", false) + RawClient::clientFrame(0x9, "p1") +
             RawClient::clientFrame(0x0, "lo, ", false) + RawClient::clientFrame(0x0, "world"));
    QTRY_COMPARE_WITH_TIMEOUT(backend.frames().size(), 4, 5000);
    const QList<WsFrameReader::Frame> up = backend.frames();
    QCOMPARE(describeFrames(up), (QByteArrayList{"1 more Hel", "9 fin p1", "0 more lo, ", "0 fin world"}));
    for (const WsFrameReader::Frame& f : up)
        QVERIFY2(f.masked, "frames towards the backend stay masked");

    // The backend answers the ping and sends its own fragmented message with a ping in between.
    backend.socket()->write(FrameBuilder::pong("p1", false) + FrameBuilder::frame(0x1, "ab", false, false) +
                            FrameBuilder::ping("p2", false) + FrameBuilder::frame(0x0, "cd", false, true));
    (void)raw.readUntil("cd");
    const QList<WsFrameReader::Frame> down = WsFrameReader::frames(raw.received());
    QCOMPARE(describeFrames(down), (QByteArrayList{"10 fin p1", "1 more ab", "9 fin p2", "0 fin cd"}));
    for (const WsFrameReader::Frame& f : down)
        QVERIFY2(!f.masked, "frames towards the client are unmasked");

    // Only the client answers the backend's ping; Airlock answered none of them itself.
    raw.send(RawClient::clientFrame(0xA, "p2"));
    QTRY_COMPARE_WITH_TIMEOUT(backend.frames().size(), 5, 5000);
    QCOMPARE(describeFrames(backend.frames()).last(), QByteArray("10 fin p2"));
    QCOMPARE(describeFrames(WsFrameReader::frames(raw.received())).count(QByteArray("10 fin p1")), 1);
}

void tst_WebSocketProxy::pingPong()
{
    // A Qt client pings; the raw backend holds its answer back, so a pong reaching the client before the
    // backend answered could only have come from Airlock.
    RawBackend backend;
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({quietRoute(QStringLiteral("/ping"), backend.url())}));
    QVERIFY(proxy.start());
    QWebSocket client;
    QVERIFY(openClient(client, proxy.wsUrl(QStringLiteral("/ping"))));
    QSignalSpy pong(&client, &QWebSocket::pong);
    QSignalSpy text(&client, &QWebSocket::textMessageReceived);
    client.ping("are you there");
    QTRY_COMPARE_WITH_TIMEOUT(backend.frames().size(), 1, 5000);
    QCOMPARE(describeFrames(backend.frames()), QByteArrayList{"9 fin are you there"});
    // Anything Airlock wrote to the client on reading the ping is ahead of this message in the stream.
    backend.socket()->write(FrameBuilder::frame(0x1, "not yet", false));
    QVERIFY(text.wait());
    QCOMPARE(pong.size(), 0);
    backend.socket()->write(FrameBuilder::pong("are you there", false));
    QVERIFY(pong.wait());
    QCOMPARE(pong.size(), 1);
    QCOMPARE(pong.first().at(1).toByteArray(), QByteArray("are you there"));

    // The other way: the backend's ping is answered by the client, not by Airlock.
    backend.socket()->write(FrameBuilder::ping("backend here", false));
    QTRY_COMPARE_WITH_TIMEOUT(backend.frames().size(), 2, 5000);
    const WsFrameReader::Frame answer = backend.frames().last();
    QCOMPARE(int(answer.opcode), 0xA);
    QCOMPARE(answer.payload, QByteArray("backend here"));
    QVERIFY(answer.masked); // a client's frame, passed on as it was
}

void tst_WebSocketProxy::clientCloseCodeReachesBackend_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("1000 normal") << 1000 << QStringLiteral("bye");
    QTest::newRow("1001 going away") << 1001 << QStringLiteral("tab closed");
    QTest::newRow("3000 registered") << 3000 << QStringLiteral("unauthorized");
    QTest::newRow("4404 application") << 4404 << QStringLiteral("session unknown");
}

void tst_WebSocketProxy::clientCloseCodeReachesBackend()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QWebSocket client;
    QVERIFY(openClient(client, m_proxy->wsUrl(QStringLiteral("/echo"))));
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.close(QWebSocketProtocol::CloseCode(code), reason);
    QTRY_COMPARE_WITH_TIMEOUT(m_echo->closes(), 1, 5000);
    QCOMPARE(int(m_echo->lastCloseCode()), code);
    QCOMPARE(m_echo->lastCloseReason(), reason);
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    QVERIFY(m_proxy->waitForRecords(1));
    const RequestRecord record = m_proxy->lastRecord();
    QCOMPARE(record.closeCode, code);
    QCOMPARE(record.closeSide, RequestRecord::Side::Client);
    QCOMPARE(record.closeReason, reason.toUtf8());
}

void tst_WebSocketProxy::backendCloseCodeReachesClient_data()
{
    clientCloseCodeReachesBackend_data();
}

void tst_WebSocketProxy::backendCloseCodeReachesClient()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QWebSocket client;
    QVERIFY(openClient(client, m_proxy->wsUrl(QStringLiteral("/echo"))));
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.sendTextMessage(QStringLiteral("close:%1:%2").arg(code).arg(reason));
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    QCOMPARE(int(client.closeCode()), code);
    QCOMPARE(client.closeReason(), reason);
    QVERIFY(m_proxy->waitForRecords(1));
    QCOMPARE(m_proxy->lastRecord().closeSide, RequestRecord::Side::Backend);
    QCOMPARE(m_proxy->lastRecord().closeCode, code);
}

void tst_WebSocketProxy::subprotocolEcho_data()
{
    QTest::addColumn<QByteArray>("offer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("tty offered and selected") << QByteArray("tty") << QByteArray("tty");
    QTest::newRow("tty second in the offer") << QByteArray("binary, tty") << QByteArray("tty");
    QTest::newRow("unsupported offer gets none") << QByteArray("zero-companion") << QByteArray();
    QTest::newRow("no offer gets none") << QByteArray() << QByteArray();
}

void tst_WebSocketProxy::subprotocolEcho()
{
    // Raw bytes, because a Qt client accepts a 101 without the protocol it asked for (a browser does not).
    QFETCH(QByteArray, offer);
    QFETCH(QByteArray, expected);
    RawClient raw(m_proxy->port());
    raw.send(RawClient::upgradeRequest("/echo",
                                       offer.isEmpty() ? QByteArray() : "Sec-WebSocket-Protocol: " + offer + "\r\n"));
    const QByteArray head = raw.readUntil("\r\n\r\n");
    QVERIFY2(head.startsWith("HTTP/1.1 101"), head.constData());
    QVERIFY(head.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
    const qsizetype at = head.toLower().indexOf("sec-websocket-protocol:");
    if (expected.isEmpty()) {
        QCOMPARE(at, qsizetype(-1));
    } else {
        QVERIFY(at >= 0);
        QCOMPARE(head.mid(at + 23, head.indexOf("\r\n", at) - at - 23).trimmed(), expected);
    }
    QCOMPARE(m_echo->lastProtocol().toUtf8(), expected);
}

void tst_WebSocketProxy::permessageDeflateEndToEnd()
{
    // The extension is negotiated by the two ends; Airlock echoes the backend's answer exactly and lets
    // compressed (RSV1) frames through without touching them.
    const QByteArray compressedHello = QByteArray::fromHex("f248cdc9c90700");
    ScriptedBackend backend([&](QTcpSocket* socket, const HttpHead& request) {
        QVERIFY(request.headers.value("Sec-WebSocket-Extensions").contains("permessage-deflate"));
        socket->write(
            ScriptedBackend::switchingProtocols(request, {}, "permessage-deflate; server_no_context_takeover"));
        QByteArray frame = FrameBuilder::frame(0x1, compressedHello, false);
        frame[0] = char(frame[0] | 0x40); // RSV1: compressed
        socket->write(frame);
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/z"), backend.url())}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(
        RawClient::upgradeRequest("/z", "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"));
    const QByteArray all = raw.readUntil(compressedHello);
    QVERIFY2(all.contains("Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover\r\n"),
             all.constData());
    const qsizetype headEnd = all.indexOf("\r\n\r\n") + 4;
    QCOMPARE(quint8(all.at(headEnd)), quint8(0xc1)); // FIN + RSV1 + text, unchanged
    QCOMPARE(all.mid(headEnd + 2, compressedHello.size()), compressedHello);
}

void tst_WebSocketProxy::headersAndQueryReachBackend()
{
    QWebSocket client;
    QVERIFY(openClient(client, m_proxy->wsUrl(QStringLiteral("/echo/sub/path?token=abc&x=1")), {},
                       {{"X-Custom", "kept"}, {"X-Request-Id", "req-42"}}));
    const QNetworkRequest seen = m_echo->lastRequest();
    QCOMPARE(seen.url().path(), QStringLiteral("/sub/path"));
    QCOMPARE(seen.url().query(), QStringLiteral("token=abc&x=1"));
    QCOMPARE(seen.rawHeader("X-Custom"), QByteArray("kept"));
    QCOMPARE(seen.rawHeader("X-Request-Id"), QByteArray("req-42"));
    QCOMPARE(seen.rawHeader("X-Forwarded-For"), QByteArray("127.0.0.1"));
    QCOMPARE(seen.rawHeader("X-Forwarded-Proto"), QByteArray("http"));
    QVERIFY(seen.rawHeader("X-Forwarded-Host").startsWith("127.0.0.1:"));
}

void tst_WebSocketProxy::backendDropGivesClient1014()
{
    ScriptedBackend backend([](QTcpSocket* socket, const HttpHead& request) {
        socket->write(ScriptedBackend::switchingProtocols(request));
        socket->write(FrameBuilder::frame(0x1, "last words", false));
        socket->flush();
        socket->disconnectFromHost(); // no close frame
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/d"), backend.url())}));
    QVERIFY(proxy.start());
    // A raw client: Qt 6.4's QWebSocket treats 1012-1014 as invalid close codes (browsers do not).
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/d"));
    QVERIFY(raw.waitForClose());
    QVERIFY(raw.received().contains(QByteArray("\x81\x0alast words")));
    quint16 code = 0;
    QByteArray reason;
    QVERIFY(RawClient::findCloseFrame(raw.received(), &code, &reason));
    QCOMPARE(int(code), 1014);
    QCOMPARE(reason, QByteArray("backend connection lost"));
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(proxy.lastRecord().closeCode, 1006);
    QCOMPARE(proxy.lastRecord().closeSide, RequestRecord::Side::Backend);
}

void tst_WebSocketProxy::backendDropAfterBurstDeliversEverything()
{
    // The backend's last 8 MiB are still queued (the client reads slower than loopback writes) when its
    // connection ends: all of it reaches the client before the 1014 close.
    const int frames = 128;
    ScriptedBackend backend([&](QTcpSocket* socket, const HttpHead& request) {
        socket->write(ScriptedBackend::switchingProtocols(request));
        for (int i = 0; i < frames; ++i)
            socket->write(FrameBuilder::frame(0x2, QByteArray(64 * 1024, char('a' + i % 26)), false));
        socket->disconnectFromHost();
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/burst"), backend.url())}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/burst"));
    QVERIFY(raw.waitForClose(20000));
    const QByteArray all = raw.received();
    const qsizetype headEnd = all.indexOf("\r\n\r\n") + 4;
    const qsizetype frameBytes = 10 + 64 * 1024; // 64-bit length form
    QCOMPARE(all.size() - headEnd, frames * frameBytes + 2 + 2 + qsizetype(strlen("backend connection lost")));
    quint16 code = 0;
    QByteArray reason;
    QVERIFY(RawClient::findCloseFrame(all, &code, &reason));
    QCOMPARE(int(code), 1014);
}

// The client is still sending when the backend vanishes. Airlock must go on reading (and dropping) its
// input until its 1014 is out and end with FIN: a close with unread input sends a reset instead, and a
// browser whose write fails on that reset reports 1006 without reading the 1014 (tst_browser shows it).
void tst_WebSocketProxy::backendDropWhileClientSendsEndsWithFin()
{
    ScriptedBackend backend([](QTcpSocket* socket, const HttpHead& request) {
        socket->write(ScriptedBackend::switchingProtocols(request));
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->abort(); });
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/d"), backend.url())}));
    QVERIFY(proxy.start());

    // A plain non-blocking socket: Qt reports a reset and an orderly close alike, the kernel does not.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(proxy.port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
    QVERIFY(::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK) == 0);

    constexpr qint64 payloadSize = 8 * 1024 * 1024;
    QByteArray out = RawClient::upgradeRequest("/d");
    bool upgraded = false;
    qint64 payloadLeft = payloadSize;
    const QByteArray chunk(64 * 1024, '\0'); // masked with any key it is still valid binary payload
    QByteArray received;
    bool eof = false;
    int socketError = 0;
    const bool ended = QTest::qWaitFor(
        [&] {
            char buffer[64 * 1024];
            for (;;) {
                const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
                if (n > 0) {
                    received.append(buffer, n);
                    continue;
                }
                if (n == 0)
                    eof = true;
                else if (errno != EAGAIN && errno != EWOULDBLOCK)
                    socketError = errno;
                break;
            }
            if (!upgraded && received.contains("\r\n\r\n")) {
                upgraded = true;
                out += WsFrameWriter::header(0x2, payloadSize, true);
            }
            // Keep the proxy's receive buffer full: whatever it stops reading stays unread.
            while (!eof && !socketError) {
                if (out.isEmpty() && upgraded && payloadLeft > 0) {
                    out = chunk.left(qMin<qint64>(chunk.size(), payloadLeft));
                    payloadLeft -= out.size();
                }
                if (out.isEmpty())
                    break;
                const ssize_t n = ::send(fd, out.constData(), size_t(out.size()), MSG_NOSIGNAL);
                if (n < 0) {
                    if (errno != EAGAIN && errno != EWOULDBLOCK)
                        socketError = errno;
                    break;
                }
                out.remove(0, n);
            }
            return eof || socketError != 0;
        },
        10000);
    QVERIFY2(ended, received.left(200).constData());
    QVERIFY2(received.startsWith("HTTP/1.1 101"), received.left(200).constData());
    quint16 code = 0;
    QByteArray reason;
    QVERIFY(RawClient::findCloseFrame(received, &code, &reason));
    QCOMPARE(int(code), 1014);
    QCOMPARE(reason, QByteArray("backend connection lost"));
    QVERIFY2(socketError == 0,
             qPrintable(QStringLiteral("connection reset: ") + QString::fromLocal8Bit(strerror(socketError))));
    QVERIFY(eof);
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(proxy.lastRecord().closeCode, 1006);
    QCOMPARE(proxy.lastRecord().closeReason, QByteArray("backend connection lost"));
    QCOMPARE(proxy.lastRecord().closeSide, RequestRecord::Side::Backend);
}

void tst_WebSocketProxy::backendRejectionPassesThrough()
{
    ScriptedBackend backend([](QTcpSocket* socket, const HttpHead&) {
        socket->write(ScriptedBackend::response(404, "Not Found", "no such session\n", "X-Backend: yes\r\n"));
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/r"), backend.url())}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/r"));
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 404);
    QVERIFY(response.contains("X-Backend: yes\r\n"));
    QVERIFY(response.endsWith("\r\n\r\nno such session\n"));
    QVERIFY(raw.waitForClose());
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(proxy.lastRecord().outcome, RequestRecord::Outcome::BackendRejected);
    QCOMPARE(proxy.lastRecord().backendStatus, 404);
}

void tst_WebSocketProxy::invalidBackendAcceptIsBadGateway()
{
    ScriptedBackend backend([](QTcpSocket* socket, const HttpHead&) {
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: d3Jvbmc=\r\n\r\n");
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/b"), backend.url())}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/b"));
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 502);
    QVERIFY(response.contains("X-Airlock-Error: bad_backend_upgrade"));
}

void tst_WebSocketProxy::backendSelectingUnofferedProtocolIsBadGateway()
{
    // A backend that invents a subprotocol would make a browser fail the connection: refuse it here,
    // with a reason, instead of passing a handshake the page cannot use.
    ScriptedBackend backend([](QTcpSocket* socket, const HttpHead& request) {
        socket->write(ScriptedBackend::switchingProtocols(request, "invented"));
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/p"), backend.url())}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/p", "Sec-WebSocket-Protocol: tty\r\n"));
    QCOMPARE(RawClient::statusOf(raw.readResponse()), 502);
}

void tst_WebSocketProxy::backendDownIs502()
{
    const RefusingPort deadPort;
    QVERIFY(deadPort.isValid());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(
        QStringLiteral("/down"), QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(deadPort.port())))}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/down"));
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 502);
    QVERIFY(response.contains("X-Airlock-Error: connect_refused"));
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(proxy.lastRecord().outcome, RequestRecord::Outcome::UpstreamFailed);
    QCOMPARE(failure::id(proxy.lastRecord().failureReason), QStringLiteral("connect_refused"));
    // The proxy that refused keeps serving: its next upgrade is answered, and refused the same way.
    RawClient next(proxy.port());
    next.send(RawClient::upgradeRequest("/down"));
    QCOMPARE(RawClient::statusOf(next.readResponse()), 502);
    QVERIFY(proxy.waitForRecords(2));
    QCOMPARE(failure::id(proxy.lastRecord().failureReason), QStringLiteral("connect_refused"));
}

void tst_WebSocketProxy::backendSilentIs504()
{
    ScriptedBackend backend([](QTcpSocket*, const HttpHead&) {});
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/silent"), backend.url());
    route.timeouts.upgradeMs = 300;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/silent"));
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 504);
    QVERIFY(response.contains("X-Airlock-Error: upgrade_timeout"));
}

void tst_WebSocketProxy::recordDescribesSession()
{
    QWebSocket client;
    QVERIFY(openClient(client, m_proxy->wsUrl(QStringLiteral("/echo")), {QStringLiteral("tty")}));
    QCOMPARE(client.subprotocol(), QStringLiteral("tty"));
    QSignalSpy message(&client, &QWebSocket::textMessageReceived);
    client.sendTextMessage(QStringLiteral("hello"));
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 5000);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("done"));
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    QVERIFY(m_proxy->waitForRecords(1));
    const RequestRecord r = m_proxy->lastRecord();
    QCOMPARE(r.kind, RequestRecord::Kind::WebSocket);
    QCOMPARE(r.outcome, RequestRecord::Outcome::Closed);
    QCOMPARE(r.route, QStringLiteral("/echo"));
    QCOMPARE(r.httpStatus, 101);
    QCOMPARE(r.subprotocol, QByteArray("tty"));
    QCOMPARE(r.messagesFromClient, 1);  // "hello"; control frames are not messages
    QCOMPARE(r.messagesFromBackend, 1); // the echo of "hello"
    QVERIFY(r.acceptedAt <= r.headReadAt && r.headReadAt <= r.tcpConnectedAt);
    QVERIFY(r.tcpConnectedAt <= r.upstreamResponseAt && r.upstreamResponseAt <= r.clientResponseAt);
    QVERIFY(r.clientResponseAt <= r.closedAt);
    QVERIFY(r.backendRequestHead.contains("X-Request-Id: "));
    QVERIFY(!r.requestId.isEmpty());
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("closed"));
    QCOMPARE(json.value(QStringLiteral("close")).toObject().value(QStringLiteral("code")).toInt(), 1000);
}

QTEST_GUILESS_MAIN(tst_WebSocketProxy)
#include "tst_websocketproxy.moc"
