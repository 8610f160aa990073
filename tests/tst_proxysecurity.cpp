// Every bad input gets its status, no backend is contacted, and the proxy goes on serving.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"

#include "observe/HarExport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <memory>
#include <vector>

using namespace airlock;

class tst_ProxySecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusals_data();
    void refusals();
    void slowHeadGets408();
    void silentConnectionClosesQuietly();
    void sessionLimitGets503();
    void handshakeRateLimit();
    void secretsAreRedactedInRecords();
    void injectedHeadersReplaceClientCredentials();
    void queryTokensAreRedactedInRecords();

private:
    std::unique_ptr<EchoBackend> m_echo;
    std::unique_ptr<ProxyFixture> m_proxy;
};

void tst_ProxySecurity::initTestCase()
{
    m_echo = std::make_unique<EchoBackend>(QStringList{QStringLiteral("tty")});
    QVERIFY(m_echo->listen());
    RouteConfig echo = ProxyFixture::route(QStringLiteral("/echo"), m_echo->url());
    echo.allowedOrigins = {QStringLiteral("https://console.example.com"), QStringLiteral("http://localhost:*")};
    Config config = ProxyFixture::config({echo});
    config.listen.hostAliases = {QStringLiteral("airlock.test")};
    config.limits.maxHeaderBytes = 4096;
    config.limits.maxRequestLineBytes = 1024;
    m_proxy = std::make_unique<ProxyFixture>(config);
    QVERIFY(m_proxy->start());
}

void tst_ProxySecurity::cleanupTestCase()
{
    m_proxy.reset();
    m_echo.reset();
}

void tst_ProxySecurity::refusals_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");

    const QByteArray up = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                          "Sec-WebSocket-Version: 13\r\n";
    QTest::newRow("unknown route") << QByteArray("GET /nope HTTP/1.1\r\nHost: 127.0.0.1\r\n" + up + "\r\n") << 404
                                   << QByteArray("no_route");
    QTest::newRow("prefix is not a segment")
        << QByteArray("GET /echox HTTP/1.1\r\nHost: 127.0.0.1\r\n" + up + "\r\n") << 404 << QByteArray("no_route");
    QTest::newRow("dot-dot escape") << QByteArray("GET /echo/../admin HTTP/1.1\r\nHost: 127.0.0.1\r\n" + up + "\r\n")
                                    << 400 << QByteArray("bad_target");
    QTest::newRow("encoded dot-dot escape")
        << QByteArray("GET /echo/%2e%2e/admin HTTP/1.1\r\nHost: 127.0.0.1\r\n" + up + "\r\n") << 400
        << QByteArray("bad_target");
    QTest::newRow("absolute-form target") << QByteArray("GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\n\r\n")
                                          << 400 << QByteArray("absolute_target_refused");
    QTest::newRow("client CONNECT") << QByteArray("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n")
                                    << 405 << QByteArray("client_connect_refused");
    QTest::newRow("rebinding Host") << QByteArray("GET /echo HTTP/1.1\r\nHost: evil.example:8765\r\n" + up + "\r\n")
                                    << 421 << QByteArray("host_not_allowed");
    QTest::newRow("missing Host") << QByteArray("GET /echo HTTP/1.1\r\n" + up + "\r\n") << 400
                                  << QByteArray("bad_host");
    QTest::newRow("two Host headers") << QByteArray("GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: localhost\r\n" +
                                                    up + "\r\n")
                                      << 400 << QByteArray("bad_host");
    // A browser's upgrade gets these as close codes instead (tst_browservisibleerrors); plain requests don't.
    QTest::newRow("origin not allowed (plain request)")
        << QByteArray("GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://evil.example\r\n\r\n") << 403
        << QByteArray("origin_not_allowed");
    QTest::newRow("malformed request line") << QByteArray("GET /echo\r\n\r\n") << 400 << QByteArray("bad_request_head");
    QTest::newRow("request line too long")
        << QByteArray("GET /echo/" + QByteArray(2000, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 414
        << QByteArray("request_line_too_long");
    QTest::newRow("head too large") << QByteArray("GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " +
                                                  QByteArray(5000, 'a') + "\r\n\r\n")
                                    << 431 << QByteArray("head_too_large");
    QTest::newRow("wrong WebSocket version")
        << QByteArray("GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 8\r\n\r\n")
        << 426 << QByteArray("bad_upgrade");
    QTest::newRow("bad WebSocket key")
        << QByteArray("GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Key: short\r\nSec-WebSocket-Version: 13\r\n\r\n")
        << 400 << QByteArray("bad_upgrade");
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505
                                    << QByteArray("bad_request_head");
}

void tst_ProxySecurity::refusals()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    const int before = m_echo->connections();
    const int recordsBefore = int(m_proxy->records().size());
    RawClient raw(m_proxy->port());
    raw.send(request);
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), status);
    QVERIFY2(response.contains(QByteArray("X-Airlock-Error: " + reason + "\r\n")), response.constData());
    QVERIFY(response.contains("Connection: close\r\n"));
    QVERIFY(raw.waitForClose());
    QCOMPARE(m_echo->connections(), before); // no backend was contacted
    // The record says which check refused (records of earlier rows' sessions may still be arriving).
    const auto refusalRecorded = [&] {
        const QList<RequestRecord> records = m_proxy->records();
        for (qsizetype i = recordsBefore; i < records.size(); ++i) {
            if (failure::id(records[i].failureReason) == QString::fromLatin1(reason) &&
                records[i].httpStatus == status && records[i].outcome == RequestRecord::Outcome::Rejected)
                return true;
        }
        return false;
    };
    QVERIFY(m_proxy->waitForRecords(recordsBefore + 1));
    QTRY_VERIFY_WITH_TIMEOUT(refusalRecorded(), 5000);

    // And the next client is served normally.
    RawClient next(m_proxy->port());
    next.send(RawClient::upgradeRequest("/echo", "Origin: http://localhost:3000\r\n"));
    QVERIFY(next.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
}

void tst_ProxySecurity::slowHeadGets408()
{
    Config config = ProxyFixture::config({ProxyFixture::route(QStringLiteral("/echo"), m_echo->url())});
    config.limits.headTimeoutMs = 200;
    ProxyFixture proxy(config);
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send("GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // never finished
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 408);
    QVERIFY(raw.waitForClose());
}

void tst_ProxySecurity::silentConnectionClosesQuietly()
{
    Config config = ProxyFixture::config({ProxyFixture::route(QStringLiteral("/echo"), m_echo->url())});
    config.limits.headTimeoutMs = 200;
    ProxyFixture proxy(config);
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    QVERIFY(raw.waitForClose());
    QVERIFY(raw.received().isEmpty());
}

void tst_ProxySecurity::sessionLimitGets503()
{
    Config config = ProxyFixture::config({ProxyFixture::route(QStringLiteral("/echo"), m_echo->url())});
    config.limits.maxSessions = 1;
    ProxyFixture proxy(config);
    QVERIFY(proxy.start());
    RawClient first(proxy.port());
    first.send(RawClient::upgradeRequest("/echo"));
    QVERIFY(first.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    RawClient second(proxy.port());
    const QByteArray response = second.readResponse();
    QCOMPARE(RawClient::statusOf(response), 503);
    QVERIFY(response.contains("Retry-After: 1\r\n"));
}

void tst_ProxySecurity::handshakeRateLimit()
{
    // Ten upgrades sent together (none waits for another's answer) against a bucket of 2 per second.
    Config config = ProxyFixture::config({ProxyFixture::route(QStringLiteral("/echo"), m_echo->url())});
    config.limits.handshakesPerSecond = 2;
    ProxyFixture proxy(config);
    QVERIFY(proxy.start());
    constexpr int attempts = 10;
    QElapsedTimer elapsed;
    elapsed.start();
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < attempts; ++i) {
        clients.push_back(std::make_unique<RawClient>(proxy.port()));
        clients.back()->send(RawClient::upgradeRequest("/echo"));
    }
    int accepted = 0;
    int limited = 0;
    for (const auto& raw : clients) {
        const int status = RawClient::statusOf(raw->readUntil("\r\n\r\n", 20000));
        accepted += status == 101;
        limited += status == 429;
    }
    const double seconds = elapsed.elapsed() / 1000.0;
    const QString counts = QStringLiteral("%1 accepted, %2 limited in %3 s").arg(accepted).arg(limited).arg(seconds);
    QCOMPARE(accepted + limited, attempts);
    // The burst passes; the rest only as fast as the bucket refills over however long this took (a
    // slow machine lets more through, never fewer than the burst, never more than the refill allows).
    QVERIFY2(accepted >= 2, qPrintable(counts));
    QVERIFY2(accepted <= 2 + int(std::ceil(2 * seconds)), qPrintable(counts));
    if (seconds < 4.0) // ten within four seconds cannot all pass a bucket that refills two per second
        QVERIFY2(limited >= 1, qPrintable(counts));
}

void tst_ProxySecurity::secretsAreRedactedInRecords()
{
    RouteConfig route = ProxyFixture::route(QStringLiteral("/echo"), m_echo->url());
    route.injectHeaders = {{"x-terminal-token", "s3cr3t-value", true}};
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/echo", "Authorization: Bearer client-secret\r\nCookie: sid=abc\r\n"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    QCOMPARE(m_echo->lastRequest().rawHeader("x-terminal-token"), QByteArray("s3cr3t-value"));
    raw.socket().disconnectFromHost();
    QVERIFY(proxy.waitForRecords(1));
    const QByteArray json = QJsonDocument(proxy.lastRecord().toJson()).toJson();
    QVERIFY(!json.contains("s3cr3t-value"));
    QVERIFY(!json.contains("client-secret"));
    QVERIFY(!json.contains("sid=abc"));
    QVERIFY(json.contains("x-terminal-token: [redacted]"));
}

void tst_ProxySecurity::injectedHeadersReplaceClientCredentials()
{
    RouteConfig route = ProxyFixture::route(QStringLiteral("/echo"), m_echo->url());
    route.injectHeaders = {{"x-terminal-token", "route-token", false}};
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/echo", "Authorization: Bearer client\r\nX-Terminal-Token: forged\r\n"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    const QNetworkRequest seen = m_echo->lastRequest();
    QCOMPARE(seen.rawHeader("x-terminal-token"), QByteArray("route-token"));
    QVERIFY(!seen.hasRawHeader("Authorization"));
}

// websockify's token plugin, and many terminal pages, put the credential in the query string.
void tst_ProxySecurity::queryTokensAreRedactedInRecords()
{
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/echo"), m_echo->url())}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest("/echo/term?token=vm1-s3cr3t-4711&cols=80"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    QVERIFY(m_echo->lastRequest().url().query().contains(QStringLiteral("token=vm1-s3cr3t-4711"))); // passed on
    raw.socket().disconnectFromHost();
    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.target, QByteArray("/echo/term?token=%5Bredacted%5D&cols=80"));
    QVERIFY(record.backendUrl.endsWith(QStringLiteral("/term?token=%5Bredacted%5D&cols=80")));
    const QByteArray json = QJsonDocument(record.toJson()).toJson();
    QVERIFY2(!json.contains("s3cr3t-4711"), json.constData());
    const QByteArray har = QJsonDocument(HarExport::entry(record.toJson())).toJson();
    QVERIFY2(!har.contains("s3cr3t-4711"), har.constData());
}

QTEST_GUILESS_MAIN(tst_ProxySecurity)
#include "tst_proxysecurity.moc"
