// MessageListModel and MessageFilterModel: rows for the captured messages plus the close frame, the values
// each role serves, and the direction and regular-expression filters, under QAbstractItemModelTester.
#include "gui/inspector/MessageFilterModel.h"
#include "gui/inspector/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace airlock;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

CapturedMessage message(CapturedMessage::Type type, qint64 atMs, const QByteArray& data, quint8 opcode = 1)
{
    CapturedMessage m;
    m.type = type;
    m.timeMs = kStart + atMs;
    m.opcode = opcode;
    m.data = data;
    m.originalLength = data.size();
    return m;
}

RequestRecord conversation()
{
    RequestRecord r;
    r.kind = RequestRecord::Kind::WebSocket;
    r.outcome = RequestRecord::Outcome::Closed;
    r.acceptedAt = kStart;
    r.clientResponseAt = kStart + 20;
    r.closedAt = kStart + 4200;
    r.captureEnabled = true;
    r.messages = {
        message(CapturedMessage::Type::Send, 25, "{\"op\":\"hello\"}"),
        message(CapturedMessage::Type::Receive, 30, "welcome\nline two"),
        message(CapturedMessage::Type::Receive, 812, QByteArray("\x00\x01\xfe\xff", 4), 2),
        message(CapturedMessage::Type::Send, 2500, QByteArray(3000, 'x')),
    };
    r.messages[3].truncated = true;
    r.messages[3].data.truncate(1000);
    r.closeCode = 1011;
    r.closeSide = RequestRecord::Side::Backend;
    r.closeReason = "internal error";
    return r;
}

QStringList column(const QAbstractItemModel& model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, col).data(role).toString();
    return out;
}

} // namespace

class tst_MessageListModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndValues();
    void closeLine_data();
    void closeLine();
    void noCloseRowWithoutCode();
    void liveUpdateInsertsRows();
    void headers();
    void directionFilter_data();
    void directionFilter();
    void patternFilter_data();
    void patternFilter();
    void sortsNumbersAsNumbers();
};

void tst_MessageListModel::rowsAndValues()
{
    MessageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRecord(conversation());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 5); // four messages and the close frame
    QCOMPARE(model.columnCount(), int(MessageListModel::ColumnCount));

    QCOMPARE(column(model, MessageListModel::DirectionColumn),
             (QStringList{QStringLiteral("↑"), QStringLiteral("↓"), QStringLiteral("↓"), QStringLiteral("↑"),
                          QStringLiteral("■")}));
    const QStringList data = column(model, MessageListModel::DataColumn);
    QCOMPARE(data.at(0), QStringLiteral("{\"op\":\"hello\"}"));
    QCOMPARE(data.at(1), QStringLiteral("welcome⏎line two"));
    QCOMPARE(data.at(2), QStringLiteral("00 01 fe ff")); // binary as hex
    QVERIFY2(data.at(3).endsWith(QStringLiteral("…")), qPrintable(data.at(3)));
    QCOMPARE(data.at(4), QStringLiteral("Closed by the backend with code 1011 (internal error)"));
    QCOMPARE(column(model, MessageListModel::LengthColumn),
             (QStringList{QStringLiteral("14 B"), QStringLiteral("16 B"), QStringLiteral("4 B"),
                          QStringLiteral("2.9 KiB"), QString()}));
    QCOMPARE(column(model, MessageListModel::TimeColumn),
             (QStringList{QStringLiteral("25 ms"), QStringLiteral("30 ms"), QStringLiteral("812 ms"),
                          QStringLiteral("2.5 s"), QStringLiteral("4.2 s")}));

    // Raw values for sorting and the link back to the record.
    QCOMPARE(model.index(3, MessageListModel::LengthColumn).data(MessageListModel::SortRole).toLongLong(), 3000);
    QCOMPARE(model.index(2, MessageListModel::TimeColumn).data(MessageListModel::SortRole).toLongLong(), 812);
    QCOMPARE(model.index(2, 0).data(MessageListModel::IndexRole).toInt(), 2);
    QCOMPARE(model.index(4, 0).data(MessageListModel::IndexRole).toInt(), -1);
    QCOMPARE(model.index(4, 0).data(MessageListModel::DirectionRole).toInt(), int(MessageListModel::Close));
    // Truncation is explained where the data is.
    QVERIFY(model.index(3, MessageListModel::DataColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("first 1000 of 3000 bytes")));
    QCOMPARE(model.index(0, MessageListModel::DirectionColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Sent"));
    QCOMPARE(model.index(1, MessageListModel::DirectionColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Received"));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_MessageListModel::closeLine_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("side");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("expected");

    QTest::newRow("client 1000") << 1000 << int(RequestRecord::Side::Client) << QByteArray()
                                 << QStringLiteral("Closed by the client with code 1000");
    QTest::newRow("backend 4404 with reason")
        << 4404 << int(RequestRecord::Side::Backend) << QByteArray("session unknown")
        << QStringLiteral("Closed by the backend with code 4404 (session unknown)");
    QTest::newRow("Airlock 1001") << 1001 << int(RequestRecord::Side::Airlock) << QByteArray()
                                  << QStringLiteral("Closed by Airlock with code 1001");
    QTest::newRow("backend 1006") << 1006 << int(RequestRecord::Side::Backend) << QByteArray()
                                  << QStringLiteral("Closed by the backend without a close frame (1006)");
    QTest::newRow("client 1005") << 1005 << int(RequestRecord::Side::Client) << QByteArray()
                                 << QStringLiteral("Closed by the client with a close frame without code (1005)");
    QTest::newRow("no code") << 0 << int(RequestRecord::Side::Client) << QByteArray() << QString();
}

void tst_MessageListModel::closeLine()
{
    QFETCH(int, code);
    QFETCH(int, side);
    QFETCH(QByteArray, reason);
    QFETCH(QString, expected);
    RequestRecord r;
    r.closeCode = code;
    r.closeSide = RequestRecord::Side(side);
    r.closeReason = reason;
    QCOMPARE(MessageListModel::closeLine(r), expected);
}

void tst_MessageListModel::noCloseRowWithoutCode()
{
    MessageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RequestRecord r = conversation();
    r.closeCode = 0;
    model.setRecord(r);
    QCOMPARE(model.rowCount(), 4);
}

void tst_MessageListModel::liveUpdateInsertsRows()
{
    MessageListModel model;
    MessageFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const RequestRecord full = conversation();
    RequestRecord live = full;
    live.sessionId = 7;
    live.outcome = RequestRecord::Outcome::Open;
    live.closeCode = 0;
    live.closedAt = 0;
    live.messages = full.messages.mid(0, 2);
    model.setRecord(live);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Two more messages arrive.
    live.messages = full.messages;
    model.setRecord(live);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(model.rowCount(), 4);

    // The same record again: nothing to tell the views.
    model.setRecord(live);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 0);

    // The session closes: the close row is appended.
    RequestRecord closed = full;
    closed.sessionId = 7;
    model.setRecord(closed);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 4);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(4, MessageListModel::DataColumn).data().toString(), MessageListModel::closeLine(full));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);

    // Another session is another record: a reset.
    RequestRecord other = full;
    other.sessionId = 8;
    model.setRecord(other);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(filter.rowCount(), 5);
}

void tst_MessageListModel::headers()
{
    MessageListModel model;
    for (int c = 0; c < MessageListModel::ColumnCount; ++c) {
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(!model.headerData(MessageListModel::ColumnCount, Qt::Horizontal).isValid());
}

void tst_MessageListModel::directionFilter_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<QStringList>("arrows");

    QTest::newRow("all") << int(MessageFilterModel::Direction::All)
                         << QStringList{QStringLiteral("↑"), QStringLiteral("↓"), QStringLiteral("↓"),
                                        QStringLiteral("↑"), QStringLiteral("■")};
    QTest::newRow("send keeps the close row")
        << int(MessageFilterModel::Direction::Send)
        << QStringList{QStringLiteral("↑"), QStringLiteral("↑"), QStringLiteral("■")};
    QTest::newRow("receive keeps the close row")
        << int(MessageFilterModel::Direction::Receive)
        << QStringList{QStringLiteral("↓"), QStringLiteral("↓"), QStringLiteral("■")};
}

void tst_MessageListModel::directionFilter()
{
    QFETCH(int, direction);
    QFETCH(QStringList, arrows);
    MessageListModel model;
    MessageFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecord(conversation());
    filter.setDirection(MessageFilterModel::Direction(direction));
    QCOMPARE(column(filter, MessageListModel::DirectionColumn), arrows);
    filter.setDirection(MessageFilterModel::Direction::All);
    QCOMPARE(filter.rowCount(), 5);
}

void tst_MessageListModel::patternFilter_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<int>>("records"); // IndexRole of the rows left

    QTest::newRow("empty matches all") << QString() << true << QList<int>{0, 1, 2, 3, -1};
    QTest::newRow("case-insensitive text") << QStringLiteral("HELLO|welcome") << true << QList<int>{0, 1};
    QTest::newRow("across a line break in the full text") << QStringLiteral("welcome\\nline") << true << QList<int>{1};
    QTest::newRow("binary by its hex") << QStringLiteral("fe ff") << true << QList<int>{2};
    QTest::newRow("the close row by its words") << QStringLiteral("code 1011") << true << QList<int>{-1};
    QTest::newRow("invalid matches nothing") << QStringLiteral("([a-") << false << QList<int>();
}

void tst_MessageListModel::patternFilter()
{
    QFETCH(QString, pattern);
    QFETCH(bool, valid);
    QFETCH(QList<int>, records);
    MessageListModel model;
    MessageFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecord(conversation());
    QCOMPARE(filter.setPattern(pattern), valid);
    QCOMPARE(filter.isPatternValid(), valid);
    QCOMPARE(filter.patternError().isEmpty(), valid);
    QList<int> got;
    for (int row = 0; row < filter.rowCount(); ++row)
        got << filter.index(row, 0).data(MessageListModel::IndexRole).toInt();
    QCOMPARE(got, records);
    // Back to everything once the pattern is cleared.
    QVERIFY(filter.setPattern(QString()));
    QCOMPARE(filter.rowCount(), 5);
}

void tst_MessageListModel::sortsNumbersAsNumbers()
{
    MessageListModel model;
    MessageFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecord(conversation());
    filter.sort(MessageListModel::LengthColumn, Qt::DescendingOrder);
    // 3000 > 16 > 14 > 4 > close row: as text "4 B" would come before "2.9 KiB".
    QList<int> got;
    for (int row = 0; row < filter.rowCount(); ++row)
        got << filter.index(row, 0).data(MessageListModel::IndexRole).toInt();
    QCOMPARE(got, (QList<int>{3, 1, 0, 2, -1}));
}

QTEST_MAIN(tst_MessageListModel)
#include "tst_messagelistmodel.moc"
