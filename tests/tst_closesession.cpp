// ProxyService::closeSession on each kind of session: a WebSocket gets close frames with the code and
// reason on both legs, a bridge closes the client and ends its TCP leg, an HTTP connection closes after its
// exchange (at once when idle); the record says Airlock closed, with the code.
#include "EchoBackend.h"
#include "HttpBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "SessionWatch.h"
#include "TcpEchoBackend.h"

#include "observe/SessionSnapshot.h"
#include "service/ProxyService.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace airlock;

namespace {

bool openClient(QWebSocket& client, const ProxyService& service, const QString& path)
{
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(service.port()).arg(path)));
    return connected.wait(5000);
}

} // namespace

class tst_CloseSession : public QObject
{
    Q_OBJECT

private slots:
    void webSocket_data();
    void webSocket();
    void bridge();
    void httpIdle();
    void httpAfterTheExchange();
    void refusedCodes_data();
    void refusedCodes();
};

void tst_CloseSession::webSocket_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("expectedCode");

    QTest::newRow("default 1001") << 0 << QString() << 1001;
    QTest::newRow("4000 closed by user") << 4000 << QStringLiteral("closed by user") << 4000;
    QTest::newRow("1000 done") << 1000 << QStringLiteral("done") << 1000;
}

void tst_CloseSession::webSocket()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(int, expectedCode);

    EchoBackend backend;
    QVERIFY(backend.listen());
    ProxyService service(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/ws"), backend.url())}));
    SessionWatch watch(service);
    QVERIFY(service.start());
    QWebSocket client;
    QVERIFY(openClient(client, service, QStringLiteral("/ws")));
    const quint64 id = watch.waitForOpen(SessionSnapshot::Kind::WebSocket);
    QVERIFY(id != 0);

    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QVERIFY(code == 0 ? service.closeSession(id) : service.closeSession(id, quint16(code), reason));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(client.closeCode()), expectedCode);
    QCOMPARE(client.closeReason(), reason);
    // The backend got the same close frame.
    QTRY_COMPARE_WITH_TIMEOUT(backend.closes(), 1, 5000);
    QCOMPARE(int(backend.lastCloseCode()), expectedCode);
    QCOMPARE(backend.lastCloseReason(), reason);

    RequestRecord record;
    QVERIFY(watch.waitForRecord(id, &record));
    QCOMPARE(record.closeSide, RequestRecord::Side::Airlock);
    QCOMPARE(record.closeCode, expectedCode);
    QCOMPARE(record.closeReason, reason.toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(watch.endedCount(id), 1, 5000);
}

void tst_CloseSession::bridge()
{
    TcpEchoBackend backend;
    QVERIFY(backend.listen());
    ProxyService service(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/tcp"), backend.url())}));
    SessionWatch watch(service);
    QVERIFY(service.start());
    QWebSocket client;
    QVERIFY(openClient(client, service, QStringLiteral("/tcp")));
    QTRY_COMPARE_WITH_TIMEOUT(backend.connections(), 1, 5000);
    const quint64 id = watch.waitForOpen(SessionSnapshot::Kind::Bridge);
    QVERIFY(id != 0);

    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QVERIFY(service.closeSession(id, 4001, QStringLiteral("bridge closed")));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(client.closeCode()), 4001);
    QCOMPARE(client.closeReason(), QStringLiteral("bridge closed"));
    QTRY_VERIFY_WITH_TIMEOUT(backend.peerClosed(), 5000);

    RequestRecord record;
    QVERIFY(watch.waitForRecord(id, &record));
    QCOMPARE(record.closeSide, RequestRecord::Side::Airlock);
    QCOMPARE(record.closeCode, 4001);
    QTRY_COMPARE_WITH_TIMEOUT(watch.endedCount(id), 1, 5000);
}

void tst_CloseSession::httpIdle()
{
    HttpBackend backend;
    QVERIFY(backend.listen());
    ProxyService service(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/app"), backend.url())}));
    SessionWatch watch(service);
    QVERIFY(service.start());
    RawClient raw(service.port());
    raw.send("GET /app/one HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 200);
    QVERIFY(!response.toLower().contains("connection: close"));
    const quint64 id = watch.waitForOpen(SessionSnapshot::Kind::Http);
    QVERIFY(id != 0);
    QTRY_COMPARE_WITH_TIMEOUT(watch.latest(id).state, SessionSnapshot::State::Idle, 5000);

    QVERIFY(service.closeSession(id));
    QVERIFY(raw.waitForClose(5000));
    QTRY_COMPARE_WITH_TIMEOUT(watch.endedCount(id), 1, 5000);
}

// A request whose body is still coming: the exchange completes, its answer says Connection: close, and the
// connection closes after it.
void tst_CloseSession::httpAfterTheExchange()
{
    HttpBackend backend;
    QVERIFY(backend.listen());
    ProxyService service(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/app"), backend.url())}));
    SessionWatch watch(service);
    QVERIFY(service.start());
    RawClient raw(service.port());
    raw.send("POST /app/echo-body HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000\r\n\r\n" + QByteArray(1000, 'a'));
    const quint64 id = watch.waitForOpen(SessionSnapshot::Kind::Http);
    QVERIFY(id != 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        watch.latest(id).state == SessionSnapshot::State::Open && watch.latest(id).bytesFromClient == 1000, 5000);

    QVERIFY(service.closeSession(id));
    // The session shows that its end has begun once the request has reached it.
    QTRY_COMPARE_WITH_TIMEOUT(watch.latest(id).state, SessionSnapshot::State::Closing, 5000);
    raw.send(QByteArray(1000, 'b'));
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 200);
    QVERIFY(response.endsWith(QByteArray(QByteArray(1000, 'a') + QByteArray(1000, 'b'))));
    QVERIFY(response.toLower().contains("\r\nconnection: close\r\n"));
    QVERIFY(raw.waitForClose(5000));
    RequestRecord record;
    QVERIFY(watch.waitForRecord(id, &record));
    QCOMPARE(record.outcome, RequestRecord::Outcome::Forwarded);
    QTRY_COMPARE_WITH_TIMEOUT(watch.endedCount(id), 1, 5000);
}

void tst_CloseSession::refusedCodes_data()
{
    QTest::addColumn<int>("code");
    for (int code : {1005, 1006, 1015, 999, 5000})
        QTest::newRow(QByteArray::number(code).constData()) << code;
}

void tst_CloseSession::refusedCodes()
{
    QFETCH(int, code);
    EchoBackend backend;
    QVERIFY(backend.listen());
    ProxyService service(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/ws"), backend.url())}));
    SessionWatch watch(service);
    QVERIFY(!service.closeSession(1, 1001)); // not running
    QVERIFY(service.start());
    QWebSocket client;
    QVERIFY(openClient(client, service, QStringLiteral("/ws")));
    const quint64 id = watch.waitForOpen(SessionSnapshot::Kind::WebSocket);
    QVERIFY(id != 0);
    QVERIFY(!service.closeSession(id, quint16(code)));
    QSignalSpy echoed(&client, &QWebSocket::textMessageReceived);
    client.sendTextMessage(QStringLiteral("still open"));
    QVERIFY(echoed.wait(5000));
}

QTEST_GUILESS_MAIN(tst_CloseSession)
#include "tst_closesession.moc"
