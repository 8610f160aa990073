#include "http/HttpHeadParser.h"
#include "proxy/Refusal.h"
#include "ws/FrameBuilder.h"
#include "ws/Handshake.h"

#include <QTest>

using namespace airlock;

// The bytes a refusal writes to the client and what it leaves in the record: no sockets.
class tst_Refusal : public QObject
{
    Q_OBJECT

private slots:
    void answerHttp_data();
    void answerHttp();
    void answerWithClose_data();
    void answerWithClose();
    void canCloseVisibly_data();
    void canCloseVisibly();
    void refusedUpgradeCode_data();
    void refusedUpgradeCode();
    void clientDetail_data();
    void clientDetail();
};

namespace {

HttpHead request(const QByteArray& method, const QByteArray& protocols = {})
{
    HttpHead r;
    r.method = method;
    r.target = "/vm1/";
    r.headers.append("Host", "127.0.0.1");
    r.headers.append("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
    if (!protocols.isEmpty())
        r.headers.append("Sec-WebSocket-Protocol", protocols);
    return r;
}

} // namespace

void tst_Refusal::answerHttp_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<FailureReason>("reason");
    QTest::addColumn<QByteArray>("requestId");
    QTest::addColumn<bool>("hasBody");

    QTest::newRow("GET 404 no-route") << QByteArray("GET") << 404 << FailureReason::NoRoute << QByteArray("r-1")
                                      << true;
    QTest::newRow("HEAD 404 no-route") << QByteArray("HEAD") << 404 << FailureReason::NoRoute << QByteArray() << false;
    QTest::newRow("GET 502 no request id")
        << QByteArray("GET") << 502 << FailureReason::BackendRefusedUpgrade << QByteArray() << true;
    QTest::newRow("POST 503 shutdown") << QByteArray("POST") << 503 << FailureReason::Shutdown << QByteArray("x")
                                       << true;
}

void tst_Refusal::answerHttp()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(FailureReason, reason);
    QFETCH(QByteArray, requestId);
    QFETCH(bool, hasBody);

    RequestRecord record;
    record.failureReason = reason;
    record.requestId = requestId;
    const QString detail = QStringLiteral("no route for /vm1/");
    const QByteArray bytes = Refusal::answerHttp(request(method), status, detail, record);

    const QByteArray body = detail.toUtf8() + '\n';
    const QByteArray head = Refusal::httpAnswer(status, reason, body.size(), requestId).serialize();
    QCOMPARE(bytes, hasBody ? head + body : head);
    QVERIFY(bytes.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')));
    QVERIFY(bytes.contains(QByteArray("X-Airlock-Error: " + failure::id(reason).toLatin1() + "\r\n")));
    QCOMPARE(bytes.contains("X-Request-Id: "), !requestId.isEmpty());
    QCOMPARE(record.clientResponseHead, head);
    QCOMPARE(record.httpStatus, status);
    QVERIFY(record.clientResponseAt > 0);
    QCOMPARE(record.kind, RequestRecord::Kind::Http);
}

void tst_Refusal::answerWithClose_data()
{
    QTest::addColumn<QByteArray>("protocols");
    QTest::addColumn<quint16>("code");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QByteArray>("subprotocol");
    QTest::addColumn<QByteArray>("closeReason");

    QTest::newRow("no offer, 4404") << QByteArray() << quint16(4404) << QStringLiteral("no route for /x/")
                                    << QByteArray() << QByteArray("no route for /x/");
    QTest::newRow("first of two offers, 4403")
        << QByteArray("tty, binary") << quint16(4403) << QStringLiteral("origin not allowed") << QByteArray("tty")
        << QByteArray("origin not allowed");
    QTest::newRow("long reason cut to 123 bytes, 1014")
        << QByteArray("v1") << quint16(1014) << QString(200, QLatin1Char('x')) << QByteArray("v1")
        << QByteArray(123, 'x');
}

void tst_Refusal::answerWithClose()
{
    QFETCH(QByteArray, protocols);
    QFETCH(quint16, code);
    QFETCH(QString, detail);
    QFETCH(QByteArray, subprotocol);
    QFETCH(QByteArray, closeReason);

    RequestRecord record;
    record.failureReason = FailureReason::NoRoute;
    const QByteArray bytes = Refusal::answerWithClose(request("GET", protocols), code, detail, record);

    const QByteArray frame = FrameBuilder::closeFrame(code, closeReason, false);
    QVERIFY(bytes.startsWith("HTTP/1.1 101 "));
    QVERIFY(bytes.endsWith(QByteArray("\r\n\r\n" + frame)));
    QVERIFY(bytes.contains(
        QByteArray("Sec-WebSocket-Accept: " + Handshake::acceptKey("dGhlIHNhbXBsZSBub25jZQ==") + "\r\n")));
    QVERIFY(bytes.contains(QByteArray("X-Airlock-Error: " + failure::id(FailureReason::NoRoute).toLatin1() + "\r\n")));
    QCOMPARE(bytes.contains("Sec-WebSocket-Protocol: "), !subprotocol.isEmpty());
    QCOMPARE(record.clientResponseHead, bytes.left(bytes.size() - frame.size()));
    QCOMPARE(record.kind, RequestRecord::Kind::WebSocket);
    QCOMPARE(record.httpStatus, 101);
    QCOMPARE(record.subprotocol, subprotocol);
    QCOMPARE(record.closeCode, int(code));
    QCOMPARE(record.closeReason, closeReason);
    QCOMPARE(record.closeSide, RequestRecord::Side::Airlock);
    QVERIFY(record.subprotocolNote.contains(QString::number(code)));
    QVERIFY(record.clientResponseAt > 0);
}

void tst_Refusal::canCloseVisibly_data()
{
    QTest::addColumn<QByteArray>("head"); // without the final empty line
    QTest::addColumn<bool>("routeAllows");
    QTest::addColumn<bool>("visible");

    const QByteArray upgrade = "GET /vm1/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                               "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    const QByteArray origin = "Origin: https://console.example.com\r\n";
    QTest::newRow("browser upgrade") << QByteArray(upgrade + origin) << true << true;
    QTest::newRow("browser upgrade, route turned it off") << QByteArray(upgrade + origin) << false << false;
    QTest::newRow("upgrade without Origin") << upgrade << true << false;
    QTest::newRow("browser upgrade with version 8")
        << QByteArray(upgrade + origin).replace("Version: 13", "Version: 8") << true << false;
    QTest::newRow("plain GET with Origin")
        << QByteArray("GET /vm1/ HTTP/1.1\r\nHost: 127.0.0.1\r\n" + origin) << true << false;
    QTest::newRow("no request read") << QByteArray() << true << false;
}

void tst_Refusal::canCloseVisibly()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, routeAllows);
    QFETCH(bool, visible);

    HttpHead request;
    if (!head.isEmpty()) {
        HttpHeadParser parser(HttpHeadParser::Kind::Request);
        parser.feed(QByteArray(head + "\r\n"));
        QVERIFY(parser.isComplete());
        request = parser.head();
    }
    QCOMPARE(Refusal::canCloseVisibly(request, routeAllows), visible);
}

void tst_Refusal::refusedUpgradeCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<quint16>("code");

    for (const int status : {400, 401, 403, 404, 500, 503, 599})
        QTest::newRow(QByteArray::number(status).constData()) << status << quint16(4000 + status);
    QTest::newRow("600") << 600 << quint16(1014);
    QTest::newRow("999") << 999 << quint16(1014);
}

void tst_Refusal::refusedUpgradeCode()
{
    QFETCH(int, status);
    QFETCH(quint16, code);
    QCOMPARE(Refusal::refusedUpgradeCode(status), code);
}

void tst_Refusal::clientDetail_data()
{
    QTest::addColumn<FailureReason>("reason");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");

    const QString origin = QStringLiteral("origin https://evil.example is not allowed on route vm1-terminal");
    QTest::newRow("origin refused: no route name")
        << FailureReason::OriginNotAllowed << origin << QStringLiteral("origin https://evil.example is not allowed");
    const QString noRoute = QStringLiteral("no route for path /vm1/");
    QTest::newRow("no route: as it is") << FailureReason::NoRoute << noRoute << noRoute;
    const QString bridge =
        QStringLiteral("route b bridges to TCP and speaks \"binary\"; the client offered only \"x\"");
    QTest::newRow("bridge subprotocol: as it is") << FailureReason::BridgeSubprotocol << bridge << bridge;
}

// The body of a plain refusal and the reason of a browser-visible one say the same; the record keeps the detail.
void tst_Refusal::clientDetail()
{
    QFETCH(FailureReason, reason);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    HttpHead r = request("GET");
    r.headers.append("Origin", "https://evil.example");
    QCOMPARE(Refusal::clientDetail(r, reason, detail), expected);

    RequestRecord record;
    record.failureReason = reason;
    record.failureDetail = detail;
    const QByteArray http = Refusal::answerHttp(r, 403, detail, record);
    QVERIFY2(http.endsWith(QByteArray("\r\n\r\n" + expected.toUtf8() + '\n')), http.constData());
    QCOMPARE(record.failureDetail, detail);

    RequestRecord closed;
    closed.failureReason = reason;
    const QByteArray bytes = Refusal::answerWithClose(r, 4403, detail, closed);
    QVERIFY(bytes.endsWith(FrameBuilder::closeFrame(4403, expected.toUtf8(), false)));
    QCOMPARE(closed.closeReason, expected.toUtf8());
}

QTEST_GUILESS_MAIN(tst_Refusal)
#include "tst_refusal.moc"
