// SessionTableModel: batches of snapshots and ended ids in, rows and roles out; close details from records;
// closed rows linger, then go; an update touches only the rows that changed.
#include "gui/models/SessionTableModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace airlock;

namespace {

SessionSnapshot snapshot(quint64 id, SessionSnapshot::State state = SessionSnapshot::State::Open)
{
    SessionSnapshot s;
    s.id = id;
    s.route = QStringLiteral("/vm%1/").arg(id);
    s.kind = SessionSnapshot::Kind::WebSocket;
    s.state = state;
    s.clientAddress = QStringLiteral("127.0.0.1");
    s.clientPort = quint16(40000 + id);
    s.origin = "https://console.example.com";
    s.subprotocol = "tty";
    // The same start for every call, so a snapshot made again compares equal.
    static const qint64 started = QDateTime::currentMSecsSinceEpoch() - 5000;
    s.startedAt = started;
    s.bytesFromClient = 1500;
    s.bytesFromBackend = 2048;
    s.messagesFromClient = 3;
    s.messagesFromBackend = 12;
    s.rateFromClient = 100;
    s.rateFromBackend = 2048;
    s.clientRttMs = 12;
    s.backendRttMs = -1;
    return s;
}

RequestRecord closeRecord(quint64 id, int code, const QByteArray& reason, RequestRecord::Side side,
                          const QString& classification)
{
    RequestRecord r;
    r.sessionId = id;
    r.kind = RequestRecord::Kind::WebSocket;
    r.outcome = RequestRecord::Outcome::Closed;
    r.httpStatus = 101;
    r.closeCode = code;
    r.closeReason = reason;
    r.closeSide = side;
    r.classification = classification;
    r.classificationDetail = QStringLiteral("why it is %1").arg(classification);
    r.closedAt = QDateTime::currentMSecsSinceEpoch();
    return r;
}

QString text(const SessionTableModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class tst_SessionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void openShowsEveryColumn();
    void updateChangesOnlyThatRow();
    void closeDetails_data();
    void closeDetails();
    void recordBeforeTheEnd();
    void recordBeforeTheRow();
    void lingerThenRemoved();
    void manyRowsFewChanges();
    void sortRoleIsRaw();
};

void tst_SessionTableModel::openShowsEveryColumn()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.applyBatch({snapshot(7)}, {});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(7), 0);
    QCOMPARE(model.data(model.index(0, 0), SessionTableModel::IdRole).toULongLong(), 7ULL);
    QCOMPARE(text(model, 0, SessionTableModel::Route), QStringLiteral("/vm7/"));
    QCOMPARE(text(model, 0, SessionTableModel::Client), QStringLiteral("127.0.0.1:40007"));
    QVERIFY(text(model, 0, SessionTableModel::Client, Qt::ToolTipRole)
                .contains(QStringLiteral("https://console.example.com")));
    QCOMPARE(text(model, 0, SessionTableModel::Origin), QStringLiteral("https://console.example.com"));
    QCOMPARE(text(model, 0, SessionTableModel::Kind), QStringLiteral("WebSocket"));
    QCOMPARE(text(model, 0, SessionTableModel::Subprotocol), QStringLiteral("tty"));
    QCOMPARE(text(model, 0, SessionTableModel::State), QStringLiteral("open"));
    QCOMPARE(text(model, 0, SessionTableModel::BytesFromClient), QStringLiteral("1.5 KiB"));
    QCOMPARE(text(model, 0, SessionTableModel::BytesFromBackend), QStringLiteral("2.0 KiB"));
    QCOMPARE(text(model, 0, SessionTableModel::MessagesFromBackend), QStringLiteral("12"));
    QCOMPARE(text(model, 0, SessionTableModel::RateFromBackend), QStringLiteral("2.0 KiB/s"));
    QCOMPARE(text(model, 0, SessionTableModel::KeepaliveRtt), QStringLiteral("12 ms / –"));
    QVERIFY(text(model, 0, SessionTableModel::Duration).endsWith(QStringLiteral(" s")));
    QCOMPARE(text(model, 0, SessionTableModel::Close), QString());
    QVERIFY(!model.data(model.index(0, SessionTableModel::State), Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.data(model.index(0, SessionTableModel::State), Qt::AccessibleTextRole).toString().isEmpty());
    QVERIFY(!model.data(model.index(0, SessionTableModel::Route), Qt::ForegroundRole).isValid());
    for (int column = 0; column < SessionTableModel::ColumnCount; ++column) {
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
}

void tst_SessionTableModel::updateChangesOnlyThatRow()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch({snapshot(1), snapshot(2), snapshot(3)}, {});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    SessionSnapshot s = snapshot(2, SessionSnapshot::State::Closing);
    s.bytesFromClient = 5 * 1024 * 1024;
    model.applyBatch({snapshot(1), s}, {}); // 1 is unchanged
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(text(model, 1, SessionTableModel::State), QStringLiteral("closing"));
    QCOMPARE(text(model, 1, SessionTableModel::BytesFromClient), QStringLiteral("5.0 MiB"));
}

void tst_SessionTableModel::closeDetails_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<int>("side");
    QTest::addColumn<QString>("classification");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("closeText");

    QTest::newRow("1001 by Airlock normal")
        << 1001 << QByteArray("closed from Airlock") << int(RequestRecord::Side::Airlock) << QStringLiteral("normal")
        << int(SessionTableModel::Status::ClosedNormal)
        << QStringLiteral("1001 “closed from Airlock” · by Airlock · normal");
    QTest::newRow("1011 by backend transient")
        << 1011 << QByteArray() << int(RequestRecord::Side::Backend) << QStringLiteral("transient")
        << int(SessionTableModel::Status::ClosedTransient) << QStringLiteral("1011 · by backend · transient");
    QTest::newRow("4403 by client permanent")
        << 4403 << QByteArray("forbidden") << int(RequestRecord::Side::Client) << QStringLiteral("permanent")
        << int(SessionTableModel::Status::ClosedPermanent)
        << QStringLiteral("4403 “forbidden” · by client · permanent");
}

void tst_SessionTableModel::closeDetails()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    QFETCH(int, side);
    QFETCH(QString, classification);
    QFETCH(int, status);
    QFETCH(QString, closeText);

    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch({snapshot(1), snapshot(2)}, {});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyBatch({}, {2});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QVERIFY(model.isClosed(1));
    QVERIFY(!model.isClosed(0));
    QCOMPARE(text(model, 1, SessionTableModel::State), QStringLiteral("closed"));
    QCOMPARE(text(model, 1, SessionTableModel::Close), QStringLiteral("ended"));
    // Greyed once closed.
    QVERIFY(model.data(model.index(1, SessionTableModel::Route), Qt::ForegroundRole).isValid());

    model.applyRecords({closeRecord(2, code, reason, RequestRecord::Side(side), classification)});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(int(model.status(1)), status);
    QCOMPARE(text(model, 1, SessionTableModel::Close), closeText);
    QVERIFY(text(model, 1, SessionTableModel::Close, Qt::ToolTipRole)
                .contains(QStringLiteral("why it is ") + classification));
    QVERIFY(model.details(1).contains(closeText));
    QCOMPARE(text(model, 1, SessionTableModel::State),
             SessionTableModel::statusName(SessionTableModel::Status(status)));
    // A record for a session the model never saw changes nothing.
    model.applyRecords({closeRecord(99, 1000, {}, RequestRecord::Side::Client, QStringLiteral("normal"))});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.rowCount(), 2);
}

// The record may come before the batch with the ended id: the details wait on the open row.
void tst_SessionTableModel::recordBeforeTheEnd()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch({snapshot(5)}, {});
    model.applyRecords({closeRecord(5, 1000, "bye", RequestRecord::Side::Client, QStringLiteral("normal"))});
    QVERIFY(!model.isClosed(0));
    QCOMPARE(text(model, 0, SessionTableModel::State), QStringLiteral("open"));
    model.applyBatch({}, {5});
    QCOMPARE(model.status(0), SessionTableModel::Status::ClosedNormal);
    QCOMPARE(text(model, 0, SessionTableModel::Close), QStringLiteral("1000 “bye” · by client · normal"));
    // A late snapshot of a closed session does not reopen it.
    model.applyBatch({snapshot(5)}, {});
    QVERIFY(model.isClosed(0));
}

// A session that opens and ends within one batch has its record before its row exists.
void tst_SessionTableModel::recordBeforeTheRow()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyRecords(
        {closeRecord(7, 1014, "bad gateway", RequestRecord::Side::Airlock, QStringLiteral("transient"))});
    QCOMPARE(model.rowCount(), 0);
    model.applyBatch({snapshot(7)}, {7});
    QCOMPARE(model.status(0), SessionTableModel::Status::ClosedTransient);
    QVERIFY2(text(model, 0, SessionTableModel::Close).startsWith(QStringLiteral("1014 “bad gateway”")),
             qPrintable(text(model, 0, SessionTableModel::Close)));

    // Kept for a bounded number of sessions only: the oldest early record is forgotten.
    for (quint64 id = 100; id < 100 + 1000; ++id)
        model.applyRecords({closeRecord(id, 1000, {}, RequestRecord::Side::Client, QStringLiteral("normal"))});
    model.applyBatch({snapshot(100), snapshot(1099)}, {100, 1099});
    QCOMPARE(text(model, model.rowOf(100), SessionTableModel::Close), QStringLiteral("ended"));
    QVERIFY(text(model, model.rowOf(1099), SessionTableModel::Close).startsWith(QStringLiteral("1000")));
}

void tst_SessionTableModel::lingerThenRemoved()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLingerMs(300);
    model.applyBatch({snapshot(1), snapshot(2), snapshot(3), snapshot(4)}, {});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.applyBatch({}, {2, 3});
    QCOMPARE(model.rowCount(), 4); // still shown, greyed
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 5000);
    QCOMPARE(removed.size(), 1); // rows 1..2 in one range
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOf(1), 0);
    QCOMPARE(model.rowOf(4), 1);
    QCOMPARE(model.rowOf(2), -1);
    // The index follows the removal: an update of 4 lands on its new row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    SessionSnapshot s = snapshot(4);
    s.messagesFromClient = 99;
    model.applyBatch({s}, {});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(text(model, 1, SessionTableModel::MessagesFromClient), QStringLiteral("99"));
}

void tst_SessionTableModel::manyRowsFewChanges()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<SessionSnapshot> all;
    for (quint64 id = 1; id <= 500; ++id)
        all.append(snapshot(id));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.applyBatch(all, {});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 499);
    QCOMPARE(model.rowCount(), 500);

    // The service sends the whole set again with three sessions changed (ids 11, 12 and 301).
    for (quint64 id : {11, 12, 301})
        all[int(id - 1)].bytesFromBackend += 10;
    model.applyBatch(all, {});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(changed.size(), 2); // rows 10-11 coalesced, and row 300
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 10);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 11);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 300);
    QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 300);

    // New sessions arriving with an update: one insert bracket at the end.
    model.applyBatch({snapshot(501), snapshot(502)}, {});
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 500);
    QCOMPARE(inserted.at(1).at(2).toInt(), 501);
    QCOMPARE(reset.size(), 0);
}

void tst_SessionTableModel::sortRoleIsRaw()
{
    SessionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SessionSnapshot small = snapshot(1);
    small.bytesFromClient = 900; // "900 B" sorts after "1.5 KiB" as text
    model.applyBatch({small, snapshot(2)}, {});
    const QVariant a = model.data(model.index(0, SessionTableModel::BytesFromClient), SessionTableModel::SortRole);
    const QVariant b = model.data(model.index(1, SessionTableModel::BytesFromClient), SessionTableModel::SortRole);
    QCOMPARE(a.toLongLong(), 900);
    QCOMPARE(b.toLongLong(), 1500);
    QVERIFY(QVariant::compare(a, b) == QPartialOrdering::Less);
}

QTEST_MAIN(tst_SessionTableModel)
#include "tst_sessiontablemodel.moc"
