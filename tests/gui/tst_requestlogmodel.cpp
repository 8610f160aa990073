// The handshake table over a live RequestLog (rows follow its ring exactly, with stable sequence numbers)
// and over a fixed list of records; what each column shows, tells and sorts by.
#include "gui/models/RequestLogModel.h"
#include "observe/FailureReason.h"
#include "observe/RequestLog.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace airlock;

namespace {

RequestRecord record(quint64 id)
{
    RequestRecord r;
    r.sessionId = id;
    r.kind = RequestRecord::Kind::WebSocket;
    r.clientAddress = QStringLiteral("127.0.0.1");
    r.clientPort = 40000;
    r.route = QStringLiteral("echo");
    r.method = "GET";
    r.target = "/echo";
    r.acceptedAt = QDateTime(QDate(2026, 3, 1), QTime(14, 5, 9)).toMSecsSinceEpoch() + qint64(id);
    r.headReadAt = r.acceptedAt + 1;
    r.tcpConnectedAt = r.acceptedAt + 3;
    r.upstreamResponseAt = r.acceptedAt + 10;
    r.clientResponseAt = r.acceptedAt + 11;
    r.closedAt = r.acceptedAt + 4200;
    r.outcome = RequestRecord::Outcome::Closed;
    r.httpStatus = 101;
    r.closeCode = 1000;
    r.closeSide = RequestRecord::Side::Client;
    r.classification = QStringLiteral("normal");
    return r;
}

QList<RequestRecord> records(quint64 first, int count)
{
    QList<RequestRecord> out;
    for (int i = 0; i < count; ++i)
        out.append(record(first + quint64(i)));
    return out;
}

QList<quint64> ids(const RequestLogModel& model)
{
    QList<quint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(RequestLogModel::IdRole).toULongLong());
    return out;
}

QList<quint64> range(quint64 first, quint64 last)
{
    QList<quint64> out;
    for (quint64 id = first; id <= last; ++id)
        out.append(id);
    return out;
}

} // namespace

class tst_RequestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void followsAppendsAndEvictions();
    void historyAlreadyInTheRing();
    void messagesDroppedChangesOnlyTheRecord();
    void readOnlyOverRecords();
    void columns_data();
    void columns();
    void sortsByRawValues();
    void headers();
    void logDestroyedFirst();
};

void tst_RequestLogModel::followsAppendsAndEvictions()
{
    RequestLog log(4);
    RequestLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    QVERIFY(!model.isReadOnly());
    log.append(records(1, 3));
    QCOMPARE(ids(model), range(1, 3));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 0);
    QCOMPARE(inserted.last().at(2).toInt(), 2);

    log.append(records(4, 3)); // one eviction of 2, then three appended at the back
    QCOMPARE(ids(model), range(3, 6));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.last().at(1).toInt(), 0);
    QCOMPARE(removed.last().at(2).toInt(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 1);
    QCOMPARE(inserted.last().at(2).toInt(), 3);

    // Sequence numbers never move with the rows.
    QCOMPARE(model.sequenceAt(0), 2u);
    QCOMPARE(model.index(0, 0).data(RequestLogModel::SequenceRole).toULongLong(), 2u);
    QCOMPARE(model.nextSequence(), 6u);
    QCOMPARE(model.rowOfSequence(1), -1);
    QCOMPARE(model.rowOfSequence(5), 3);
    QCOMPARE(model.rowOfSequence(6), -1);
    QCOMPARE(model.recordAt(3).sessionId, 6u);

    log.append(records(7, 9)); // more than the ring holds at once
    QCOMPARE(ids(model), range(12, 15));
    QCOMPARE(model.nextSequence(), 10u);
    QCOMPARE(model.newestRowOfSession(13), 1);
    QCOMPARE(model.newestRowOfSession(3), -1);
}

void tst_RequestLogModel::historyAlreadyInTheRing()
{
    RequestLog log(10);
    log.append(records(1, 4));
    RequestLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(ids(model), range(1, 4));
    log.append(records(5, 1));
    QCOMPARE(ids(model), range(1, 5));
    QCOMPARE(model.nextSequence(), 5u);
}

void tst_RequestLogModel::messagesDroppedChangesOnlyTheRecord()
{
    RequestLog log(10, 10); // 10 bytes of captured messages in memory
    RequestLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<RequestRecord> batch = records(1, 2);
    for (RequestRecord& r : batch) {
        CapturedMessage message;
        message.data = QByteArray(8, 'x');
        r.messages.append(message);
    }
    log.append(batch);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.last().at(1).toModelIndex().row(), 0);
    QCOMPARE(changed.last().at(2).value<QList<int>>(), QList<int>({RequestLogModel::RecordRole}));
    QVERIFY(model.index(0, 0).data(RequestLogModel::RecordRole).value<RequestRecord>().messagesInFileOnly);
}

void tst_RequestLogModel::readOnlyOverRecords()
{
    RequestLogModel model(records(5, 3));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.isReadOnly());
    QCOMPARE(model.log(), nullptr);
    QCOMPARE(ids(model), range(5, 7));
    QCOMPARE(model.recordAt(2).sessionId, 7u);
    QCOMPARE(model.nextSequence(), 3u);
}

void tst_RequestLogModel::columns_data()
{
    QTest::addColumn<RequestRecord>("record");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("toolTipContains");

    const RequestRecord closed = record(1);
    RequestRecord refused = record(2);
    refused.route.clear();
    refused.outcome = RequestRecord::Outcome::Rejected;
    refused.httpStatus = 404;
    refused.failureReason = FailureReason::NoRoute;
    refused.failureDetail = QStringLiteral("no route for /nowhere");
    refused.tcpConnectedAt = refused.upstreamResponseAt = 0;
    refused.clientResponseAt = refused.acceptedAt + 2;
    refused.closedAt = 0;
    refused.closeCode = 0;
    refused.classification = QStringLiteral("permanent");
    refused.classificationDetail = QStringLiteral("404 will not change on retry");
    RequestRecord visible = record(3);
    visible.backendStatus = 404;
    visible.closeCode = 4404;
    visible.closeReason = "session unknown";
    visible.closeSide = RequestRecord::Side::Airlock;
    visible.closedAt = visible.acceptedAt + 3 * 60 * 1000 + 10 * 1000;

    QTest::newRow("time") << closed << int(RequestLogModel::TimeColumn) << QStringLiteral("14:05:09")
                          << QStringLiteral("2026-03-01 14:05:09.001");
    QTest::newRow("route") << closed << int(RequestLogModel::RouteColumn) << QStringLiteral("echo")
                           << QStringLiteral("127.0.0.1:40000");
    QTest::newRow("no route") << refused << int(RequestLogModel::RouteColumn) << QStringLiteral("(no route)")
                              << QString();
    QTest::newRow("request") << closed << int(RequestLogModel::TargetColumn) << QStringLiteral("GET /echo")
                             << QString();
    QTest::newRow("outcome closed") << closed << int(RequestLogModel::OutcomeColumn) << QStringLiteral("closed")
                                    << QStringLiteral("closed");
    QTest::newRow("outcome refused") << refused << int(RequestLogModel::OutcomeColumn)
                                     << QStringLiteral("rejected by Airlock")
                                     << failure::sentence(FailureReason::NoRoute) + u'\n' +
                                            QStringLiteral("no route for /nowhere");
    QTest::newRow("status") << refused << int(RequestLogModel::StatusColumn) << QStringLiteral("404")
                            << QStringLiteral("Sent 404");
    QTest::newRow("status with backend's") << visible << int(RequestLogModel::StatusColumn) << QStringLiteral("101")
                                           << QStringLiteral("the backend answered 404");
    QTest::newRow("no close code") << refused << int(RequestLogModel::CloseCodeColumn) << QString() << QString();
    QTest::newRow("close code") << visible << int(RequestLogModel::CloseCodeColumn) << QStringLiteral("4404")
                                << QStringLiteral("\"session unknown\" from Airlock");
    QTest::newRow("classification") << refused << int(RequestLogModel::ClassificationColumn)
                                    << QStringLiteral("permanent") << QStringLiteral("will not change");
    QTest::newRow("total seconds") << closed << int(RequestLogModel::TotalColumn) << QStringLiteral("4.2 s")
                                   << QStringLiteral("session 4.2 s");
    QTest::newRow("total minutes") << visible << int(RequestLogModel::TotalColumn) << QStringLiteral("3 min 10 s")
                                   << QString();
    QTest::newRow("total refused") << refused << int(RequestLogModel::TotalColumn) << QStringLiteral("2 ms")
                                   << QStringLiteral("request head 1 ms, answer to client 1 ms");
    QTest::newRow("phases") << closed << int(RequestLogModel::PhasesColumn) << QString()
                            << QStringLiteral(
                                   "request head 1 ms, TCP connect 2 ms, backend answer 7 ms, answer to client "
                                   "1 ms, session 4.2 s");
}

void tst_RequestLogModel::columns()
{
    QFETCH(RequestRecord, record);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QString, toolTipContains);

    RequestLogModel model(QList<RequestRecord>{record});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data().toString(), display);
    if (!toolTipContains.isEmpty())
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(toolTipContains),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));
    QVERIFY(!index.data(Qt::AccessibleTextRole).isNull() || display.isEmpty());
    QCOMPARE(index.data(RequestLogModel::IdRole).toULongLong(), record.sessionId);
    QCOMPARE(index.data(RequestLogModel::RecordRole).value<RequestRecord>().toJson(), record.toJson());
    QVERIFY(index.data(RequestLogModel::SortRole).isValid());
}

void tst_RequestLogModel::sortsByRawValues()
{
    RequestRecord fast = record(1);
    fast.closedAt = fast.acceptedAt + 900;
    fast.httpStatus = 404;
    RequestRecord slow = record(2);
    slow.closedAt = slow.acceptedAt + 10 * 1000;
    slow.httpStatus = 1000; // not a real status: only the number order matters
    RequestLogModel model(QList<RequestRecord>{fast, slow});
    const auto sortValue = [&model](int row, int column) {
        return model.index(row, column).data(RequestLogModel::SortRole);
    };
    // As text, "900 ms" > "10.0 s" and "404" > "1000"; as raw numbers they order correctly.
    QVERIFY(model.index(0, RequestLogModel::TotalColumn).data().toString() >
            model.index(1, RequestLogModel::TotalColumn).data().toString());
    QVERIFY(QVariant::compare(sortValue(0, RequestLogModel::TotalColumn), sortValue(1, RequestLogModel::TotalColumn)) ==
            QPartialOrdering::Less);
    QVERIFY(QVariant::compare(sortValue(0, RequestLogModel::StatusColumn),
                              sortValue(1, RequestLogModel::StatusColumn)) == QPartialOrdering::Less);
    QCOMPARE(sortValue(0, RequestLogModel::TimeColumn).toLongLong(), fast.acceptedAt);
}

void tst_RequestLogModel::headers()
{
    RequestLogModel model(QList<RequestRecord>{});
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
}

void tst_RequestLogModel::logDestroyedFirst()
{
    auto* log = new RequestLog(5);
    RequestLogModel model(log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    log->append(records(1, 3));
    delete log;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.log(), nullptr);
}

QTEST_MAIN(tst_RequestLogModel)
#include "tst_requestlogmodel.moc"
