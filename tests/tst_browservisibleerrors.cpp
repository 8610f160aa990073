// Incident 3: a browser cannot read the HTTP status of a failed upgrade, only a close code and reason.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "RefusingPort.h"
#include "ScriptedBackend.h"

#include <QTest>

using namespace airlock;

namespace {

const QByteArray kBrowser = "Origin: https://console.example.com\r\n";

struct Answer
{
    int status = 0;
    QByteArray head;
    quint16 closeCode = 0;
    QByteArray closeReason;
};

Answer upgrade(quint16 port, const QByteArray& path, const QByteArray& extra)
{
    RawClient raw(port);
    raw.send(RawClient::upgradeRequest(path, extra));
    Answer a;
    QByteArray all = raw.readResponse();
    a.status = RawClient::statusOf(all);
    if (a.status == 101) {
        raw.waitForClose();
        all = raw.received();
        RawClient::findCloseFrame(all, &a.closeCode, &a.closeReason);
    }
    a.head = all.left(all.indexOf("\r\n\r\n") + 4);
    return a;
}

} // namespace

class tst_BrowserVisibleErrors : public QObject
{
    Q_OBJECT

private slots:
    void airlockRefusals_data();
    void airlockRefusals();
    void backendStatusBecomes4000Plus_data();
    void backendStatusBecomes4000Plus();
    void upstreamFailureIs1014();
    void routeCanTurnItOff();
    void synthetic101SelectsFirstOffer();
    void routeClassifiesApplicationCodes();
};

void tst_BrowserVisibleErrors::airlockRefusals_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");

    QTest::newRow("unknown route, browser")
        << QByteArray("/missing/x") << kBrowser << 101 << 4404 << QByteArray("no route for path /missing/x");
    QTest::newRow("unknown route, no Origin") << QByteArray("/missing/x") << QByteArray() << 404 << 0 << QByteArray();

    QTest::newRow("origin not allowed") << QByteArray("/echo") << QByteArray("Origin: https://evil.example\r\n") << 101
                                        << 4403 << QByteArray("origin https://evil.example is not allowed");
}

void tst_BrowserVisibleErrors::airlockRefusals()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, extra);
    EchoBackend echo;
    QVERIFY(echo.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/echo"), echo.url());
    route.allowedOrigins = {QStringLiteral("https://console.example.com")};
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    const Answer a = upgrade(proxy.port(), path, extra);
    QTEST(a.status, "status");
    QTEST(int(a.closeCode), "code");
    QTEST(a.closeReason, "reason");
    QCOMPARE(echo.connections(), 0); // no backend was contacted
    QVERIFY(proxy.waitForRecords(1));
    if (a.status != 101) // the plain answer says why, where a browser would read the close reason
        QVERIFY2(a.head.contains("\r\nX-Airlock-Error: no_route\r\n"), a.head.constData());
    if (a.status == 101) {
        QCOMPARE(proxy.lastRecord().closeCode, int(a.closeCode));
        QCOMPARE(proxy.lastRecord().closeSide, RequestRecord::Side::Airlock);
        QCOMPARE(proxy.lastRecord().outcome, RequestRecord::Outcome::Rejected);
        QCOMPARE(proxy.lastRecord().classification, QStringLiteral("permanent"));
    }
    // The client's reason names no route; the record keeps the whole detail.
    if (a.closeCode == 4403)
        QCOMPARE(proxy.lastRecord().failureDetail,
                 QStringLiteral("origin https://evil.example is not allowed on route /echo"));
}

void tst_BrowserVisibleErrors::backendStatusBecomes4000Plus_data()
{
    QTest::addColumn<int>("backendStatus");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("404 session unknown") << 404 << QByteArray("Not Found");
    QTest::newRow("401 unauthorized") << 401 << QByteArray("Unauthorized");
    QTest::newRow("403 forbidden") << 403 << QByteArray("Forbidden");
    QTest::newRow("503 unavailable") << 503 << QByteArray("Service Unavailable");
}

void tst_BrowserVisibleErrors::backendStatusBecomes4000Plus()
{
    QFETCH(int, backendStatus);
    QFETCH(QByteArray, reason);
    ScriptedBackend backend([&](QTcpSocket* socket, const HttpHead&) {
        socket->write(ScriptedBackend::response(backendStatus, reason, "no\n"));
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/s"), backend.url())}));
    QVERIFY(proxy.start());

    const Answer browser = upgrade(proxy.port(), "/s", kBrowser);
    QCOMPARE(browser.status, 101);
    QCOMPARE(int(browser.closeCode), 4000 + backendStatus);
    QCOMPARE(browser.closeReason, QByteArray("backend answered " + QByteArray::number(backendStatus) + ' ' + reason));

    // A client without Origin keeps the real answer.
    const Answer node = upgrade(proxy.port(), "/s", {});
    QCOMPARE(node.status, backendStatus);
}

void tst_BrowserVisibleErrors::upstreamFailureIs1014()
{
    const RefusingPort deadPort;
    QVERIFY(deadPort.isValid());
    ScriptedBackend silent([](QTcpSocket*, const HttpHead&) {});
    QVERIFY(silent.listen());
    RouteConfig down =
        ProxyFixture::route(QStringLiteral("/down"), QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(deadPort.port())));
    RouteConfig slow = ProxyFixture::route(QStringLiteral("/slow"), silent.url());
    slow.timeouts.upgradeMs = 300;
    ProxyFixture proxy(ProxyFixture::config({down, slow}));
    QVERIFY(proxy.start());

    const Answer refused = upgrade(proxy.port(), "/down", kBrowser);
    QCOMPARE(refused.status, 101);
    QCOMPARE(int(refused.closeCode), 1014);
    QVERIFY2(refused.closeReason.startsWith("backend failed: "), refused.closeReason.constData());
    QVERIFY(refused.closeReason.size() <= 123);

    const Answer timedOut = upgrade(proxy.port(), "/slow", kBrowser);
    QCOMPARE(int(timedOut.closeCode), 1014);
    QVERIFY2(timedOut.closeReason.contains("did not answer the upgrade"), timedOut.closeReason.constData());

    QVERIFY(proxy.waitForRecords(2));
    QCOMPARE(proxy.records().at(0).classification, QStringLiteral("transient"));
    QCOMPARE(upgrade(proxy.port(), "/down", {}).status, 502);
    QCOMPARE(upgrade(proxy.port(), "/slow", {}).status, 504);
}

void tst_BrowserVisibleErrors::routeCanTurnItOff()
{
    ScriptedBackend backend([](QTcpSocket* socket, const HttpHead&) {
        socket->write(ScriptedBackend::response(404, "Not Found", "no\n"));
    });
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/plain"), backend.url());
    route.browserVisibleErrors = false;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    QCOMPARE(upgrade(proxy.port(), "/plain", kBrowser).status, 404);
}

void tst_BrowserVisibleErrors::synthetic101SelectsFirstOffer()
{
    ProxyFixture proxy(ProxyFixture::config({}));
    QVERIFY(proxy.start());
    const Answer a = upgrade(proxy.port(), "/gone", kBrowser + "Sec-WebSocket-Protocol: tty, binary\r\n");
    QCOMPARE(a.status, 101);
    QVERIFY2(a.head.contains("Sec-WebSocket-Protocol: tty\r\n"), a.head.constData());
    QVERIFY(a.head.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
    QCOMPARE(int(a.closeCode), 4404);
}

void tst_BrowserVisibleErrors::routeClassifiesApplicationCodes()
{
    // A backend closes with its own 4001; the route says what that means for a reconnecting client.
    ScriptedBackend backend([](QTcpSocket* socket, const HttpHead& request) {
        socket->write(ScriptedBackend::switchingProtocols(request));
        socket->write(QByteArray("\x88\x07\x0f\xa1quota", 9)); // close 4001 "quota"
        socket->disconnectFromHost();
    });
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/q"), backend.url());
    route.closeCodes.insert(4001, CloseClassification::Kind::Permanent);
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    const Answer a = upgrade(proxy.port(), "/q", kBrowser);
    QCOMPARE(int(a.closeCode), 4001);
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(proxy.lastRecord().closeCode, 4001);
    QCOMPARE(proxy.lastRecord().classification, QStringLiteral("permanent"));
}

QTEST_GUILESS_MAIN(tst_BrowserVisibleErrors)
#include "tst_browservisibleerrors.moc"
