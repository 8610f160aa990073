// Message capture through a real ProxyService: Qt clients talk to an echo backend and the posted record (and
// its HAR) must hold exactly what passed, both ways, within the configured limits and without secrets.
#include "DescribeMessages.h"
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "ScriptedBackend.h"
#include "WsFrameWriter.h"

#include "observe/HarExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace airlock;
using airlock::test::describe;
using airlock::test::WsFrameWriter;

namespace {

// A text ("t:...") or binary ("b:<hex>") message a client sends and gets echoed back.
struct Exchange
{
    bool binary = false;
    QByteArray payload;
};

// Sends each message and waits for its echo before the next, so the record's order is known. Returns what
// came back, in the same notation.
QByteArrayList talk(const QUrl& url, const QList<Exchange>& exchanges, const QByteArray& authorization = {})
{
    QWebSocket client;
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy text(&client, &QWebSocket::textMessageReceived);
    QSignalSpy binary(&client, &QWebSocket::binaryMessageReceived);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(request);
    if (!connected.wait(5000))
        return {"not connected"};
    QByteArrayList echoed;
    for (const Exchange& e : exchanges) {
        const qsizetype texts = text.size();
        const qsizetype binaries = binary.size();
        if (e.binary)
            client.sendBinaryMessage(e.payload);
        else
            client.sendTextMessage(QString::fromUtf8(e.payload));
        if (!QTest::qWaitFor([&] { return text.size() > texts || binary.size() > binaries; }, 5000))
            return echoed << "no echo";
        echoed << (binary.size() > binaries ? "b:" + binary.last().first().toByteArray().toHex()
                                            : "t:" + text.last().first().toString().toUtf8());
    }
    client.close();
    if (!QTest::qWaitFor([&] { return !disconnected.isEmpty(); }, 5000))
        echoed << "not closed";
    return echoed;
}

RouteConfig echoRoute(const EchoBackend& echo, bool capture, qint64 maxBytes = 256 * 1024)
{
    RouteConfig route = ProxyFixture::route(QStringLiteral("/echo"), echo.url());
    route.keepalive.pingMs = 0;
    route.capture.enabled = capture;
    route.capture.maxBytesPerSession = maxBytes;
    return route;
}

} // namespace

class tst_SessionCapture : public QObject
{
    Q_OBJECT

private slots:
    void capturesBothDirections();
    void offByDefault();
    void sessionCapHolds();
    void totalBudgetComesBackWithTheRecord();
    void compressedSessionIsReadable();
};

void tst_SessionCapture::capturesBothDirections()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    RouteConfig route = echoRoute(echo, true);
    route.injectHeaders.append({"X-Terminal-Token", "inj-secret-42", true});
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    const QByteArray binary = QByteArray::fromHex("0001027f80feff");
    const QList<Exchange> exchanges = {
        {false, "hello \xc3\xa9"},
        {true, binary},
        {false, "login tok-s3cr3t-value, query qtok-123456, route inj-secret-42"},
    };
    const QByteArrayList echoed =
        talk(proxy.wsUrl(QStringLiteral("/echo?access_token=qtok-123456")), exchanges, "Bearer tok-s3cr3t-value");
    // Capture only watches: the peers still get every byte, secrets included.
    QCOMPARE(echoed, (QByteArrayList{"t:hello \xc3\xa9", "b:" + binary.toHex(),
                                     "t:login tok-s3cr3t-value, query qtok-123456, route inj-secret-42"}));
    QVERIFY(proxy.waitForRecords(1));

    const RequestRecord record = proxy.lastRecord();
    QVERIFY(record.captureEnabled);
    const QByteArray redacted = "login [redacted], query [redacted], route [redacted]";
    QCOMPARE(describe(record.messages),
             (QByteArrayList{"send/1/hello \xc3\xa9", "receive/1/hello \xc3\xa9", "send/2/" + binary.toHex(),
                             "receive/2/" + binary.toHex(), "send/1/" + redacted, "receive/1/" + redacted}));
    QCOMPARE(record.messagesNotCaptured, 0);
    for (qsizetype i = 1; i < record.messages.size(); ++i)
        QVERIFY(record.messages[i - 1].timeMs <= record.messages[i].timeMs);
    QVERIFY(record.messages.first().timeMs >= record.clientResponseAt);
    QVERIFY(record.messages.last().timeMs <= record.closedAt);

    const QJsonObject har = HarExport::fromRecords({record.toJson()});
    const QJsonObject entry =
        har.value(QStringLiteral("log")).toObject().value(QStringLiteral("entries")).toArray().first().toObject();
    const QJsonArray messages = entry.value(QStringLiteral("_webSocketMessages")).toArray();
    QCOMPARE(messages.size(), 6);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("data")).toString(), QStringLiteral("hello \u00e9"));
    QCOMPARE(messages.at(3).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("receive"));
    QCOMPARE(messages.at(3).toObject().value(QStringLiteral("opcode")).toInt(), 2);
    QCOMPARE(messages.at(3).toObject().value(QStringLiteral("data")).toString(),
             QString::fromLatin1(binary.toBase64()));
    QCOMPARE(messages.at(4).toObject().value(QStringLiteral("data")).toString(), QString::fromUtf8(redacted));
    const double time = messages.at(0).toObject().value(QStringLiteral("time")).toDouble();
    QCOMPARE(qint64(std::llround(time * 1000)), record.messages.first().timeMs);
    const QByteArray messagesText = QJsonDocument(messages).toJson();
    for (const char* secret : {"tok-s3cr3t-value", "qtok-123456", "inj-secret-42"})
        QVERIFY2(!messagesText.contains(secret), secret);
}

void tst_SessionCapture::offByDefault()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/echo"), echo.url())}));
    QVERIFY(proxy.start());
    QCOMPARE(talk(proxy.wsUrl(QStringLiteral("/echo")), {{false, "hello"}, {true, "\x01\x02"}}),
             (QByteArrayList{"t:hello", "b:0102"}));
    QVERIFY(proxy.waitForRecords(1));

    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.messagesFromClient, 2); // traffic passed ...
    QVERIFY(!record.captureEnabled);        // ... and none of it was kept
    QVERIFY(record.messages.isEmpty());
    QCOMPARE(record.messagesNotCaptured, 0);
    const QJsonObject json = record.toJson();
    QVERIFY(!json.contains(QStringLiteral("messages")));
    QCOMPARE(HarExport::entry(json).value(QStringLiteral("_webSocketMessages")).toArray(), QJsonArray());
}

void tst_SessionCapture::sessionCapHolds()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    ProxyFixture proxy(ProxyFixture::config({echoRoute(echo, true, 10)}));
    QVERIFY(proxy.start());
    QCOMPARE(talk(proxy.wsUrl(QStringLiteral("/echo")), {{false, "0123456789ABCDEF"}, {false, "second"}}),
             (QByteArrayList{"t:0123456789ABCDEF", "t:second"}));
    QVERIFY(proxy.waitForRecords(1));

    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(describe(record.messages), QByteArrayList{"send/1/0123456789/cut of 16"});
    QCOMPARE(record.messagesNotCaptured, 3); // the echo, the second message and its echo
    QCOMPARE(record.messagesFromClient + record.messagesFromBackend, 4);
}

void tst_SessionCapture::totalBudgetComesBackWithTheRecord()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    Config config = ProxyFixture::config({echoRoute(echo, true)});
    config.limits.captureBytesTotal = 8;
    ProxyFixture proxy(config);
    QVERIFY(proxy.start());

    QCOMPARE(talk(proxy.wsUrl(QStringLiteral("/echo")), {{false, "abcdefghijkl"}}), QByteArrayList{"t:abcdefghijkl"});
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(describe(proxy.lastRecord().messages), QByteArrayList{"send/1/abcdefgh/cut of 12"});
    QCOMPARE(proxy.lastRecord().messagesNotCaptured, 1);

    // The first session's bytes left the budget with its record: the next session has all 8 again.
    QCOMPARE(talk(proxy.wsUrl(QStringLiteral("/echo")), {{false, "xyz"}}), QByteArrayList{"t:xyz"});
    QVERIFY(proxy.waitForRecords(2));
    QCOMPARE(describe(proxy.lastRecord().messages), (QByteArrayList{"send/1/xyz", "receive/1/xyz"}));
}

// Browsers and many terminal servers negotiate permessage-deflate: the record holds what the peers meant, not
// compressed bytes, while the compressed frames themselves pass untouched.
void tst_SessionCapture::compressedSessionIsReadable()
{
    const QByteArray hello = QByteArray::fromHex("f248cdc9c90700"); // "Hello", RFC 7692 section 7.2.3.1
    WsFrameWriter::Frame fromBackend;
    fromBackend.opcode = 0x1;
    fromBackend.rsv = 4;
    fromBackend.payload = hello;
    QByteArray backendGot;
    ScriptedBackend backend([&](QTcpSocket* socket, const HttpHead& request) {
        socket->write(ScriptedBackend::switchingProtocols(request, {}, "permessage-deflate"));
        socket->write(WsFrameWriter::encode(fromBackend));
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            backendGot += socket->readAll();
            // After the client's data frame comes its close (0x88): answer it and end, as a server does.
            if (backendGot.contains(char(0x88))) {
                socket->write(WsFrameWriter::close(1000, {}, false));
                socket->disconnectFromHost();
            }
        });
    });
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/deflate"), backend.url());
    route.keepalive.pingMs = 0;
    route.capture.enabled = true;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/deflate", "Sec-WebSocket-Extensions: permessage-deflate\r\n"));
    const QByteArray head = raw.readUntil("\r\n\r\n");
    QVERIFY2(head.contains("Sec-WebSocket-Extensions: permessage-deflate"), head.constData());
    WsFrameWriter::Frame fromClient = fromBackend;
    fromClient.masked = true;
    fromClient.payload = QByteArray::fromHex("f248cdc9c90700");
    const QByteArray clientFrame = WsFrameWriter::encode(fromClient);
    raw.send(clientFrame);
    QTRY_VERIFY_WITH_TIMEOUT(backendGot.contains(clientFrame), 5000); // passed as it was
    raw.send(WsFrameWriter::close(1000, {}, true));
    QVERIFY(raw.waitForClose());

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.extensions, QByteArray("permessage-deflate"));
    QCOMPARE(describe(record.messages), (QByteArrayList{"receive/1/Hello", "send/1/Hello"}));
    QCOMPARE(record.messagesNotCaptured, 0);
}

QTEST_GUILESS_MAIN(tst_SessionCapture)
#include "tst_sessioncapture.moc"
