// HAR 1.2 as Chrome DevTools imports it, checked field by field against the spec's required members.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"

#include "observe/HarExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace airlock;

namespace {

// The members HAR 1.2 requires of an entry and its parts, with their JSON types.
QString checkEntry(const QJsonObject& e)
{
    const auto need = [](const QJsonObject& o, const char* key, QJsonValue::Type type, const QString& where) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.type() == type ? QString()
                                : where + u'.' + QLatin1String(key) + QStringLiteral(" missing or wrong type");
    };
    QStringList problems;
    problems << need(e, "startedDateTime", QJsonValue::String, QStringLiteral("entry"))
             << need(e, "time", QJsonValue::Double, QStringLiteral("entry"))
             << need(e, "request", QJsonValue::Object, QStringLiteral("entry"))
             << need(e, "response", QJsonValue::Object, QStringLiteral("entry"))
             << need(e, "cache", QJsonValue::Object, QStringLiteral("entry"))
             << need(e, "timings", QJsonValue::Object, QStringLiteral("entry"));
    const QJsonObject req = e.value(QStringLiteral("request")).toObject();
    for (const char* k : {"method", "url", "httpVersion"})
        problems << need(req, k, QJsonValue::String, QStringLiteral("request"));
    for (const char* k : {"cookies", "headers", "queryString"})
        problems << need(req, k, QJsonValue::Array, QStringLiteral("request"));
    for (const char* k : {"headersSize", "bodySize"})
        problems << need(req, k, QJsonValue::Double, QStringLiteral("request"));
    const QJsonObject res = e.value(QStringLiteral("response")).toObject();
    for (const char* k : {"status", "headersSize", "bodySize"})
        problems << need(res, k, QJsonValue::Double, QStringLiteral("response"));
    for (const char* k : {"statusText", "httpVersion", "redirectURL"})
        problems << need(res, k, QJsonValue::String, QStringLiteral("response"));
    for (const char* k : {"cookies", "headers"})
        problems << need(res, k, QJsonValue::Array, QStringLiteral("response"));
    problems << need(res, "content", QJsonValue::Object, QStringLiteral("response"));
    const QJsonObject t = e.value(QStringLiteral("timings")).toObject();
    for (const char* k : {"send", "wait", "receive"}) {
        problems << need(t, k, QJsonValue::Double, QStringLiteral("timings"));
        if (t.value(QLatin1String(k)).toDouble() < 0)
            problems << QStringLiteral("timings.%1 negative").arg(QLatin1String(k));
    }
    double sum = 0;
    for (const char* k : {"blocked", "dns", "connect", "send", "wait", "receive"})
        sum += qMax(0.0, t.value(QLatin1String(k)).toDouble());
    if (qAbs(sum - e.value(QStringLiteral("time")).toDouble()) > 0.001)
        problems << QStringLiteral("time is not the sum of the timings");
    if (!QDateTime::fromString(e.value(QStringLiteral("startedDateTime")).toString(), Qt::ISODateWithMs).isValid())
        problems << QStringLiteral("startedDateTime is not ISO 8601");
    problems.removeAll(QString());
    return problems.join(QStringLiteral("; "));
}

} // namespace

class tst_HarExport : public QObject
{
    Q_OBJECT

private slots:
    void realSessionsExport();
    void webSocketMessagesShape();
    void captureOffLeavesMessagesOut();
};

void tst_HarExport::realSessionsExport()
{
    EchoBackend echo({QStringLiteral("tty")});
    QVERIFY(echo.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/echo"), echo.url())}));
    QVERIFY(proxy.start());
    {
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        QSignalSpy disconnected(&client, &QWebSocket::disconnected);
        QNetworkRequest request(proxy.wsUrl(QStringLiteral("/echo?term=1")));
        request.setRawHeader("Authorization", "Bearer s3cr3t");
        client.open(request);
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 5000);
        client.close();
        QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    }
    RawClient refused(proxy.port());
    refused.send("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(RawClient::statusOf(refused.readResponse()), 404);
    QVERIFY(proxy.waitForRecords(2));

    QList<QJsonObject> records;
    for (const RequestRecord& r : proxy.records())
        records.append(r.toJson());
    const QJsonObject har = HarExport::fromRecords(records);
    const QByteArray text = QJsonDocument(har).toJson();
    QVERIFY(!text.contains("s3cr3t"));

    const QJsonObject log = har.value(QStringLiteral("log")).toObject();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    QCOMPARE(log.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Airlock"));
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    for (const QJsonValue& v : entries)
        QVERIFY2(checkEntry(v.toObject()).isEmpty(), qPrintable(checkEntry(v.toObject())));

    QJsonObject ws;
    for (const QJsonValue& v : entries) {
        if (v.toObject().value(QStringLiteral("_resourceType")).toString() == QLatin1String("websocket"))
            ws = v.toObject();
    }
    const QJsonObject req = ws.value(QStringLiteral("request")).toObject();
    QVERIFY(req.value(QStringLiteral("url"))
                .toString()
                .startsWith(QStringLiteral("ws://127.0.0.1:%1/echo?term=1").arg(proxy.port())));
    QCOMPARE(
        req.value(QStringLiteral("queryString")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("term"));
    QCOMPARE(ws.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(), 101);
    QCOMPARE(ws.value(QStringLiteral("response")).toObject().value(QStringLiteral("statusText")).toString(),
             QStringLiteral("Switching Protocols"));
    QVERIFY(ws.value(QStringLiteral("_webSocketMessages")).isArray());
    QVERIFY(ws.value(QStringLiteral("timings")).toObject().value(QStringLiteral("connect")).toDouble() >= 0);
}

// Chrome DevTools writes (and imports) each message as {type, time, opcode, data}: time in seconds since the
// epoch, text as is, binary (opcode 2) in base64.
void tst_HarExport::webSocketMessagesShape()
{
    RequestRecord record;
    record.sessionId = 7;
    record.kind = RequestRecord::Kind::WebSocket;
    record.method = "GET";
    record.target = "/term";
    record.httpStatus = 101;
    record.acceptedAt = 1700000000000;
    record.clientRequestHead = "GET /term HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n\r\n";
    record.clientResponseHead = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n";
    record.captureEnabled = true;
    record.messages = {
        {CapturedMessage::Type::Send, 1700000000123, 1, "echo h\xc3\xa9", false, 7},
        {CapturedMessage::Type::Receive, 1700000000250, 2, QByteArray("\x00\xff\x41", 3), false, 3},
        {CapturedMessage::Type::Receive, 1700000001000, 1, "abc", true, 4096},
    };
    record.messagesNotCaptured = 2;

    const QJsonObject json = record.toJson();
    const QJsonArray recorded = json.value(QStringLiteral("messages")).toArray();
    QCOMPARE(recorded.size(), 3);
    QCOMPARE(recorded.at(2).toObject(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("receive")},
                                                     {QStringLiteral("time"), 1700000001.0},
                                                     {QStringLiteral("opcode"), 1},
                                                     {QStringLiteral("data"), QStringLiteral("abc")},
                                                     {QStringLiteral("truncated"), true},
                                                     {QStringLiteral("originalLength"), 4096}}));
    QCOMPARE(json.value(QStringLiteral("messagesNotCaptured")).toInt(), 2);

    const QJsonObject entry = HarExport::entry(json);
    QVERIFY2(checkEntry(entry).isEmpty(), qPrintable(checkEntry(entry)));
    const QJsonArray messages = entry.value(QStringLiteral("_webSocketMessages")).toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).toObject(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("send")},
                                                     {QStringLiteral("time"), 1700000000.123},
                                                     {QStringLiteral("opcode"), 1},
                                                     {QStringLiteral("data"), QStringLiteral("echo h\u00e9")}}));
    QCOMPARE(messages.at(1).toObject(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("receive")},
                                                     {QStringLiteral("time"), 1700000000.25},
                                                     {QStringLiteral("opcode"), 2},
                                                     {QStringLiteral("data"), QStringLiteral("AP9B")}}));
    QCOMPARE(QByteArray::fromBase64(messages.at(1).toObject().value(QStringLiteral("data")).toString().toLatin1()),
             QByteArray("\x00\xff\x41", 3));
    // A cut message keeps Chrome's four members and says so in HAR's custom-field style.
    const QJsonObject cut = messages.at(2).toObject();
    QCOMPARE(cut.value(QStringLiteral("data")).toString(), QStringLiteral("abc"));
    QCOMPARE(cut.value(QStringLiteral("_truncated")).toBool(), true);
    QCOMPARE(cut.value(QStringLiteral("_originalLength")).toInt(), 4096);

    // The payloads are exported once: the record copy in _airlock keeps the count, not the messages.
    const QJsonObject airlock = entry.value(QStringLiteral("_airlock")).toObject();
    QVERIFY(!airlock.contains(QStringLiteral("messages")));
    QCOMPARE(airlock.value(QStringLiteral("messagesNotCaptured")).toInt(), 2);
    const QByteArray text = QJsonDocument(HarExport::fromRecords({json})).toJson();
    QCOMPARE(text.count("AP9B"), 1);
}

void tst_HarExport::captureOffLeavesMessagesOut()
{
    RequestRecord record;
    record.kind = RequestRecord::Kind::WebSocket;
    record.httpStatus = 101;
    record.messages = {{CapturedMessage::Type::Send, 1700000000123, 1, "not recorded", false, 12}};
    const QJsonObject json = record.toJson(); // capture was off: no message members at all
    QVERIFY(!json.contains(QStringLiteral("messages")));
    QVERIFY(!json.contains(QStringLiteral("messagesNotCaptured")));
    const QJsonObject entry = HarExport::entry(json);
    QCOMPARE(entry.value(QStringLiteral("_webSocketMessages")).toArray(), QJsonArray());
}

QTEST_GUILESS_MAIN(tst_HarExport)
#include "tst_harexport.moc"
