// Live session snapshots from ProxyService: each worker posts the sessions that changed and the ids that
// ended, batched; counters match the bytes and messages sent, and every shown session ends exactly once.
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
#include <QWebSocketHandshakeOptions>

using namespace airlock;

namespace {

bool openClient(QWebSocket& client, const QUrl& url, const QByteArray& origin = {},
                const QStringList& subprotocols = {})
{
    QSignalSpy connected(&client, &QWebSocket::connected);
    QNetworkRequest request(url);
    if (!origin.isEmpty())
        request.setRawHeader("Origin", origin);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(subprotocols);
    client.open(request, options);
    return connected.wait(5000);
}

QUrl wsUrl(const ProxyService& service, const QString& path)
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(service.port()).arg(path));
}

// A masked client frame of a payload this long: header, extended length, mask key, payload.
qint64 clientFrameBytes(qint64 payload)
{
    return 2 + (payload > 125 ? 2 : 0) + 4 + payload;
}

qint64 serverFrameBytes(qint64 payload)
{
    return 2 + (payload > 125 ? 2 : 0) + payload;
}

} // namespace

class tst_LiveSessions : public QObject
{
    Q_OBJECT

private slots:
    void webSocketSession();
    void bridgeSession();
    void httpKeepAliveSession();
    void ratesFollowTheCounters();
    void endedIdsReportedOnce();
};

void tst_LiveSessions::webSocketSession()
{
    EchoBackend backend({QStringLiteral("chat")});
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/ws"), backend.url());
    route.keepalive.pingMs = 100;
    ProxyService service(ProxyFixture::config({route}));
    SessionWatch watch(service);
    QVERIFY(service.start());

    QWebSocket client;
    QVERIFY(openClient(client, wsUrl(service, QStringLiteral("/ws")), "http://page.test", {QStringLiteral("chat")}));
    QSignalSpy echoed(&client, &QWebSocket::textMessageReceived);
    const QString message(100, u'x');
    for (int i = 0; i < 3; ++i)
        client.sendTextMessage(message);
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), 3, 5000);

    const quint64 id = watch.waitForOpen(SessionSnapshot::Kind::WebSocket);
    QVERIFY(id != 0);
    // Keepalive pings go out every 100 ms; both legs answer them.
    QTRY_VERIFY_WITH_TIMEOUT(watch.latest(id).messagesFromBackend == 3 && watch.latest(id).clientRttMs >= 0 &&
                                 watch.latest(id).backendRttMs >= 0,
                             5000);
    const SessionSnapshot s = watch.latest(id);
    QCOMPARE(s.kind, SessionSnapshot::Kind::WebSocket);
    QCOMPARE(s.state, SessionSnapshot::State::Open);
    QCOMPARE(s.route, QStringLiteral("/ws"));
    QCOMPARE(s.origin, QByteArray("http://page.test"));
    QCOMPARE(s.subprotocol, QByteArray("chat"));
    QCOMPARE(s.clientAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(s.clientPort, client.localPort());
    QCOMPARE(s.messagesFromClient, 3);
    QCOMPARE(s.messagesFromBackend, 3);
    QCOMPARE(s.bytesFromClient, 3 * clientFrameBytes(100));
    QCOMPARE(s.bytesFromBackend, 3 * serverFrameBytes(100));
    QVERIFY(s.startedAt > 0);
    QVERIFY(s.lastActivityAt >= s.startedAt);
    QCOMPARE(service.sessions().size(), 1);
    QCOMPARE(service.sessions().first().id, id);

    // The record of the session carries the same id and counts.
    client.close();
    RequestRecord record;
    QVERIFY(watch.waitForRecord(id, &record));
    QCOMPARE(record.messagesFromClient, 3);
    QTRY_COMPARE_WITH_TIMEOUT(watch.endedCount(id), 1, 5000);
    QVERIFY(service.sessions().isEmpty());
}

void tst_LiveSessions::bridgeSession()
{
    TcpEchoBackend backend;
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/tcp"), backend.url());
    route.keepalive.pingMs = 100;
    ProxyService service(ProxyFixture::config({route}));
    SessionWatch watch(service);
    QVERIFY(service.start());

    QWebSocket client;
    QVERIFY(openClient(client, wsUrl(service, QStringLiteral("/tcp"))));
    QSignalSpy received(&client, &QWebSocket::binaryMessageReceived);
    qint64 receivedBytes = 0;
    connect(&client, &QWebSocket::binaryMessageReceived, this,
            [&receivedBytes](const QByteArray& data) { receivedBytes += data.size(); });
    for (int i = 0; i < 2; ++i) {
        client.sendBinaryMessage(QByteArray(1000, char('a' + i)));
        QTRY_COMPARE_WITH_TIMEOUT(receivedBytes, 1000 * (i + 1), 5000);
    }

    const quint64 id = watch.waitForOpen(SessionSnapshot::Kind::Bridge);
    QVERIFY(id != 0);
    QTRY_VERIFY_WITH_TIMEOUT(watch.latest(id).bytesFromBackend == 2000 && watch.latest(id).clientRttMs >= 0, 5000);
    const SessionSnapshot s = watch.latest(id);
    QCOMPARE(s.kind, SessionSnapshot::Kind::Bridge);
    QCOMPARE(s.state, SessionSnapshot::State::Open);
    QCOMPARE(s.route, QStringLiteral("/tcp"));
    QCOMPARE(s.messagesFromClient, 2);
    QCOMPARE(s.bytesFromClient, 2 * clientFrameBytes(1000));
    // Each TCP read goes to the client as one binary message.
    QCOMPARE(s.messagesFromBackend, qint64(received.size()));
    QCOMPARE(s.backendRttMs, -1); // the TCP leg has no pings
}

void tst_LiveSessions::httpKeepAliveSession()
{
    HttpBackend backend;
    QVERIFY(backend.listen());
    ProxyService service(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/app"), backend.url())}));
    SessionWatch watch(service);
    QVERIFY(service.start());

    RawClient raw(service.port());
    QVERIFY(raw.isConnected());
    const QList<qint64> sizes = {1000, 300};
    for (qint64 size : sizes) {
        raw.clear();
        raw.send("POST /app/echo-body HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://page.test\r\nContent-Length: " +
                 QByteArray::number(size) + "\r\n\r\n" + QByteArray(size, 'p'));
        const QByteArray response = raw.readResponse();
        QCOMPARE(RawClient::statusOf(response), 200);
        QVERIFY(response.endsWith(QByteArray(size, 'p')));
    }

    const quint64 id = watch.waitForOpen(SessionSnapshot::Kind::Http);
    QVERIFY(id != 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        watch.latest(id).messagesFromBackend == 2 && watch.latest(id).state == SessionSnapshot::State::Idle, 5000);
    const SessionSnapshot s = watch.latest(id);
    QCOMPARE(s.kind, SessionSnapshot::Kind::Http);
    QCOMPARE(s.route, QStringLiteral("/app"));
    QCOMPARE(s.origin, QByteArray("http://page.test"));
    QCOMPARE(s.messagesFromClient, 2);
    QCOMPARE(s.bytesFromClient, 1300);
    QCOMPARE(s.bytesFromBackend, 1300);
    QCOMPARE(s.clientRttMs, -1);
    QCOMPARE(s.clientPort, raw.socket().localPort());
    // One connection, one session; each exchange has its own record, the first one under the session's id.
    RequestRecord record;
    QVERIFY(watch.waitForRecord(id, &record));
    QCOMPARE(record.bytesFromClient, 1000);
    QCOMPARE(watch.shownIds(), QList<quint64>{id});
}

// A snapshot whose bytes moved since the previous one has a rate; one whose bytes stood still has none.
void tst_LiveSessions::ratesFollowTheCounters()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    ProxyService service(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/ws"), backend.url())}));
    QList<SessionSnapshot> history;
    connect(&service, &ProxyService::sessionsUpdated, this,
            [&history](const QList<SessionSnapshot>& snapshots) { history += snapshots; });
    SessionWatch watch(service);
    QVERIFY(service.start());

    QWebSocket client;
    QVERIFY(openClient(client, wsUrl(service, QStringLiteral("/ws"))));
    QSignalSpy echoed(&client, &QWebSocket::binaryMessageReceived);
    for (int i = 0; i < 3; ++i) {
        client.sendBinaryMessage(QByteArray(4000, 'r'));
        QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), i + 1, 5000);
        // Let a batch show each step.
        const int shown = int(history.size());
        QTRY_VERIFY_WITH_TIMEOUT(history.size() > shown, 5000);
    }
    // Quiet now: a last snapshot says so.
    QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty() && history.last().rateFromClient == 0 &&
                                 history.last().rateFromBackend == 0 && history.last().bytesFromBackend > 0,
                             5000);
    qint64 moved = 0;
    for (qsizetype i = 1; i < history.size(); ++i) {
        const SessionSnapshot& before = history.at(i - 1);
        const SessionSnapshot& after = history.at(i);
        QCOMPARE(after.rateFromClient > 0, after.bytesFromClient > before.bytesFromClient);
        QCOMPARE(after.rateFromBackend > 0, after.bytesFromBackend > before.bytesFromBackend);
        if (after.bytesFromClient > before.bytesFromClient) {
            ++moved;
            QVERIFY(after.lastActivityAt > before.lastActivityAt);
        } else {
            QCOMPARE(after.lastActivityAt, before.lastActivityAt);
        }
    }
    QVERIFY(moved >= 2);
}

void tst_LiveSessions::endedIdsReportedOnce()
{
    EchoBackend ws;
    QVERIFY(ws.listen());
    HttpBackend http;
    QVERIFY(http.listen());
    ProxyService service(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/ws"), ws.url()),
                                               ProxyFixture::route(QStringLiteral("/app"), http.url())}));
    SessionWatch watch(service);
    QVERIFY(service.start());

    // Two WebSocket sessions and one HTTP connection, shown, then ended one after the other; a fourth
    // session is still open when the service stops.
    QWebSocket first;
    QWebSocket second;
    QWebSocket last;
    QVERIFY(openClient(first, wsUrl(service, QStringLiteral("/ws"))));
    QVERIFY(openClient(second, wsUrl(service, QStringLiteral("/ws"))));
    auto raw = std::make_unique<RawClient>(service.port());
    raw->send("GET /app/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(RawClient::statusOf(raw->readResponse()), 200);
    QTRY_COMPARE_WITH_TIMEOUT(watch.open().size(), 3, 5000);

    first.close();
    QTRY_COMPARE_WITH_TIMEOUT(watch.open().size(), 2, 5000);
    raw.reset();
    QTRY_COMPARE_WITH_TIMEOUT(watch.open().size(), 1, 5000);
    second.close();
    QTRY_COMPARE_WITH_TIMEOUT(watch.open().size(), 0, 5000);
    QCOMPARE(watch.endedIds().size(), 3);

    QVERIFY(openClient(last, wsUrl(service, QStringLiteral("/ws"))));
    QTRY_COMPARE_WITH_TIMEOUT(watch.open().size(), 1, 5000);
    QSignalSpy stopped(&service, &ProxyService::stopped);
    service.stop(100);
    QVERIFY(stopped.wait(10000));

    QCOMPARE(watch.shownIds().size(), 4);
    for (quint64 id : watch.shownIds())
        QCOMPARE(watch.endedCount(id), 1);
    QVERIFY(watch.open().isEmpty());
    QVERIFY(service.sessions().isEmpty());
}

QTEST_GUILESS_MAIN(tst_LiveSessions)
#include "tst_livesessions.moc"
