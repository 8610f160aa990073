// BackendHealthModel: routes in, one row each; health snapshots fed directly give state, latencies, the
// sparkline window, uptime, the last error in plain words and the time of the last change; routes follow
// setRoutes without a reset. With a real service, a backend that is down and then comes up changes its row.
#include "ProxyFixture.h"
#include "RefusingPort.h"

#include "gui/models/BackendHealthModel.h"
#include "gui/views/BackendsView.h"
#include "health/HealthMonitor.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace airlock;

namespace {

RouteConfig route(const QString& name, HealthConfig::Kind kind)
{
    RouteConfig r;
    r.name = name;
    r.path = QStringLiteral("/%1/").arg(name);
    r.backend = QUrl(QStringLiteral("ws://127.0.0.1:1/"));
    r.health.kind = kind;
    return r;
}

HealthSnapshot checkedOk(const QString& route, qint64 latency, HealthSnapshot::State state = HealthSnapshot::State::Up)
{
    HealthSnapshot s;
    s.route = route;
    s.state = state;
    s.checks = 1;
    s.lastOk = true;
    s.lastCheckedAt = QDateTime::currentMSecsSinceEpoch();
    s.lastLatencyMs = latency;
    s.medianLatencyMs = latency;
    s.p95LatencyMs = latency;
    return s;
}

HealthSnapshot checkedFailed(const QString& route, HealthSnapshot::State state)
{
    HealthSnapshot s = checkedOk(route, 12, state);
    s.lastOk = false;
    s.lastError = FailureReason::ConnectRefused;
    s.lastErrorDetail = QStringLiteral("127.0.0.1:1 refused the connection");
    s.lastErrorClassification = QStringLiteral("transient");
    s.lastErrorAt = s.lastCheckedAt;
    return s;
}

QString text(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class tst_BackendHealthModel : public QObject
{
    Q_OBJECT

private slots:
    void routesMakeRows();
    void checksFillTheRow();
    void windowKeepsTheLast50();
    void routesFollowWithoutReset();
    void checkOfAnUnknownRouteAddsIt();
    void downThenUpWithARealService();
};

void tst_BackendHealthModel::routesMakeRows()
{
    BackendHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRoutes(
        {route(QStringLiteral("a"), HealthConfig::Kind::Tcp), route(QStringLiteral("b"), HealthConfig::Kind::None)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 0, BackendHealthModel::Route), QStringLiteral("a"));
    QCOMPARE(text(model, 0, BackendHealthModel::State), QStringLiteral("unknown"));
    QCOMPARE(text(model, 1, BackendHealthModel::State), QStringLiteral("not checked"));
    QCOMPARE(model.data(model.index(1, 0), BackendHealthModel::StateRole).toInt(), -1);
    QCOMPARE(text(model, 1, BackendHealthModel::LastLatency), QString());
    QCOMPARE(text(model, 0, BackendHealthModel::Uptime), QStringLiteral("–"));
    QCOMPARE(model.data(model.index(1, 0), BackendHealthModel::RouteRole).toString(), QStringLiteral("b"));
    for (int column = 0; column < BackendHealthModel::ColumnCount; ++column) {
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
}

void tst_BackendHealthModel::checksFillTheRow()
{
    BackendHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRoutes(
        {route(QStringLiteral("a"), HealthConfig::Kind::Tcp), route(QStringLiteral("b"), HealthConfig::Kind::Tcp)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    HealthSnapshot up = checkedOk(QStringLiteral("b"), 12);
    up.medianLatencyMs = 15;
    up.p95LatencyMs = 1500;
    model.applyStateChanged(QStringLiteral("b"), up);
    model.applyChecked(QStringLiteral("b"), up);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 1);
    QCOMPARE(text(model, 1, BackendHealthModel::State), QStringLiteral("up"));
    QVERIFY(!model.data(model.index(1, BackendHealthModel::State), Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(text(model, 1, BackendHealthModel::LastLatency), QStringLiteral("12 ms"));
    QCOMPARE(text(model, 1, BackendHealthModel::MedianLatency), QStringLiteral("15 ms"));
    QCOMPARE(text(model, 1, BackendHealthModel::P95Latency), QStringLiteral("1.5 s"));
    QCOMPARE(model.data(model.index(1, BackendHealthModel::P95Latency), BackendHealthModel::SortRole).toLongLong(),
             1500);
    QCOMPARE(text(model, 1, BackendHealthModel::Uptime), QStringLiteral("100 %"));
    QCOMPARE(text(model, 1, BackendHealthModel::LastChange),
             QDateTime::fromMSecsSinceEpoch(up.lastCheckedAt).toString(QStringLiteral("hh:mm:ss")));
    QCOMPARE(text(model, 1, BackendHealthModel::LastError), QString());

    const HealthSnapshot degraded = checkedFailed(QStringLiteral("b"), HealthSnapshot::State::Degraded);
    model.applyStateChanged(QStringLiteral("b"), degraded);
    model.applyChecked(QStringLiteral("b"), degraded);
    // The monitor keeps the last error in the snapshot after a recovery.
    HealthSnapshot recovered = checkedOk(QStringLiteral("b"), 30);
    recovered.lastError = degraded.lastError;
    recovered.lastErrorDetail = degraded.lastErrorDetail;
    recovered.lastErrorClassification = degraded.lastErrorClassification;
    recovered.lastErrorAt = degraded.lastErrorAt;
    model.applyChecked(QStringLiteral("b"), recovered);
    QCOMPARE(model.latencies(1), (QList<qint64>{12, -1, 30}));
    QCOMPARE(
        model.data(model.index(1, BackendHealthModel::Trend), BackendHealthModel::LatenciesRole).value<QList<qint64>>(),
        (QList<qint64>{12, -1, 30}));
    QCOMPARE(text(model, 1, BackendHealthModel::Uptime), QStringLiteral("66.7 %"));
    QVERIFY(text(model, 1, BackendHealthModel::Trend, Qt::AccessibleTextRole).contains(QStringLiteral("1 failed")));
    // The last error stays after the recovery, in plain words with its detail.
    const QString error = text(model, 1, BackendHealthModel::LastError);
    QVERIFY2(error.startsWith(failure::sentence(FailureReason::ConnectRefused)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("refused the connection")), qPrintable(error));
    QVERIFY(text(model, 1, BackendHealthModel::LastError, Qt::ToolTipRole).contains(QStringLiteral("transient")));
    // Row a was never touched.
    for (const QList<QVariant>& signal : changed)
        QCOMPARE(signal.at(0).toModelIndex().row(), 1);
}

void tst_BackendHealthModel::windowKeepsTheLast50()
{
    BackendHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRoutes({route(QStringLiteral("a"), HealthConfig::Kind::Tcp)});
    for (int i = 0; i < 60; ++i) {
        model.applyChecked(QStringLiteral("a"),
                           i % 10 == 9 ? checkedFailed(QStringLiteral("a"), HealthSnapshot::State::Degraded)
                                       : checkedOk(QStringLiteral("a"), i));
    }
    const QList<qint64> window = model.latencies(0);
    QCOMPARE(window.size(), BackendHealthModel::LatencyWindow);
    QCOMPARE(window.first(), 10);
    QCOMPARE(window.last(), -1);
    QCOMPARE(model.uptimePercent(0), 90.0);
    QCOMPARE(text(model, 0, BackendHealthModel::Uptime), QStringLiteral("90 %"));
}

void tst_BackendHealthModel::routesFollowWithoutReset()
{
    BackendHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRoutes({route(QStringLiteral("a"), HealthConfig::Kind::Tcp),
                     route(QStringLiteral("b"), HealthConfig::Kind::Tcp),
                     route(QStringLiteral("c"), HealthConfig::Kind::Tcp)});
    model.applyChecked(QStringLiteral("c"), checkedOk(QStringLiteral("c"), 5));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // a and b go, c stays (with its history) but loses its check, d comes.
    model.setRoutes(
        {route(QStringLiteral("c"), HealthConfig::Kind::Tcp), route(QStringLiteral("d"), HealthConfig::Kind::None)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("c")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("d")), 1);
    QCOMPARE(model.latencies(0), QList<qint64>{5});
    QCOMPARE(text(model, 1, BackendHealthModel::State), QStringLiteral("not checked"));
    QCOMPARE(changed.size(), 0);

    model.setRoutes(
        {route(QStringLiteral("c"), HealthConfig::Kind::None), route(QStringLiteral("d"), HealthConfig::Kind::None)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(text(model, 0, BackendHealthModel::State), QStringLiteral("not checked"));
    QVERIFY(model.latencies(0).isEmpty());
}

void tst_BackendHealthModel::checkOfAnUnknownRouteAddsIt()
{
    BackendHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyChecked(QStringLiteral("new"), checkedOk(QStringLiteral("new"), 3));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.routeAt(0), QStringLiteral("new"));
    QCOMPARE(text(model, 0, BackendHealthModel::LastLatency), QStringLiteral("3 ms"));
}

void tst_BackendHealthModel::downThenUpWithARealService()
{
    RefusingPort backend;
    QVERIFY(backend.isValid());
    RouteConfig checked =
        ProxyFixture::route(QStringLiteral("/vm/"), QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(backend.port())));
    checked.name = QStringLiteral("vm");
    checked.health.kind = HealthConfig::Kind::Tcp;
    checked.health.intervalMs = 50;
    checked.health.timeoutMs = 2000;
    checked.health.rise = 1;
    checked.health.fall = 1;
    RouteConfig unchecked = ProxyFixture::route(QStringLiteral("/plain/"), QUrl(QStringLiteral("ws://127.0.0.1:1/")));
    unchecked.name = QStringLiteral("plain");
    ProxyFixture proxy(ProxyFixture::config({checked, unchecked}));
    BackendsView view(proxy.service());
    BackendHealthModel* model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(proxy.start());
    QCOMPARE(model->rowCount(), 2);
    const int row = model->rowOf(QStringLiteral("vm"));
    QVERIFY(row >= 0);
    QCOMPARE(text(*model, model->rowOf(QStringLiteral("plain")), BackendHealthModel::State),
             QStringLiteral("not checked"));

    QTRY_COMPARE_WITH_TIMEOUT(text(*model, row, BackendHealthModel::State), QStringLiteral("down"), 5000);
    QVERIFY(
        text(*model, row, BackendHealthModel::LastError).startsWith(failure::sentence(FailureReason::ConnectRefused)));
    QVERIFY(model->latencies(row).contains(-1));
    QVERIFY(!text(*model, row, BackendHealthModel::LastChange).isEmpty());

    QVERIFY(backend.setAccepting(true));
    QTRY_COMPARE_WITH_TIMEOUT(text(*model, row, BackendHealthModel::State), QStringLiteral("up"), 5000);
    QVERIFY(model->latencies(row).last() >= 0);
    QVERIFY(model->uptimePercent(row) > 0);
    QVERIFY(model->uptimePercent(row) < 100);
}

QTEST_MAIN(tst_BackendHealthModel)
#include "tst_backendhealthmodel.moc"
