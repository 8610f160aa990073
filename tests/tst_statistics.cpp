// ProxyService::statistics(): the counters as values after known traffic, the Prometheus text and JSON
// rendered from them, and statisticsChanged carrying them.
#include "EchoBackend.h"
#include "HttpBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "SessionWatch.h"

#include "observe/Metrics.h"
#include "observe/Statistics.h"
#include "service/ProxyService.h"

#include <QSignalSpy>
#include <QTest>

using namespace airlock;

class tst_Statistics : public QObject
{
    Q_OBJECT

private slots:
    void afterKnownTraffic();
    void renderingsComeFromTheStruct();
};

void tst_Statistics::afterKnownTraffic()
{
    EchoBackend ws;
    QVERIFY(ws.listen());
    HttpBackend http;
    QVERIFY(http.listen());
    ProxyService service(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/ws"), ws.url()),
                                               ProxyFixture::route(QStringLiteral("/app"), http.url())}));
    SessionWatch watch(service);
    QSignalSpy changed(&service, &ProxyService::statisticsChanged);
    QVERIFY(service.start());
    QCOMPARE(service.statistics(), Statistics());

    {
        // An HTTP exchange with a 1000-byte body each way.
        RawClient raw(service.port());
        raw.send(
            "POST /app/echo-body HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 1000\r\n\r\n" +
            QByteArray(1000, 'h'));
        QCOMPARE(RawClient::statusOf(raw.readResponse()), 200);
        QVERIFY(raw.waitForClose());
    }
    {
        // A path no route serves: 404, a permanent failure.
        RawClient raw(service.port());
        raw.send("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(RawClient::statusOf(raw.readResponse()), 404);
        QVERIFY(raw.waitForClose());
    }
    {
        // A WebSocket session with two 50-byte messages each way, closed normally by the client.
        RawClient raw(service.port());
        raw.send(RawClient::upgradeRequest("/ws"));
        QCOMPARE(RawClient::statusOf(raw.readUntil("\r\n\r\n")), 101);
        raw.clear();
        for (int i = 0; i < 2; ++i)
            raw.send(RawClient::clientFrame(0x1, QByteArray(50, 'w')));
        QCOMPARE(raw.readBytes(2 * (2 + 50)).size(), 2 * (2 + 50));
        raw.send(RawClient::clientFrame(0x8, QByteArray("\x03\xe8", 2)));
        QVERIFY(raw.waitForClose());
    }

    QTRY_COMPARE_WITH_TIMEOUT(watch.records().size(), 3, 5000);
    RequestRecord wsRecord;
    for (const RequestRecord& record : watch.records()) {
        if (record.kind == RequestRecord::Kind::WebSocket)
            wsRecord = record;
    }
    QCOMPARE(wsRecord.outcome, RequestRecord::Outcome::Closed);

    Statistics expected;
    expected.connectionsTotal = 3;
    expected.sessionsTotal = 1;
    expected.bytesFromClient = 1000 + 2 * (2 + 4 + 50) + (2 + 4 + 2);
    // The backend's close answer is its own choice of reason: taken from the record.
    expected.bytesFromBackend = 1000 + wsRecord.bytesFromBackend;
    QVERIFY(wsRecord.bytesFromBackend >= 2 * (2 + 50) + 4);
    expected.messagesFromClient = 2;
    expected.messagesFromBackend = 2;
    expected.handshakes = {
        {QStringLiteral("closed"), 1}, {QStringLiteral("forwarded"), 1}, {QStringLiteral("rejected"), 1}};
    expected.closes = {{QStringLiteral("normal"), 1}, {QStringLiteral("permanent"), 1}};
    QTRY_COMPARE_WITH_TIMEOUT(service.statistics().connectionsActive, 0, 5000);
    QCOMPARE(service.statistics(), expected);

    // The signal follows, with the same values, and never repeats itself.
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && changed.last().first().value<Statistics>() == expected, 5000);
    for (qsizetype i = 1; i < changed.size(); ++i)
        QVERIFY(changed.at(i).first().value<Statistics>() != changed.at(i - 1).first().value<Statistics>());
}

void tst_Statistics::renderingsComeFromTheStruct()
{
    Metrics metrics;
    metrics.connectionOpened();
    metrics.connectionOpened();
    metrics.connectionClosed();
    RequestRecord record;
    record.kind = RequestRecord::Kind::WebSocket;
    record.httpStatus = 101;
    record.outcome = RequestRecord::Outcome::Closed;
    record.bytesFromClient = 123;
    record.bytesFromBackend = 456;
    record.messagesFromClient = 7;
    record.messagesFromBackend = 8;
    record.classification = QStringLiteral("transient");
    metrics.observe(record);
    metrics.setBackendHealth(QStringLiteral("vm1"), 0, {});

    const Statistics s = metrics.statistics();
    QCOMPARE(s.connectionsTotal, 2);
    QCOMPARE(s.connectionsActive, 1);
    QCOMPARE(s.sessionsTotal, 1);
    QCOMPARE(s.bytesFromClient, 123);
    QCOMPARE(s.bytesFromBackend, 456);
    QCOMPARE(s.messagesFromClient, 7);
    QCOMPARE(s.messagesFromBackend, 8);
    QCOMPARE(s.handshakes.value(QStringLiteral("closed")), 1);
    QCOMPARE(s.closes.value(QStringLiteral("transient")), 1);
    QCOMPARE(s.backendUp.value(QStringLiteral("vm1")), 0);

    QCOMPARE(metrics.prometheusText(), s.prometheusText());
    QCOMPARE(metrics.toJson(), s.toJson());
    const QByteArray text = s.prometheusText();
    for (const char* line :
         {"airlock_connections_total 2\n", "airlock_connections_active 1\n", "airlock_sessions_total 1\n",
          "airlock_bytes_total{from=\"client\"} 123\n", "airlock_bytes_total{from=\"backend\"} 456\n",
          "airlock_messages_total{from=\"client\"} 7\n", "airlock_handshakes_total{outcome=\"closed\"} 1\n",
          "airlock_closes_total{classification=\"transient\"} 1\n", "airlock_backend_up{route=\"vm1\"} 0\n"})
        QVERIFY2(text.contains(line), line);
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("bytesFromBackend")).toInteger(), 456);
    QCOMPARE(json.value(QStringLiteral("handshakes")).toObject().value(QStringLiteral("closed")).toInteger(), 1);
}

QTEST_GUILESS_MAIN(tst_Statistics)
#include "tst_statistics.moc"
