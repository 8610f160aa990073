// /_airlock/metrics, /_airlock/status and /_airlock/ping on the loopback listener.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "RefusingPort.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace airlock;

namespace {

QByteArray get(quint16 port, const QByteArray& path, const QByteArray& extra = {}, const QByteArray& method = "GET")
{
    RawClient raw(port);
    raw.send(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n");
    return raw.readResponse();
}

QByteArray bodyOf(const QByteArray& response)
{
    return response.mid(response.indexOf("\r\n\r\n") + 4);
}

} // namespace

class tst_AdminEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void metricsCountSessionsAndFailures();
    void statusShowsLiveSessions();
    void notServedToBrowsers();
    void pingAnswersAllowedOrigins_data();
    void pingAnswersAllowedOrigins();
    void unknownEndpoint();

private:
    std::unique_ptr<EchoBackend> m_echo;
    std::unique_ptr<RefusingPort> m_deadPort;
    std::unique_ptr<ProxyFixture> m_proxy;
};

void tst_AdminEndpoints::init()
{
    m_echo = std::make_unique<EchoBackend>();
    QVERIFY(m_echo->listen());
    m_deadPort = std::make_unique<RefusingPort>();
    QVERIFY(m_deadPort->isValid());
    RouteConfig echo = ProxyFixture::route(QStringLiteral("/echo"), m_echo->url());
    echo.allowedOrigins = {QStringLiteral("https://console.example.com")};
    RouteConfig down = ProxyFixture::route(QStringLiteral("/down"),
                                           QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_deadPort->port())));
    down.allowedOrigins = echo.allowedOrigins;
    m_proxy = std::make_unique<ProxyFixture>(ProxyFixture::config({echo, down}));
    QVERIFY(m_proxy->start());
}

void tst_AdminEndpoints::cleanup()
{
    m_proxy.reset();
    m_echo.reset();
    m_deadPort.reset();
}

void tst_AdminEndpoints::metricsCountSessionsAndFailures()
{
    {
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        QSignalSpy message(&client, &QWebSocket::textMessageReceived);
        QSignalSpy disconnected(&client, &QWebSocket::disconnected);
        client.open(m_proxy->wsUrl(QStringLiteral("/echo")));
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 5000);
        client.sendTextMessage(QStringLiteral("hello"));
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 5000);
        client.close();
        QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    }
    QCOMPARE(RawClient::statusOf(get(m_proxy->port(), "/down",
                                     "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                     "Sec-WebSocket-Version: 13\r\n")),
             502);
    QVERIFY(m_proxy->waitForRecords(2));

    const QByteArray response = get(m_proxy->port(), "/_airlock/metrics");
    QCOMPARE(RawClient::statusOf(response), 200);
    QVERIFY(response.contains("Content-Type: text/plain; version=0.0.4"));
    const QByteArray text = bodyOf(response);
    QVERIFY2(text.contains("\nairlock_sessions_total 1\n"), text.constData());
    QVERIFY(text.contains("\nairlock_sessions_active 0\n"));
    QVERIFY(text.contains("airlock_handshakes_total{outcome=\"closed\"} 1\n"));
    QVERIFY(text.contains("airlock_handshakes_total{outcome=\"upstream_failed\"} 1\n"));
    QVERIFY(text.contains("airlock_upstream_failures_total{reason=\"connect_refused\"} 1\n"));
    QVERIFY(text.contains("airlock_closes_total{classification=\"normal\"} 1\n"));
    QVERIFY(text.contains("airlock_messages_total{from=\"client\"} 1\n"));
    QVERIFY(text.contains("# TYPE airlock_connections_active gauge\n"));
}

void tst_AdminEndpoints::statusShowsLiveSessions()
{
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(m_proxy->wsUrl(QStringLiteral("/echo")));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 5000);
    const QByteArray response = get(m_proxy->port(), "/_airlock/status");
    QCOMPARE(RawClient::statusOf(response), 200);
    const QJsonObject status = QJsonDocument::fromJson(bodyOf(response)).object();
    QCOMPARE(status.value(QStringLiteral("sessionsActive")).toInt(), 1);
    QCOMPARE(status.value(QStringLiteral("routes")).toArray().size(), 2);
    QCOMPARE(status.value(QStringLiteral("routes")).toArray().at(0).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/echo"));
}

void tst_AdminEndpoints::notServedToBrowsers()
{
    for (const QByteArray& path : {QByteArray("/_airlock/metrics"), QByteArray("/_airlock/status")}) {
        const QByteArray response = get(m_proxy->port(), path, "Origin: https://console.example.com\r\n");
        QCOMPARE(RawClient::statusOf(response), 403);
        QVERIFY(!response.contains("airlock_"));
    }
    // And the Host check still guards them (DNS rebinding).
    RawClient raw(m_proxy->port());
    raw.send("GET /_airlock/metrics HTTP/1.1\r\nHost: evil.example\r\n\r\n");
    QCOMPARE(RawClient::statusOf(raw.readResponse()), 421);
}

void tst_AdminEndpoints::pingAnswersAllowedOrigins_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("mustContain");

    QTest::newRow("allowed origin") << QByteArray("GET") << QByteArray("Origin: https://console.example.com\r\n") << 200
                                    << QByteArray("Access-Control-Allow-Origin: https://console.example.com\r\n");
    QTest::newRow("other origin") << QByteArray("GET") << QByteArray("Origin: https://evil.example\r\n") << 403
                                  << QByteArray("not allowed");
    QTest::newRow("preflight with private network")
        << QByteArray("OPTIONS")
        << QByteArray("Origin: https://console.example.com\r\nAccess-Control-Request-Method: GET\r\n"
                      "Access-Control-Request-Private-Network: true\r\n")
        << 204 << QByteArray("Access-Control-Allow-Private-Network: true\r\n");
    QTest::newRow("no origin") << QByteArray("GET") << QByteArray() << 200 << QByteArray("airlock\n");
}

void tst_AdminEndpoints::pingAnswersAllowedOrigins()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, mustContain);
    const QByteArray response = get(m_proxy->port(), "/_airlock/ping", headers, method);
    QTEST(RawClient::statusOf(response), "status");
    QVERIFY2(response.contains(mustContain), response.constData());
}

void tst_AdminEndpoints::unknownEndpoint()
{
    QCOMPARE(RawClient::statusOf(get(m_proxy->port(), "/_airlock/secrets")), 404);
}

QTEST_GUILESS_MAIN(tst_AdminEndpoints)
#include "tst_adminendpoints.moc"
