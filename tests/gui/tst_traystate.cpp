#include "gui/desktop/TrayState.h"

#include <QTest>

using namespace airlock;
using namespace Qt::StringLiterals;
using State = ProxyService::State;
using Overall = HealthMonitor::Overall;

class tst_TrayState : public QObject
{
    Q_OBJECT
private slots:
    void iconAndTooltip_data();
    void iconAndTooltip();
    void everyIconHasItsOwnName();
};

void tst_TrayState::iconAndTooltip_data()
{
    QTest::addColumn<int>("proxy");
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("health");
    QTest::addColumn<int>("up");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("recentFailure");
    QTest::addColumn<QString>("icon");
    QTest::addColumn<QStringList>("tooltip");

    const auto row = [](State proxy, int sessions, Overall health, int up, int total, bool failure, const QString& icon,
                        const QStringList& tooltip) {
        QTest::addRow("%s, %d sessions, %d/%d up%s -> %s", QMetaEnum::fromType<State>().valueToKey(int(proxy)),
                      sessions, up, total, failure ? ", recent failure" : "", qPrintable(icon))
            << int(proxy) << sessions << int(health) << up << total << failure << icon << tooltip;
    };
    row(State::Running, 0, Overall::NoneMonitored, 0, 0, false, u"idle"_s,
        {u"Airlock: listening on 127.0.0.1:8765"_s, u"Sessions open: 0"_s, u"Backends: no health checks"_s});
    row(State::Running, 1, Overall::AllUp, 2, 2, false, u"active"_s,
        {u"Airlock: listening on 127.0.0.1:8765"_s, u"Sessions open: 1"_s, u"Backends: 2 of 2 up"_s});
    row(State::Running, 3, Overall::SomeDegraded, 2, 2, false, u"degraded"_s,
        {u"Airlock: listening on 127.0.0.1:8765"_s, u"Sessions open: 3"_s, u"Backends: 2 of 2 up"_s});
    row(State::Running, 3, Overall::SomeDown, 1, 2, false, u"degraded"_s,
        {u"Airlock: listening on 127.0.0.1:8765"_s, u"Sessions open: 3"_s, u"Backends: 1 of 2 up"_s});
    // A backend down is the ongoing problem; it outranks a failure that already happened.
    row(State::Running, 0, Overall::SomeDown, 0, 1, true, u"degraded"_s,
        {u"Airlock: listening on 127.0.0.1:8765"_s, u"Sessions open: 0"_s, u"Backends: 0 of 1 up"_s,
         u"Failed for good: vm1: closed with 4404"_s});
    row(State::Running, 2, Overall::AllUp, 1, 1, true, u"failure"_s,
        {u"Airlock: listening on 127.0.0.1:8765"_s, u"Sessions open: 2"_s, u"Backends: 1 of 1 up"_s,
         u"Failed for good: vm1: closed with 4404"_s});
    row(State::Running, 0, Overall::Unknown, 0, 1, false, u"idle"_s,
        {u"Airlock: listening on 127.0.0.1:8765"_s, u"Sessions open: 0"_s, u"Backends: 0 of 1 up"_s});
    row(State::Stopped, 0, Overall::SomeDown, 0, 1, true, u"stopped"_s,
        {u"Airlock: proxy stopped"_s, u"Backends: 0 of 1 up"_s, u"Failed for good: vm1: closed with 4404"_s});
    row(State::Failed, 0, Overall::NoneMonitored, 0, 0, false, u"stopped"_s,
        {u"Airlock: the proxy could not start"_s, u"Backends: no health checks"_s});
    row(State::Starting, 0, Overall::NoneMonitored, 0, 0, false, u"stopped"_s,
        {u"Airlock: starting"_s, u"Backends: no health checks"_s});
    row(State::Stopping, 0, Overall::NoneMonitored, 0, 0, false, u"stopped"_s,
        {u"Airlock: stopping"_s, u"Backends: no health checks"_s});
}

void tst_TrayState::iconAndTooltip()
{
    QFETCH(int, proxy);
    QFETCH(int, sessions);
    QFETCH(int, health);
    QFETCH(int, up);
    QFETCH(int, total);
    QFETCH(bool, recentFailure);
    QFETCH(QString, icon);
    QFETCH(QStringList, tooltip);

    TrayState::Inputs in;
    in.proxy = State(proxy);
    in.listenAddress = QStringLiteral("127.0.0.1:8765");
    in.sessionsOpen = sessions;
    in.health = Overall(health);
    in.backendsUp = up;
    in.backendsTotal = total;
    in.recentFailure = recentFailure;
    in.lastFailure = QStringLiteral("vm1: closed with 4404");
    QCOMPARE(TrayState::iconName(TrayState::icon(in)), icon);
    QCOMPARE(TrayState::tooltip(in).split(u'\n'), tooltip);
}

void tst_TrayState::everyIconHasItsOwnName()
{
    QSet<QString> names;
    for (const auto icon : {TrayState::Icon::Idle, TrayState::Icon::Active, TrayState::Icon::Degraded,
                            TrayState::Icon::Failure, TrayState::Icon::Stopped})
        names.insert(TrayState::iconName(icon));
    QCOMPARE(names.size(), 5);
}

QTEST_MAIN(tst_TrayState)
#include "tst_traystate.moc"
