// RouteListModel: the edited routes in file order, with add, duplicate, remove and moves, checked by
// QAbstractItemModelTester throughout.
#include "gui/routes/RouteListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace airlock;

namespace {

RouteConfig route(const QString& name, const QString& path)
{
    RouteConfig r;
    r.name = name;
    r.path = path;
    r.backend = QUrl(QStringLiteral("ws://127.0.0.1:9/"));
    return r;
}

QStringList names(const RouteListModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, RouteListModel::Name).data().toString());
    return out;
}

} // namespace

class tst_RouteListModel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheRoutes();
    void headersHaveTooltips();
    void setRouteChangesOnlyItsRow();
    void addDuplicateRemove();
    void moves_data();
    void moves();
};

void tst_RouteListModel::showsTheRoutes()
{
    RouteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RouteConfig chat = route(QStringLiteral("chat"), QStringLiteral("/chat"));
    chat.capture.enabled = true;
    chat.health.kind = HealthConfig::Kind::Ws;
    model.setRoutes({chat, route(QStringLiteral("vnc"), QStringLiteral("/vnc"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RouteListModel::Path).data().toString(), QStringLiteral("/chat"));
    QCOMPARE(model.index(0, RouteListModel::Backend).data().toString(), QStringLiteral("ws://127.0.0.1:9/"));
    const QString flags = model.index(0, RouteListModel::Flags).data().toString();
    QVERIFY2(flags.contains(QLatin1String("capture")) && flags.contains(QLatin1String("health ws")) &&
                 flags.contains(QLatin1String("keepalive")),
             qPrintable(flags));
    QCOMPARE(model.index(1, RouteListModel::Name).data(RouteListModel::IdRole).toString(), QStringLiteral("vnc"));
    QCOMPARE(model.index(1, RouteListModel::Name).data(RouteListModel::RecordRole).toInt(), 1);
    QVERIFY(!model.index(0, RouteListModel::Name).data(Qt::AccessibleTextRole).toString().isEmpty());
    QVERIFY(!model.index(0, RouteListModel::Flags).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.rowOfName(QStringLiteral("vnc")), 1);
    QCOMPARE(model.rowOfName(QStringLiteral("none")), -1);
}

void tst_RouteListModel::headersHaveTooltips()
{
    RouteListModel model;
    for (int column = 0; column < RouteListModel::ColumnCount; ++column) {
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
}

void tst_RouteListModel::setRouteChangesOnlyItsRow()
{
    RouteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRoutes(
        {route(QStringLiteral("a"), QStringLiteral("/a")), route(QStringLiteral("b"), QStringLiteral("/b"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    RouteConfig b = model.route(1);
    b.backend = QUrl(QStringLiteral("ws://127.0.0.1:10/"));
    model.setRoute(1, b);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, RouteListModel::Backend));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, RouteListModel::Backend));
    // A change no column shows: the route changes, no cell does.
    b.timeouts.connectMs = 1;
    QSignalSpy routesChanged(&model, &RouteListModel::routesChanged);
    model.setRoute(1, b);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(routesChanged.size(), 1);
    QCOMPARE(model.route(1).timeouts.connectMs, 1);
    QCOMPARE(reset.size(), 0);
}

void tst_RouteListModel::addDuplicateRemove()
{
    RouteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRoutes({route(QStringLiteral("a"), QStringLiteral("/a"))});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const int added = model.addRoute(model.newRoute());
    QCOMPARE(added, 1);
    const int second = model.addRoute(model.newRoute());
    QCOMPARE(second, 2);
    QVERIFY(model.route(1).name != model.route(2).name); // new routes never clash
    QVERIFY(model.route(1).path != model.route(2).path);
    QCOMPARE(model.duplicateRoute(0), 1);
    QCOMPARE(names(model).size(), 4);
    QCOMPARE(model.route(1).backend, model.route(0).backend);
    QVERIFY(model.route(1).name != QStringLiteral("a"));
    QVERIFY(model.route(1).path != QStringLiteral("/a"));
    QVERIFY(model.removeRoute(0));
    QVERIFY(!model.removeRoute(7));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.duplicateRoute(-1), -1);
    QCOMPARE(reset.size(), 0); // updates never reset
}

void tst_RouteListModel::moves_data()
{
    QTest::addColumn<bool>("up");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("newRow");
    const QStringList abc{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("up from the middle") << true << 1 << QStringLiteral("b,a,c").split(u',') << 0;
    QTest::newRow("up from the top") << true << 0 << abc << -1;
    QTest::newRow("down from the middle") << false << 1 << QStringLiteral("a,c,b").split(u',') << 2;
    QTest::newRow("down from the bottom") << false << 2 << abc << -1;
    QTest::newRow("down from the top") << false << 0 << QStringLiteral("b,a,c").split(u',') << 1;
}

void tst_RouteListModel::moves()
{
    QFETCH(bool, up);
    QFETCH(int, row);
    QFETCH(QStringList, expected);
    QFETCH(int, newRow);
    RouteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRoutes({route(QStringLiteral("a"), QStringLiteral("/a")), route(QStringLiteral("b"), QStringLiteral("/b")),
                     route(QStringLiteral("c"), QStringLiteral("/c"))});
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QCOMPARE(up ? model.moveUp(row) : model.moveDown(row), newRow);
    QCOMPARE(names(model), expected);
    QCOMPARE(moved.size(), newRow >= 0 ? 1 : 0);
}

QTEST_MAIN(tst_RouteListModel)
#include "tst_routelistmodel.moc"
