// HealthMonitor's overall state, the one the tray icon shows: the worst state among the monitored routes,
// as a pure function and as it moves while a service checks a backend that goes away.
#include "ProxyFixture.h"
#include "SessionWatch.h"

#include "health/HealthMonitor.h"
#include "health/HealthSnapshot.h"
#include "service/ProxyService.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace airlock;

using Overall = HealthMonitor::Overall;

class tst_HealthOverall : public QObject
{
    Q_OBJECT

private slots:
    void overallOf_data();
    void overallOf();
    void transitionsWhileChecking();
};

void tst_HealthOverall::overallOf_data()
{
    QTest::addColumn<QList<int>>("states");
    QTest::addColumn<Overall>("expected");

    using S = HealthSnapshot::State;
    const QList<std::pair<QList<S>, Overall>> rows = {
        {{}, Overall::NoneMonitored},
        {{S::Unknown}, Overall::Unknown},
        {{S::Up}, Overall::AllUp},
        {{S::Up, S::Up}, Overall::AllUp},
        {{S::Up, S::Unknown}, Overall::Unknown},
        {{S::Up, S::Degraded}, Overall::SomeDegraded},
        {{S::Unknown, S::Degraded}, Overall::SomeDegraded},
        {{S::Down}, Overall::SomeDown},
        {{S::Degraded, S::Down, S::Up}, Overall::SomeDown},
        {{S::Down, S::Unknown}, Overall::SomeDown},
    };
    for (const auto& [states, expected] : rows) {
        QStringList names;
        QList<int> values;
        for (S state : states) {
            names.append(HealthSnapshot::stateName(state));
            values.append(int(state));
        }
        const QString name = names.isEmpty() ? QStringLiteral("no routes") : names.join(u',');
        QTest::newRow(qPrintable(name)) << values << expected;
    }
}

void tst_HealthOverall::overallOf()
{
    QFETCH(QList<int>, states);
    QFETCH(Overall, expected);
    QList<HealthSnapshot> snapshots;
    for (int state : states) {
        HealthSnapshot snapshot;
        snapshot.route = QStringLiteral("r%1").arg(snapshots.size());
        snapshot.state = HealthSnapshot::State(state);
        snapshots.append(snapshot);
    }
    QCOMPARE(HealthMonitor::overallOf(snapshots), expected);
}

// One monitored route: unknown, up, then its backend goes away (degraded on the first failure, down on the
// third), then a config without health checks.
void tst_HealthOverall::transitionsWhileChecking()
{
    QTcpServer backend;
    QVERIFY(backend.listen(QHostAddress::LocalHost, 0));
    RouteConfig route = ProxyFixture::route(QStringLiteral("/vm"),
                                            QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(backend.serverPort())));
    route.health.kind = HealthConfig::Kind::Tcp;
    route.health.intervalMs = 50;
    route.health.timeoutMs = 2000;
    route.health.rise = 1;
    route.health.fall = 3;
    const Config config = ProxyFixture::config({route});

    ProxyService service(config);
    HealthMonitor* health = service.healthMonitor();
    QCOMPARE(health->overall(), Overall::NoneMonitored);
    QList<Overall> seen;
    connect(health, &HealthMonitor::overallChanged, this, [&](Overall overall) {
        QCOMPARE(health->overall(), overall);
        seen.append(overall);
    });
    QVERIFY(service.start());
    QTRY_COMPARE_WITH_TIMEOUT(health->overall(), Overall::AllUp, 5000);
    QCOMPARE(health->snapshots().size(), 1);
    QCOMPARE(health->snapshots().first().state, HealthSnapshot::State::Up);

    backend.close();
    QTRY_COMPARE_WITH_TIMEOUT(health->overall(), Overall::SomeDown, 5000);
    QCOMPARE(seen, (QList<Overall>{Overall::Unknown, Overall::AllUp, Overall::SomeDegraded, Overall::SomeDown}));

    Config unmonitored = config;
    unmonitored.routes.first().health.kind = HealthConfig::Kind::None;
    QVERIFY(service.applyConfig(unmonitored).isEmpty());
    QCOMPARE(health->overall(), Overall::NoneMonitored);
    QCOMPARE(seen.last(), Overall::NoneMonitored);
    QVERIFY(health->snapshots().isEmpty());
}

QTEST_GUILESS_MAIN(tst_HealthOverall)
#include "tst_healthoverall.moc"
