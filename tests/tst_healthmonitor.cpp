// Backend health checks: each probe kind against real servers, the up/degraded/down state machine,
// latency statistics, checks through a CONNECT proxy, and the metrics gauge and status JSON.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "RefusingPort.h"
#include "ScriptedBackend.h"
#include "TestCertificates.h"
#include "TestConnectProxy.h"
#include "TestTlsServer.h"

#include "health/HealthMonitor.h"
#include "health/HealthProbe.h"
#include "tunnel/SystemTrustStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace airlock;

namespace {

RouteConfig healthRoute(const QUrl& backend, HealthConfig::Kind kind)
{
    RouteConfig route = ProxyFixture::route(QStringLiteral("/b"), backend);
    route.health.kind = kind;
    route.health.intervalMs = 50;
    route.health.timeoutMs = 2000;
    return route;
}

// Runs one probe to its end.
HealthResult runProbe(const RouteConfig& route)
{
    HealthProbe probe(route, QProcessEnvironment());
    QSignalSpy finished(&probe, &HealthProbe::finished);
    probe.start();
    if (finished.isEmpty())
        finished.wait(10000);
    return probe.result();
}

HealthResult result(bool ok, qint64 latencyMs = 1)
{
    HealthResult r;
    r.ok = ok;
    r.latencyMs = latencyMs;
    if (!ok) {
        r.error = FailureReason::ConnectRefused;
        r.classification.kind = CloseClassification::Kind::Transient;
    }
    return r;
}

QByteArray adminGet(quint16 port, const QByteArray& path)
{
    RawClient raw(port);
    raw.send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray response = raw.readResponse();
    return response.mid(response.indexOf("\r\n\r\n") + 4);
}

} // namespace

class tst_HealthMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void webSocketCheck();
    void webSocketCheckFailures_data();
    void webSocketCheckFailures();
    void httpCheck_data();
    void httpCheck();
    void httpCheckTimesOut();
    void tcpCheck();
    void tlsCheck_data();
    void tlsCheck();
    void throughConnectProxy();
    void proxyRefusalIsReported();
    void stateMachine_data();
    void stateMachine();
    void latencyStatistics();
    void riseAndFallWithRestartedBackend();
    void snapshotJson();
    void metricsGaugeAndStatus();

private:
    TestCertificates* m_pki = nullptr;
};

void tst_HealthMonitor::initTestCase()
{
    m_pki = &TestCertificates::instance();
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    // The process reads the system CA store once; do it before any TLS phase is timed.
    QVERIFY2(!SystemTrustStore::certificates().isEmpty(), "no system CA certificates (install ca-certificates)");
}

void tst_HealthMonitor::webSocketCheck()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    RouteConfig route = healthRoute(echo.url(QStringLiteral("/app")), HealthConfig::Kind::Ws);
    route.health.path = QStringLiteral("/health?probe=1");
    const HealthResult r = runProbe(route);
    QVERIFY2(r.ok, qPrintable(failure::id(r.error) + u' ' + r.detail));
    QVERIFY(r.latencyMs >= 0);
    QCOMPARE(echo.lastRequest().url().path(), QStringLiteral("/health"));
    QCOMPARE(echo.lastRequest().url().query(), QStringLiteral("probe=1"));
    // The check ends the session properly: a masked close 1000 the server accepted.
    QTRY_COMPARE_WITH_TIMEOUT(echo.closes(), 1, 5000);
    QCOMPARE(echo.lastCloseCode(), quint16(1000));
}

void tst_HealthMonitor::webSocketCheckFailures_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("classification");

    QTest::newRow("503") << ScriptedBackend::response(503, "Service Unavailable", "busy")
                         << QStringLiteral("bad_status") << 503 << QStringLiteral("transient");
    QTest::newRow("403") << ScriptedBackend::response(403, "Forbidden", "no") << QStringLiteral("bad_status") << 403
                         << QStringLiteral("permanent");
    QTest::newRow("101 with a wrong accept key")
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n")
        << QStringLiteral("bad_upgrade") << 101 << QStringLiteral("transient");
    QTest::newRow("closed without answer")
        << QByteArray() << QStringLiteral("bad_upgrade") << 0 << QStringLiteral("transient");
}

void tst_HealthMonitor::webSocketCheckFailures()
{
    QFETCH(QByteArray, answer);
    ScriptedBackend backend([answer](QTcpSocket* socket, const HttpHead&) {
        if (!answer.isEmpty())
            socket->write(answer);
        socket->disconnectFromHost();
    });
    QVERIFY(backend.listen());
    const HealthResult r = runProbe(healthRoute(backend.url(), HealthConfig::Kind::Ws));
    QVERIFY(!r.ok);
    QTEST(failure::id(r.error), "error");
    QTEST(r.status, "status");
    QTEST(CloseClassification::kindName(r.classification.kind), "classification");
    QCOMPARE(backend.requests().size(), 1);
    QCOMPARE(backend.requests().first().headers.value("Upgrade"), QByteArray("websocket"));
}

void tst_HealthMonitor::httpCheck_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("classifiedAs");

    QTest::newRow("200") << 200 << true << 0;
    QTest::newRow("204") << 204 << true << 0;
    QTest::newRow("301") << 301 << false << 301;
    QTest::newRow("404") << 404 << false << 404;
    QTest::newRow("500") << 500 << false << 500;
}

void tst_HealthMonitor::httpCheck()
{
    QFETCH(int, status);
    QFETCH(bool, ok);
    QFETCH(int, classifiedAs);
    ScriptedBackend backend([status](QTcpSocket* socket, const HttpHead&) {
        socket->write(ScriptedBackend::response(status, "Whatever", status == 204 ? QByteArray() : "body"));
        socket->disconnectFromHost();
    });
    QVERIFY(backend.listen());
    RouteConfig route =
        healthRoute(backend.url(QStringLiteral("http"), QStringLiteral("/api")), HealthConfig::Kind::Http);
    route.injectHeaders.append({"Authorization", "Bearer t", true});
    const HealthResult r = runProbe(route);
    QCOMPARE(r.ok, ok);
    QCOMPARE(backend.requests().size(), 1);
    const HttpHead request = backend.requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/api")); // no health.path: the backend URL's path
    QCOMPARE(request.headers.value("Host"), "127.0.0.1:" + QByteArray::number(backend.port()));
    QCOMPARE(request.headers.value("Authorization"), QByteArray("Bearer t"));
    if (!ok) {
        QCOMPARE(failure::id(r.error), QStringLiteral("bad_status"));
        QCOMPARE(r.status, status);
        QCOMPARE(r.classification.code, classifiedAs);
        QVERIFY(r.detail.contains(QString::number(status)));
    }
}

void tst_HealthMonitor::httpCheckTimesOut()
{
    ScriptedBackend silent([](QTcpSocket*, const HttpHead&) {});
    QVERIFY(silent.listen());
    RouteConfig route = healthRoute(silent.url(QStringLiteral("http")), HealthConfig::Kind::Http);
    route.health.timeoutMs = 200;
    const HealthResult r = runProbe(route);
    QVERIFY(!r.ok);
    QCOMPARE(failure::id(r.error), QStringLiteral("timeout"));
    QCOMPARE(r.classification.code, 504);
    QVERIFY(r.latencyMs >= 150);
}

void tst_HealthMonitor::tcpCheck()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    const HealthResult up = runProbe(healthRoute(echo.url(), HealthConfig::Kind::Tcp));
    QVERIFY2(up.ok, qPrintable(up.detail));

    QUrl closed(QStringLiteral("ws://127.0.0.1/"));
    closed.setPort(RefusingPort::shared());
    const HealthResult down = runProbe(healthRoute(closed, HealthConfig::Kind::Tcp));
    QVERIFY(!down.ok);
    QCOMPARE(failure::id(down.error), QStringLiteral("connect_refused"));
    QCOMPARE(down.classification.code, 502);
    QCOMPARE(down.classification.kind, CloseClassification::Kind::Transient);
}

void tst_HealthMonitor::tlsCheck_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<bool>("handshake");
    QTest::addColumn<QString>("error");

    QTest::newRow("tls ok") << int(HealthConfig::Kind::Tls) << true << true << QString();
    QTest::newRow("tcp on a tls backend includes the handshake")
        << int(HealthConfig::Kind::Tcp) << true << true << QString();
    QTest::newRow("untrusted certificate")
        << int(HealthConfig::Kind::Tls) << false << true << QStringLiteral("tls_failed");
    QTest::newRow("tcp fails on a bad certificate")
        << int(HealthConfig::Kind::Tcp) << false << true << QStringLiteral("tls_failed");
    QTest::newRow("no handshake") << int(HealthConfig::Kind::Tls) << true << false << QStringLiteral("tls_timeout");
}

void tst_HealthMonitor::tlsCheck()
{
    QFETCH(int, kind);
    QFETCH(bool, trustCa);
    QFETCH(bool, handshake);
    QFETCH(QString, error);
    TestTlsServer server(m_pki->serverCertificate(), m_pki->serverKey());
    server.setMode(handshake ? TestTlsServer::Mode::Echo : TestTlsServer::Mode::NoHandshake);
    QVERIFY(server.listenLocal());
    QUrl url(QStringLiteral("wss://127.0.0.1/"));
    url.setPort(server.serverPort());
    RouteConfig route = healthRoute(url, HealthConfig::Kind(kind));
    route.tls.caFile = trustCa ? m_pki->caPath() : m_pki->otherCaPath();
    // Only the row that waits for the TLS bound gets a short one: a handshake that should succeed may
    // take longer than 300 ms on a loaded machine. The whole check's bound stays far above it, so the
    // TLS timer is the one that ends the "no handshake" row however slow the connect was.
    const bool expectTimeout = error == QLatin1String("tls_timeout");
    route.timeouts.tlsMs = expectTimeout ? 300 : 10000;
    route.health.timeoutMs = 20000;
    const HealthResult r = runProbe(route);
    QCOMPARE(r.ok, error.isEmpty());
    QCOMPARE(failure::id(r.error), error);
    if (expectTimeout)
        QVERIFY2(r.detail.contains(QLatin1String("300 ms")), qPrintable(r.detail));
    if (!error.isEmpty())
        QCOMPARE(r.classification.code, expectTimeout ? 504 : 502);
    else
        QTRY_COMPARE_WITH_TIMEOUT(server.handshakeCount(), 1, 5000);
}

void tst_HealthMonitor::throughConnectProxy()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    TestConnectProxy proxy;
    QVERIFY(proxy.listenLocal());
    RouteConfig route = healthRoute(echo.url(), HealthConfig::Kind::Ws);
    route.upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
    route.upstreamProxy.url = proxy.url();
    const HealthResult r = runProbe(route);
    QVERIFY2(r.ok, qPrintable(failure::id(r.error) + u' ' + r.detail));
    QCOMPARE(proxy.connectRequestCount(), 1);
    QCOMPARE(proxy.lastRequest().target, "127.0.0.1:" + QByteArray::number(echo.port()));
    QCOMPARE(echo.connections(), 1);
}

void tst_HealthMonitor::proxyRefusalIsReported()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    TestConnectProxy proxy;
    proxy.setMode(TestConnectProxy::Mode::RequireAuth);
    proxy.setCredentials(QStringLiteral("u"), QStringLiteral("p"));
    QVERIFY(proxy.listenLocal());
    RouteConfig route = healthRoute(echo.url(), HealthConfig::Kind::Tcp);
    route.upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
    route.upstreamProxy.url = proxy.url();
    const HealthResult r = runProbe(route);
    QVERIFY(!r.ok);
    QCOMPARE(failure::id(r.error), QStringLiteral("proxy_auth_required"));
    QCOMPARE(echo.connections(), 0);
}

void tst_HealthMonitor::stateMachine_data()
{
    QTest::addColumn<int>("rise");
    QTest::addColumn<int>("fall");
    QTest::addColumn<QString>("results"); // '+' success, '-' failure
    QTest::addColumn<QStringList>("states");

    const auto states = [](const char* list) { return QString::fromLatin1(list).split(u' '); };
    QTest::newRow("rise 2") << 2 << 3 << QStringLiteral("++") << states("unknown up");
    QTest::newRow("rise 1") << 1 << 3 << QStringLiteral("+") << states("up");
    QTest::newRow("failures from unknown") << 2 << 3 << QStringLiteral("---") << states("unknown unknown down");
    QTest::newRow("degraded then recovered") << 2 << 3 << QStringLiteral("++-+") << states("unknown up degraded up");
    QTest::newRow("down after fall failures")
        << 2 << 3 << QStringLiteral("++---") << states("unknown up degraded degraded down");
    QTest::newRow("fall 1 skips degraded") << 1 << 1 << QStringLiteral("+-") << states("up down");
    QTest::newRow("back up after rise successes")
        << 2 << 2 << QStringLiteral("--+-++") << states("unknown down down down down up");
}

void tst_HealthMonitor::stateMachine()
{
    QFETCH(int, rise);
    QFETCH(int, fall);
    QFETCH(QString, results);
    QFETCH(QStringList, states);
    HealthConfig config;
    config.rise = rise;
    config.fall = fall;
    HealthSnapshot snapshot;
    std::deque<qint64> window;
    QStringList seen;
    for (QChar c : results) {
        HealthMonitor::apply(&snapshot, &window, result(c == u'+'), config, 1000);
        seen.append(HealthSnapshot::stateName(snapshot.state));
    }
    QCOMPARE(seen, states);
}

void tst_HealthMonitor::latencyStatistics()
{
    HealthConfig config;
    HealthSnapshot snapshot;
    std::deque<qint64> window;
    QCOMPARE(snapshot.medianLatencyMs, -1);
    // 1..100 ms: only the last 50 results (51..100) count.
    for (int ms = 1; ms <= 100; ++ms)
        HealthMonitor::apply(&snapshot, &window, result(true, ms), config, 1000);
    QCOMPARE(snapshot.lastLatencyMs, 100);
    QCOMPARE(snapshot.medianLatencyMs, 75);
    QCOMPARE(snapshot.p95LatencyMs, 98);
    QCOMPARE(snapshot.latencySamples, 50);
    // Failures take their place in the window but have no latency.
    for (int i = 0; i < 25; ++i)
        HealthMonitor::apply(&snapshot, &window, result(false, 5000), config, 2000);
    QCOMPARE(snapshot.latencySamples, 25);
    QCOMPARE(snapshot.lastLatencyMs, 100);
    QCOMPARE(snapshot.medianLatencyMs, 88); // 76..100
    QCOMPARE(snapshot.p95LatencyMs, 99);
    QCOMPARE(failure::id(snapshot.lastError), QStringLiteral("connect_refused"));
    QCOMPARE(snapshot.lastErrorClassification, QStringLiteral("transient"));
    QCOMPARE(snapshot.lastErrorAt, 2000);
    for (int i = 0; i < 25; ++i)
        HealthMonitor::apply(&snapshot, &window, result(false), config, 3000);
    QCOMPARE(snapshot.latencySamples, 0);
    QCOMPARE(snapshot.medianLatencyMs, -1);
    QCOMPARE(snapshot.checks, 150);
}

void tst_HealthMonitor::riseAndFallWithRestartedBackend()
{
    // The backend goes down and comes back on the same port, which stays reserved in between.
    RefusingPort backend;
    QVERIFY(backend.setAccepting(true));
    QUrl url(QStringLiteral("ws://127.0.0.1/"));
    url.setPort(backend.port());
    RouteConfig route = healthRoute(url, HealthConfig::Kind::Tcp);
    route.health.rise = 2;
    route.health.fall = 2;
    RouteConfig unmonitored = ProxyFixture::route(QStringLiteral("/other"), url);

    HealthMonitor monitor({route, unmonitored}, QProcessEnvironment());
    QCOMPARE(monitor.routeNames(), QStringList{QStringLiteral("/b")});
    QCOMPARE(monitor.snapshot(QStringLiteral("/b")).state, HealthSnapshot::State::Unknown);
    QSignalSpy changed(&monitor, &HealthMonitor::stateChanged);
    QSignalSpy checked(&monitor, &HealthMonitor::checked);
    const auto states = [&changed] {
        QStringList names;
        for (const QList<QVariant>& args : std::as_const(changed))
            names.append(HealthSnapshot::stateName(args.at(1).value<HealthSnapshot>().state));
        return names;
    };
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(states(), QStringList{QStringLiteral("up")}, 5000);
    QCOMPARE(changed.first().at(0).toString(), QStringLiteral("/b"));
    QVERIFY(checked.size() >= 2);

    QVERIFY(backend.setAccepting(false));
    QTRY_COMPARE_WITH_TIMEOUT(
        states(), (QStringList{QStringLiteral("up"), QStringLiteral("degraded"), QStringLiteral("down")}), 5000);
    const HealthSnapshot down = monitor.snapshot(QStringLiteral("/b"));
    QCOMPARE(failure::id(down.lastError), QStringLiteral("connect_refused"));
    QCOMPARE(down.lastErrorClassification, QStringLiteral("transient"));
    QVERIFY(down.consecutiveFailures >= 2);

    QVERIFY(backend.setAccepting(true));
    QTRY_COMPARE_WITH_TIMEOUT(states().size(), 4, 5000);
    QCOMPARE(states().last(), QStringLiteral("up"));
    const HealthSnapshot up = monitor.snapshot(QStringLiteral("/b"));
    QVERIFY(up.consecutiveSuccesses >= 2);
    QVERIFY(up.medianLatencyMs >= 0);
    QCOMPARE(failure::id(up.lastError), QStringLiteral("connect_refused")); // kept after recovery

    monitor.stop();
    const qsizetype checks = checked.size();
    QVERIFY(!checked.wait(200));
    QCOMPARE(checked.size(), checks);
}

void tst_HealthMonitor::snapshotJson()
{
    HealthConfig config;
    config.rise = 1;
    HealthSnapshot snapshot;
    snapshot.route = QStringLiteral("r");
    std::deque<qint64> window;
    HealthMonitor::apply(&snapshot, &window, result(true, 7), config, 1000);
    HealthResult failed = result(false);
    failed.error = FailureReason::BadStatus;
    failed.status = 503;
    failed.detail = QStringLiteral("backend answered 503");
    HealthMonitor::apply(&snapshot, &window, failed, config, 2000);
    const QJsonObject json = snapshot.toJson();
    QCOMPARE(json.value(QStringLiteral("route")).toString(), QStringLiteral("r"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("degraded"));
    QCOMPARE(json.value(QStringLiteral("checks")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("latencyMs")).toObject().value(QStringLiteral("median")).toInt(), 7);
    const QJsonObject error = json.value(QStringLiteral("lastError")).toObject();
    QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("bad_status"));
    QCOMPARE(error.value(QStringLiteral("status")).toInt(), 503);
    QCOMPARE(error.value(QStringLiteral("classification")).toString(), QStringLiteral("transient"));
}

void tst_HealthMonitor::metricsGaugeAndStatus()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    QUrl closed(QStringLiteral("ws://127.0.0.1/"));
    closed.setPort(RefusingPort::shared());
    RouteConfig up = healthRoute(echo.url(), HealthConfig::Kind::Ws);
    up.name = up.path = QStringLiteral("/up");
    up.health.rise = 1;
    RouteConfig down = healthRoute(closed, HealthConfig::Kind::Tcp);
    down.name = down.path = QStringLiteral("/down");
    down.health.fall = 1;
    RouteConfig plain = ProxyFixture::route(QStringLiteral("/plain"), echo.url());
    ScriptedBackend silent([](QTcpSocket*, const HttpHead&) {});
    QVERIFY(silent.listen());
    RouteConfig pending = healthRoute(silent.url(), HealthConfig::Kind::Ws);
    pending.name = pending.path = QStringLiteral("/pending");
    pending.health.timeoutMs = 30000; // no result while the test runs
    ProxyFixture proxy(ProxyFixture::config({up, down, plain, pending}));
    QVERIFY(!proxy.service()->healthMonitor()->isRunning());
    QVERIFY(proxy.start());
    QVERIFY(proxy.service()->healthMonitor()->isRunning());

    QTRY_VERIFY_WITH_TIMEOUT(
        adminGet(proxy.port(), "/_airlock/metrics").contains("airlock_backend_up{route=\"/up\"} 1"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        adminGet(proxy.port(), "/_airlock/metrics").contains("airlock_backend_up{route=\"/down\"} 0"), 5000);
    const QByteArray metrics = adminGet(proxy.port(), "/_airlock/metrics");
    QVERIFY(!metrics.contains("route=\"/plain\""));
    QVERIFY(metrics.contains("airlock_backend_up{route=\"/pending\"} -1"));

    const QJsonObject status = QJsonDocument::fromJson(adminGet(proxy.port(), "/_airlock/status")).object();
    const QJsonArray routes = status.value(QStringLiteral("routes")).toArray();
    QCOMPARE(routes.size(), 4);
    const QJsonObject upHealth = routes.at(0).toObject().value(QStringLiteral("health")).toObject();
    QCOMPARE(upHealth.value(QStringLiteral("state")).toString(), QStringLiteral("up"));
    QVERIFY(upHealth.value(QStringLiteral("latencyMs")).toObject().value(QStringLiteral("last")).toInt() >= 0);
    const QJsonObject downHealth = routes.at(1).toObject().value(QStringLiteral("health")).toObject();
    QCOMPARE(downHealth.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
    QCOMPARE(downHealth.value(QStringLiteral("lastError")).toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("connect_refused"));
    QVERIFY(!routes.at(2).toObject().contains(QStringLiteral("health")));
    const QJsonObject pendingHealth = routes.at(3).toObject().value(QStringLiteral("health")).toObject();
    QCOMPARE(pendingHealth.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(tst_HealthMonitor)
#include "tst_healthmonitor.moc"
