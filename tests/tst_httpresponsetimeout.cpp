// timeouts.upgradeMs also bounds the wait for a plain HTTP response head: a backend that accepts the
// request and never answers (or stops in the middle of its head) gives the client 504 with the reason.
#include "ProxyFixture.h"
#include "RawClient.h"
#include "ScriptedBackend.h"

#include <QTest>

using namespace airlock;

class tst_HttpResponseTimeout : public QObject
{
    Q_OBJECT

private slots:
    void responseHeadIsBounded_data();
    void responseHeadIsBounded();
};

void tst_HttpResponseTimeout::responseHeadIsBounded_data()
{
    QTest::addColumn<QByteArray>("answer"); // what the backend writes before it goes silent
    QTest::addColumn<int>("requests");      // requests on the client's keep-alive connection; the last stalls

    QTest::newRow("silent backend") << QByteArray() << 1;
    QTest::newRow("half a response head") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << 1;
    QTest::newRow("second request on a keep-alive connection") << QByteArray() << 2;
}

void tst_HttpResponseTimeout::responseHeadIsBounded()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, requests);

    int answered = 0;
    ScriptedBackend backend([&](QTcpSocket* s, const HttpHead&) {
        // The first connection answers its first request when a second one follows (which then stalls on
        // the kept-alive connection, or gets `answer` on a new one); otherwise `answer` and then nothing.
        if (++answered < requests)
            s->write(ScriptedBackend::response(200, "OK", "fine\n"));
        else
            s->write(answer);
    });
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/page"), backend.url(QStringLiteral("http")));
    route.timeouts.upgradeMs = 300;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    RawClient client(proxy.port());
    for (int i = 1; i < requests; ++i) {
        client.send("GET /page/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(RawClient::statusOf(client.readResponse()), 200);
        client.clear();
    }
    client.send("GET /page/stalls HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray response = client.readResponse(10000);
    QCOMPARE(RawClient::statusOf(response), 504);
    QVERIFY2(response.contains("X-Airlock-Error: response_timeout\r\n"), response.constData());
    QVERIFY(!response.contains("Content-Le\r\n"));
    QVERIFY(answered >= 1);

    QVERIFY(proxy.waitForRecords(requests));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.kind, RequestRecord::Kind::Http);
    QCOMPARE(record.httpStatus, 504);
    QCOMPARE(failure::id(record.failureReason), QStringLiteral("response_timeout"));
    QCOMPARE(record.failureDetail, QStringLiteral("backend did not answer within 300 ms"));
}

QTEST_GUILESS_MAIN(tst_HttpResponseTimeout)
#include "tst_httpresponsetimeout.moc"
