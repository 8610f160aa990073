// ProxyService, the engine the app and headless mode drive: start, stop without blocking, restart, failed
// starts with a plain reason, and configs applied while sessions are open.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"

#include "demo/DemoBackend.h"
#include "health/HealthMonitor.h"
#include "observe/EventHub.h"
#include "observe/Metrics.h"
#include "service/ProxyService.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace airlock;

namespace {

Config configFor(const QList<RouteConfig>& routes)
{
    return ProxyFixture::config(routes);
}

RouteConfig route(const QString& path, const EchoBackend& backend)
{
    return ProxyFixture::route(path, backend.url());
}

// A port nothing listens on right now (taken and released again).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// A WebSocket client that stays open through the test and answers whether its session still carries data.
class Client
{
public:
    bool open(quint16 port, const QString& path)
    {
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
        return connected.wait(5000);
    }
    bool echoes(const QString& text)
    {
        QSignalSpy received(&m_socket, &QWebSocket::textMessageReceived);
        m_socket.sendTextMessage(text);
        return received.wait(5000) && received.first().first().toString() == text;
    }
    QWebSocket& socket() { return m_socket; }

private:
    QWebSocket m_socket;
};

int upgradeStatus(quint16 port, const QByteArray& path)
{
    RawClient raw(port);
    raw.send(RawClient::upgradeRequest(path));
    return RawClient::statusOf(raw.readUntil("\r\n\r\n"));
}

QStringList errorPaths(const QList<ConfigError>& errors)
{
    QStringList paths;
    for (const ConfigError& error : errors)
        paths.append(error.path);
    return paths;
}

} // namespace

class tst_ProxyService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startStopRestart();
    void failedStart_data();
    void failedStart();
    void stopReturnsAtOnce();
    void applyKeepsOpenSessionsAndRoutesNewOnes();
    void badConfigChangesNothing_data();
    void badConfigChangesNothing();
    void listenPortChangeRebinds();
    void takenPortOnApplyChangesNothing();
    void countersAndIdsSurviveApply();
    void healthFollowsRoutesAndKeepsHistory();
    void destroyedWhileRunningDeliversRecords();
    void demoMoveKeepsOpenDemoSessions();

private:
    EchoBackend m_echoA;
    EchoBackend m_echoB;
    EchoBackend m_echoC;
};

void tst_ProxyService::initTestCase()
{
    QVERIFY(m_echoA.listen());
    QVERIFY(m_echoB.listen());
    QVERIFY(m_echoC.listen());
}

void tst_ProxyService::startStopRestart()
{
    ProxyService service(configFor({route(QStringLiteral("/a"), m_echoA)}));
    QSignalSpy states(&service, &ProxyService::stateChanged);
    QSignalSpy listening(&service, &ProxyService::listening);
    QSignalSpy stopped(&service, &ProxyService::stopped);
    QCOMPARE(service.state(), ProxyService::State::Stopped);

    for (int run = 0; run < 2; ++run) {
        QVERIFY(service.start());
        QCOMPARE(service.state(), ProxyService::State::Running);
        QCOMPARE(listening.size(), run + 1);
        const quint16 port = listening.last().at(1).value<quint16>();
        QVERIFY(port != 0);
        QCOMPARE(service.port(), port);
        QCOMPARE(service.workerCount(), 2);
        Client client;
        QVERIFY(client.open(port, QStringLiteral("/a")));
        QVERIFY(client.echoes(QStringLiteral("run %1").arg(run)));

        service.stop();
        QCOMPARE(service.state(), ProxyService::State::Stopping);
        QVERIFY(stopped.wait(10000));
        QCOMPARE(service.state(), ProxyService::State::Stopped);
        QCOMPARE(service.port(), quint16(0));
        QTRY_COMPARE_WITH_TIMEOUT(int(client.socket().closeCode()), 1001, 5000);
    }
    QList<ProxyService::State> seen;
    for (const QList<QVariant>& args : std::as_const(states))
        seen.append(args.first().value<ProxyService::State>());
    using S = ProxyService::State;
    const QList<S> expected = {S::Starting, S::Running, S::Stopping, S::Stopped,
                               S::Starting, S::Running, S::Stopping, S::Stopped};
    QCOMPARE(seen, expected);
}

void tst_ProxyService::failedStart_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("allowRemote");
    QTest::addColumn<bool>("takePort");
    QTest::addColumn<QString>("reason");
    QTest::newRow("port taken") << QStringLiteral("127.0.0.1") << false << true
                                << QStringLiteral("port %1 on 127.0.0.1 is already in use");
    QTest::newRow("address not loopback")
        << QStringLiteral("192.0.2.1") << false << false
        << QStringLiteral("listen.address: \"192.0.2.1\" is not a loopback address; set listen.allowRemote to true");
    QTest::newRow("address not on this machine") << QStringLiteral("192.0.2.1") << true << false
                                                 << QStringLiteral("address 192.0.2.1 does not belong to this machine");
}

void tst_ProxyService::failedStart()
{
    QFETCH(QString, address);
    QFETCH(bool, allowRemote);
    QFETCH(bool, takePort);
    QFETCH(QString, reason);
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    Config config = configFor({route(QStringLiteral("/a"), m_echoA)});
    config.listen.address = address;
    config.listen.allowRemote = allowRemote;
    if (takePort) {
        config.listen.port = squatter.serverPort();
        reason = reason.arg(squatter.serverPort());
    }
    ProxyService service(config);
    QSignalSpy failed(&service, &ProxyService::failed);
    QSignalSpy listening(&service, &ProxyService::listening);
    QVERIFY(!service.start());
    QCOMPARE(service.state(), ProxyService::State::Failed);
    QCOMPARE(failed.size(), 1);
    const QString error = failed.first().first().toString();
    QVERIFY2(error.startsWith(reason), qPrintable(error));
    QCOMPARE(service.errorString(), error);
    QCOMPARE(listening.size(), 0);

    // Fixed while stopped, the config waits for the next start, which works.
    config.listen.address = QStringLiteral("127.0.0.1");
    config.listen.port = 0;
    QVERIFY(service.applyConfig(config).isEmpty());
    QVERIFY(service.start());
    QCOMPARE(service.state(), ProxyService::State::Running);
    Client client;
    QVERIFY(client.open(service.port(), QStringLiteral("/a")));
    QVERIFY(client.echoes(QStringLiteral("after a failed start")));
}

// The client never answers the close frame, so the session lives on until its drain timer: stop() must
// return long before, and the session's close frame arrives while the caller's loop runs.
void tst_ProxyService::stopReturnsAtOnce()
{
    ProxyService service(configFor({route(QStringLiteral("/a"), m_echoA)}));
    QVERIFY(service.start());
    RawClient raw(service.port());
    raw.send(RawClient::upgradeRequest("/a"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    raw.clear();
    QSignalSpy stopped(&service, &ProxyService::stopped);

    service.stop(10000);
    QCOMPARE(service.state(), ProxyService::State::Stopping);
    QCOMPARE(stopped.size(), 0);
    QVERIFY(raw.isConnected());
    quint16 code = 0;
    QByteArray reason;
    const QByteArray frame = raw.readUntil("Airlock is shutting down");
    QVERIFY(RawClient::findCloseFrame(QByteArray("HTTP/1.1 101\r\n\r\n") + frame, &code, &reason));
    QCOMPARE(code, quint16(1001));
    QCOMPARE(reason, QByteArray("Airlock is shutting down"));
    QCOMPARE(service.state(), ProxyService::State::Stopping);
    QVERIFY(stopped.wait(10000));
    QCOMPARE(service.state(), ProxyService::State::Stopped);
}

void tst_ProxyService::applyKeepsOpenSessionsAndRoutesNewOnes()
{
    ProxyService service(configFor({route(QStringLiteral("/kept"), m_echoA), route(QStringLiteral("/changed"), m_echoB),
                                    route(QStringLiteral("/removed"), m_echoC)}));
    QVERIFY(service.start());
    const quint16 port = service.port();
    Client kept, changed, removed;
    QVERIFY(kept.open(port, QStringLiteral("/kept")));
    QVERIFY(changed.open(port, QStringLiteral("/changed")));
    QVERIFY(removed.open(port, QStringLiteral("/removed")));
    const int aBefore = m_echoA.connections();
    const int bBefore = m_echoB.connections();
    const int cBefore = m_echoC.connections();

    // /changed now leads to C, /added to B, /removed is gone.
    QSignalSpy listening(&service, &ProxyService::listening);
    const QList<ConfigError> errors = service.applyConfig(
        configFor({route(QStringLiteral("/kept"), m_echoA), route(QStringLiteral("/changed"), m_echoC),
                   route(QStringLiteral("/added"), m_echoB)}));
    QVERIFY2(errors.isEmpty(), qPrintable(errorPaths(errors).join(u' ')));
    QCOMPARE(listening.size(), 0); // same address and port: no re-bind
    QCOMPARE(service.port(), port);
    QCOMPARE(service.config().routes.size(), 3);

    // The open sessions keep working, each still on its old backend (no new backend connection).
    QVERIFY(kept.echoes(QStringLiteral("kept")));
    QVERIFY(changed.echoes(QStringLiteral("changed")));
    QVERIFY(removed.echoes(QStringLiteral("removed")));
    QCOMPARE(m_echoA.connections(), aBefore);
    QCOMPARE(m_echoB.connections(), bBefore);
    QCOMPARE(m_echoC.connections(), cBefore);

    // New connections follow the new config.
    Client changedNew, addedNew, keptNew;
    QVERIFY(changedNew.open(port, QStringLiteral("/changed")));
    QTRY_COMPARE_WITH_TIMEOUT(m_echoC.connections(), cBefore + 1, 5000);
    QVERIFY(addedNew.open(port, QStringLiteral("/added")));
    QTRY_COMPARE_WITH_TIMEOUT(m_echoB.connections(), bBefore + 1, 5000);
    QVERIFY(keptNew.open(port, QStringLiteral("/kept")));
    QTRY_COMPARE_WITH_TIMEOUT(m_echoA.connections(), aBefore + 1, 5000);
    QCOMPARE(upgradeStatus(port, "/removed"), 404);
    QVERIFY(changedNew.echoes(QStringLiteral("new changed")));

    // The old sessions still end cleanly on their own.
    removed.socket().close();
    QTRY_COMPARE_WITH_TIMEOUT(m_echoC.lastCloseCode(), quint16(1000), 5000);
}

void tst_ProxyService::badConfigChangesNothing_data()
{
    QTest::addColumn<QString>("listenAddress");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("backends");
    QTest::addColumn<QStringList>("errorPaths");
    QTest::newRow("not loopback") << QStringLiteral("10.1.2.3") << QStringList{QStringLiteral("/b")}
                                  << QStringList{QStringLiteral("ws://127.0.0.1:9/")}
                                  << QStringList{QStringLiteral("listen.address")};
    QTest::newRow("duplicate path") << QStringLiteral("127.0.0.1")
                                    << QStringList{QStringLiteral("/b"), QStringLiteral("/b")}
                                    << QStringList{QStringLiteral("ws://127.0.0.1:9/"),
                                                   QStringLiteral("ws://127.0.0.1:9/")}
                                    << QStringList{QStringLiteral("routes[1].path")};
    QTest::newRow("every error at once") << QStringLiteral("not an address")
                                         << QStringList{QStringLiteral("b"), QStringLiteral("/c")}
                                         << QStringList{QStringLiteral("ws://127.0.0.1:9/"),
                                                        QStringLiteral("ftp://127.0.0.1:9/")}
                                         << QStringList{QStringLiteral("listen.address"),
                                                        QStringLiteral("routes[0].path"),
                                                        QStringLiteral("routes[1].backend")};
}

void tst_ProxyService::badConfigChangesNothing()
{
    QFETCH(QString, listenAddress);
    QFETCH(QStringList, paths);
    QFETCH(QStringList, backends);
    QFETCH(QStringList, errorPaths);
    const Config good = configFor({route(QStringLiteral("/a"), m_echoA)});
    ProxyService service(good);
    QVERIFY(service.start());
    const quint16 port = service.port();
    Client open;
    QVERIFY(open.open(port, QStringLiteral("/a")));

    QList<RouteConfig> routes;
    for (int i = 0; i < paths.size(); ++i)
        routes.append(ProxyFixture::route(paths[i], QUrl(backends[i])));
    Config bad = configFor(routes);
    bad.listen.address = listenAddress;
    QSignalSpy listening(&service, &ProxyService::listening);
    const QList<ConfigError> errors = service.applyConfig(bad);
    QCOMPARE(::errorPaths(errors), errorPaths);

    QCOMPARE(service.state(), ProxyService::State::Running);
    QCOMPARE(service.port(), port);
    QCOMPARE(listening.size(), 0);
    QCOMPARE(service.config().routes.size(), 1);
    QCOMPARE(service.config().routes.first().path, QStringLiteral("/a"));
    QVERIFY(open.echoes(QStringLiteral("still here")));
    Client fresh;
    QVERIFY(fresh.open(port, QStringLiteral("/a")));
    QCOMPARE(upgradeStatus(port, "/b"), 404);
}

void tst_ProxyService::listenPortChangeRebinds()
{
    Config config = configFor({route(QStringLiteral("/a"), m_echoA)});
    ProxyService service(config);
    QVERIFY(service.start());
    const quint16 oldPort = service.port();
    Client old;
    QVERIFY(old.open(oldPort, QStringLiteral("/a")));

    config.listen.port = freePort();
    QVERIFY(config.listen.port != 0);
    QSignalSpy listening(&service, &ProxyService::listening);
    QVERIFY(service.applyConfig(config).isEmpty());
    QCOMPARE(listening.size(), 1);
    QCOMPARE(listening.first().at(1).value<quint16>(), config.listen.port);
    QCOMPARE(service.port(), config.listen.port);

    Client moved;
    QVERIFY(moved.open(config.listen.port, QStringLiteral("/a")));
    QVERIFY(moved.echoes(QStringLiteral("on the new port")));
    QVERIFY(old.echoes(QStringLiteral("on the old port")));
    QTcpSocket refused;
    QSignalSpy error(&refused, &QAbstractSocket::errorOccurred);
    refused.connectToHost(QHostAddress::LocalHost, oldPort);
    QVERIFY(error.wait(5000));
    QCOMPARE(refused.error(), QAbstractSocket::ConnectionRefusedError);
}

void tst_ProxyService::takenPortOnApplyChangesNothing()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    Config config = configFor({route(QStringLiteral("/a"), m_echoA)});
    ProxyService service(config);
    QVERIFY(service.start());
    const quint16 port = service.port();

    config.listen.port = squatter.serverPort();
    config.routes.append(route(QStringLiteral("/b"), m_echoB));
    const QList<ConfigError> errors = service.applyConfig(config);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QStringLiteral("listen"));
    QCOMPARE(errors.first().message,
             QStringLiteral("port %1 on 127.0.0.1 is already in use").arg(squatter.serverPort()));
    QCOMPARE(service.port(), port);
    QCOMPARE(service.config().routes.size(), 1);
    QCOMPARE(upgradeStatus(port, "/b"), 404);
    Client client;
    QVERIFY(client.open(port, QStringLiteral("/a")));
}

void tst_ProxyService::countersAndIdsSurviveApply()
{
    Config config = configFor({route(QStringLiteral("/a"), m_echoA)});
    config.limits.handshakesPerSecond = 1000;
    ProxyService service(config);
    service.eventHub()->setBatchInterval(10);
    QList<RequestRecord> records;
    connect(service.eventHub(), &EventHub::recordsReady, this,
            [&records](const QList<RequestRecord>& batch) { records += batch; });
    QVERIFY(service.start());
    const quint16 port = service.port();

    QCOMPARE(upgradeStatus(port, "/nowhere"), 404);
    QCOMPARE(upgradeStatus(port, "/nowhere"), 404);
    QTRY_COMPARE_WITH_TIMEOUT(records.size(), 2, 5000);

    config.routes.append(route(QStringLiteral("/b"), m_echoB));
    config.limits.handshakesPerSecond = 500;
    QVERIFY(service.applyConfig(config).isEmpty());
    QCOMPARE(upgradeStatus(port, "/nowhere"), 404);
    QTRY_COMPARE_WITH_TIMEOUT(records.size(), 3, 5000);

    QCOMPARE(records.at(0).sessionId, quint64(1));
    QCOMPARE(records.at(1).sessionId, quint64(2));
    QCOMPARE(records.at(2).sessionId, quint64(3));
    const QJsonObject metrics = service.metrics().toJson();
    QCOMPARE(metrics.value(QStringLiteral("connectionsTotal")).toInt(), 3);
    QCOMPARE(metrics.value(QStringLiteral("handshakes")).toObject().value(QStringLiteral("rejected")).toInt(), 3);

    // A stop and a start keep them too.
    QSignalSpy stopped(&service, &ProxyService::stopped);
    service.stop();
    QVERIFY(stopped.wait(10000));
    QVERIFY(service.start());
    QCOMPARE(upgradeStatus(service.port(), "/nowhere"), 404);
    QTRY_COMPARE_WITH_TIMEOUT(records.size(), 4, 5000);
    QCOMPARE(records.at(3).sessionId, quint64(4));
    QCOMPARE(service.metrics().toJson().value(QStringLiteral("connectionsTotal")).toInt(), 4);
}

void tst_ProxyService::healthFollowsRoutesAndKeepsHistory()
{
    RouteConfig checked = route(QStringLiteral("/checked"), m_echoA);
    checked.health.kind = HealthConfig::Kind::Tcp;
    checked.health.intervalMs = 50;
    checked.health.rise = 1;
    RouteConfig dropped = route(QStringLiteral("/dropped"), m_echoB);
    dropped.health = checked.health;
    ProxyService service(configFor({checked, dropped}));
    QVERIFY(service.start());
    HealthMonitor* health = service.healthMonitor();
    QCOMPARE(health->routeNames(), (QStringList{QStringLiteral("/checked"), QStringLiteral("/dropped")}));
    QTRY_VERIFY_WITH_TIMEOUT(health->snapshot(QStringLiteral("/checked")).checks >= 3, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(service.metrics().backendUp(QStringLiteral("/dropped")) == 1, 5000);

    RouteConfig added = route(QStringLiteral("/added"), m_echoC);
    added.health = checked.health;
    added.health.intervalMs = 60000; // its first check runs at once, the next one not during the test
    QVERIFY(service.applyConfig(configFor({checked, added})).isEmpty());
    QCOMPARE(health->routeNames(), (QStringList{QStringLiteral("/checked"), QStringLiteral("/added")}));
    // The kept route keeps its history; the new one is checked at once; the dropped one is forgotten.
    QVERIFY(health->snapshot(QStringLiteral("/checked")).checks >= 3);
    QTRY_COMPARE_WITH_TIMEOUT(health->snapshot(QStringLiteral("/added")).checks, 1, 5000);
    bool known = true;
    service.metrics().backendUp(QStringLiteral("/dropped"), &known);
    QVERIFY(!known);
    QTRY_COMPARE_WITH_TIMEOUT(service.metrics().backendUp(QStringLiteral("/added")), 1, 5000);
    QVERIFY(!service.metrics().prometheusText().contains("route=\"/dropped\""));
}

// The owner may delete a running service at any time: the sessions' last records still reach observers,
// and nothing is posted to a hub that is gone (a sanitizer build would say so).
void tst_ProxyService::destroyedWhileRunningDeliversRecords()
{
    auto service = std::make_unique<ProxyService>(configFor({route(QStringLiteral("/a"), m_echoA)}));
    QList<RequestRecord> records;
    QObject observer;
    connect(service->eventHub(), &EventHub::recordsReady, &observer,
            [&records](const QList<RequestRecord>& batch) { records += batch; });
    QVERIFY(service->start());
    Client client;
    QVERIFY(client.open(service->port(), QStringLiteral("/a")));
    QVERIFY(client.echoes(QStringLiteral("before the end")));
    QVERIFY(records.isEmpty());
    service.reset();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().route, QStringLiteral("/a"));
    QTRY_VERIFY_WITH_TIMEOUT(client.socket().state() == QAbstractSocket::UnconnectedState, 5000);
}

// A demo moved to another port: its open sessions stay on the old demo, which stops listening at once and
// goes away when they end; new sessions reach the new one.
void tst_ProxyService::demoMoveKeepsOpenDemoSessions()
{
    const auto demoConfig = [](quint16 demoPort) {
        Config config = configFor({ProxyFixture::route(QStringLiteral("/demo/ws"),
                                                       QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(demoPort)))});
        config.demo.enabled = true;
        config.demo.port = demoPort;
        return config;
    };
    const quint16 oldPort = freePort();
    ProxyService service(demoConfig(oldPort));
    QVERIFY(service.start());
    QCOMPARE(service.demoPort(), oldPort);
    Client before;
    QVERIFY(before.open(service.port(), QStringLiteral("/demo/ws")));
    QVERIFY(before.echoes(QStringLiteral("before")));

    const quint16 newPort = freePort();
    QVERIFY(newPort != oldPort);
    const QList<ConfigError> errors = service.applyConfig(demoConfig(newPort));
    QVERIFY2(errors.isEmpty(), qPrintable(errorPaths(errors).join(u' ')));
    QCOMPARE(service.demoPort(), newPort);
    QVERIFY(before.echoes(QStringLiteral("still open")));

    QTcpSocket oldDemo;
    QSignalSpy refused(&oldDemo, &QAbstractSocket::errorOccurred);
    oldDemo.connectToHost(QHostAddress::LocalHost, oldPort);
    QVERIFY(refused.wait(5000));
    QCOMPARE(oldDemo.error(), QAbstractSocket::ConnectionRefusedError);

    Client after;
    QVERIFY(after.open(service.port(), QStringLiteral("/demo/ws")));
    QVERIFY(after.echoes(QStringLiteral("after")));
    QCOMPARE(service.findChildren<DemoBackend*>().size(), 2);
    before.socket().close();
    QTRY_COMPARE_WITH_TIMEOUT(service.findChildren<DemoBackend*>().size(), 1, 5000);
    QVERIFY(after.echoes(QStringLiteral("after the old demo went")));
}

QTEST_GUILESS_MAIN(tst_ProxyService)
#include "tst_proxyservice.moc"
