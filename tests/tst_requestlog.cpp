#include "observe/RequestLog.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace airlock;

namespace {

RequestRecord record(quint64 id)
{
    RequestRecord r;
    r.sessionId = id;
    r.kind = RequestRecord::Kind::WebSocket;
    r.route = QStringLiteral("echo");
    r.method = "GET";
    r.target = "/echo";
    r.acceptedAt = 1700000000000 + qint64(id);
    r.outcome = RequestRecord::Outcome::Closed;
    r.clientRequestHead = "GET /echo HTTP/1.1\r\nHost: 127.0.0.1:8765\r\n\r\n";
    return r;
}

QList<quint64> ids(const QList<QJsonObject>& records)
{
    QList<quint64> out;
    for (const QJsonObject& r : records)
        out.append(r.value(QStringLiteral("session")).toString().toULongLong());
    return out;
}

QList<quint64> ids(const QList<RequestRecord>& records)
{
    QList<quint64> out;
    for (const RequestRecord& r : records)
        out.append(r.sessionId);
    return out;
}

// A table model that follows the log the way the app's handshake model does: every change bracketed
// by the log's before/after signals, nothing re-read wholesale.
class FollowingModel : public QAbstractTableModel
{
public:
    explicit FollowingModel(RequestLog* log)
        : m_log(log)
    {
        connect(log, &RequestLog::aboutToEvict, this, [this](int count) { beginRemoveRows({}, 0, count - 1); });
        connect(log, &RequestLog::evicted, this, [this] { endRemoveRows(); });
        connect(log, &RequestLog::aboutToAppend, this,
                [this](int count) { beginInsertRows({}, m_log->size(), m_log->size() + count - 1); });
        connect(log, &RequestLog::appended, this, [this] { endInsertRows(); });
        connect(log, &RequestLog::messagesDropped, this,
                [this](int first, int last) { emit dataChanged(index(first, 0), index(last, 1)); });
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_log->size(); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        const RequestRecord& r = m_log->at(index.row());
        return index.column() == 0 ? QVariant(r.sessionId) : QVariant(r.messages.size());
    }

private:
    RequestLog* m_log;
};

} // namespace

class tst_RequestLog : public QObject
{
    Q_OBJECT

private slots:
    void ringIsBounded();
    void rotatesBySizeAndKeepsFiles();
    void restartReadsThePastBack();
    void damagedLineIsSkipped();
    void readFilesKeepsTheNewest_data();
    void readFilesKeepsTheNewest();
    void capturedMessagesComeBack();
    void capturedBytesBoundedInMemoryNotInFile();
    void batchesSignalledForAModel_data();
    void batchesSignalledForAModel();
    void ringBoundedByBytes_data();
    void ringBoundedByBytes();
    void ringKeepsTheNewestAboveTheByteBound();
    void writerDrainsBeforeDestruction();
    void recordReadBackIsTyped();
};

void tst_RequestLog::ringIsBounded()
{
    RequestLog log(3);
    log.append({record(1), record(2), record(3), record(4), record(5)});
    QCOMPARE(ids(log.records()), (QList<quint64>{3, 4, 5}));
}

void tst_RequestLog::rotatesBySizeAndKeepsFiles()
{
    QTemporaryDir dir;
    LogOptions config;
    config.file = dir.filePath(QStringLiteral("sessions.jsonl"));
    config.maxBytes = 2000; // a few records per file
    config.keepFiles = 2;
    RequestLog log;
    QString error;
    QVERIFY2(log.openFile(config, &error), qPrintable(error));
    for (quint64 id = 1; id <= 40; ++id)
        log.append({record(id)});
    log.flush();
    QVERIFY(QFile::exists(config.file));
    QVERIFY(QFile::exists(config.file + QStringLiteral(".1")));
    QVERIFY(QFile::exists(config.file + QStringLiteral(".2")));
    QVERIFY(!QFile::exists(config.file + QStringLiteral(".3")));
    for (const QString& suffix : {QString(), QStringLiteral(".1"), QStringLiteral(".2")})
        QVERIFY(QFile(config.file + suffix).size() <= config.maxBytes);
    // What the files hold is the newest records, in order, without gaps.
    const QList<quint64> kept = ids(RequestLog::readFiles(config.file, config.keepFiles));
    QVERIFY(!kept.isEmpty());
    QCOMPARE(kept.last(), quint64(40));
    for (qsizetype i = 1; i < kept.size(); ++i)
        QCOMPARE(kept[i], kept[i - 1] + 1);
}

void tst_RequestLog::restartReadsThePastBack()
{
    QTemporaryDir dir;
    LogOptions config;
    config.file = dir.filePath(QStringLiteral("sessions.jsonl"));
    {
        RequestLog log;
        QVERIFY(log.openFile(config, nullptr));
        log.append({record(1), record(2)});
    }
    RequestLog reopened;
    QVERIFY(reopened.openFile(config, nullptr));
    QCOMPARE(ids(reopened.records()), (QList<quint64>{1, 2}));
    reopened.append({record(3)});
    reopened.flush();
    QCOMPARE(ids(RequestLog::readFiles(config.file, config.keepFiles)), (QList<quint64>{1, 2, 3}));
}

void tst_RequestLog::damagedLineIsSkipped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sessions.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"session":"1"})"
               "\n"
               R"({"session":"2","trunc)"
               "\n"
               R"({"session":"3"})"
               "\n");
    file.close();
    QCOMPARE(ids(RequestLog::readFiles(path, 0)), (QList<quint64>{1, 3}));
}

void tst_RequestLog::readFilesKeepsTheNewest_data()
{
    QTest::addColumn<int>("maxRecords");
    QTest::addColumn<QList<quint64>>("expected");
    QTest::newRow("all") << -1 << QList<quint64>{1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("newest 4, across files") << 4 << QList<quint64>{6, 7, 8, 9};
    QTest::newRow("newest 2, current file") << 2 << QList<quint64>{8, 9};
    QTest::newRow("more than there are") << 50 << QList<quint64>{1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("none") << 0 << QList<quint64>{};
}

// A restart reads back only what its ring can hold, oldest first, from the rotated files on.
void tst_RequestLog::readFilesKeepsTheNewest()
{
    QFETCH(int, maxRecords);
    QFETCH(QList<quint64>, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sessions.jsonl"));
    // Rotated files hold the older records: .2 the oldest.
    const QList<std::pair<QString, QList<int>>> files = {
        {path + QStringLiteral(".2"), {1, 2, 3}}, {path + QStringLiteral(".1"), {4, 5, 6}}, {path, {7, 8, 9}}};
    for (const auto& [name, sessions] : files) {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const int session : sessions)
            file.write(QStringLiteral("{\"session\":\"%1\"}\n").arg(session).toUtf8());
    }
    QCOMPARE(ids(RequestLog::readFiles(path, 2, nullptr, maxRecords)), expected);
}

// Captured messages live in the record's JSON, so a restart reads them back with everything else.
void tst_RequestLog::capturedMessagesComeBack()
{
    QTemporaryDir dir;
    LogOptions config;
    config.file = dir.filePath(QStringLiteral("sessions.jsonl"));
    RequestRecord withMessages = record(1);
    withMessages.captureEnabled = true;
    withMessages.messages = {{CapturedMessage::Type::Send, 1700000000123, 1, "ls -l\n", false, 6},
                             {CapturedMessage::Type::Receive, 1700000000456, 2, QByteArray("\x00\xff", 2), true, 9}};
    withMessages.messagesNotCaptured = 4;
    {
        RequestLog log;
        QVERIFY(log.openFile(config, nullptr));
        log.append({withMessages});
    }
    RequestLog reopened;
    QVERIFY(reopened.openFile(config, nullptr));
    QCOMPARE(reopened.records().size(), 1);
    const QJsonObject back = reopened.records().first();
    QCOMPARE(back, withMessages.toJson());
    QCOMPARE(back.value(QStringLiteral("messages")).toArray().size(), 2);
    QCOMPARE(back.value(QStringLiteral("messagesNotCaptured")).toInt(), 4);
}

// 10,000 records of 256 KiB each must not mean 2.5 GB: past the byte limit the oldest records in memory
// drop their payloads, while the file, the source of truth for export, keeps every message.
void tst_RequestLog::capturedBytesBoundedInMemoryNotInFile()
{
    QTemporaryDir dir;
    LogOptions config;
    config.file = dir.filePath(QStringLiteral("sessions.jsonl"));
    const auto withPayload = [](quint64 id) {
        RequestRecord r = record(id);
        r.captureEnabled = true;
        r.messages = {{CapturedMessage::Type::Send, 1700000000123, 1, QByteArray(500, 'x'), false, 500}};
        return r;
    };
    RequestLog log(100, 1250); // room for two records' payloads (500 bytes each)
    QVERIFY(log.openFile(config, nullptr));
    QSignalSpy dropped(&log, &RequestLog::messagesDropped);
    log.append({withPayload(1), record(2), withPayload(3), withPayload(4)});
    log.flush();
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0), (QVariantList{0, 0}));

    const QList<QJsonObject> inMemory = log.records();
    QCOMPARE(ids(inMemory), (QList<quint64>{1, 2, 3, 4}));
    QVERIFY(!inMemory.at(0).contains(QStringLiteral("messages")));
    QVERIFY(inMemory.at(0).value(QStringLiteral("messagesInFileOnly")).toBool());
    QVERIFY(!inMemory.at(1).contains(QStringLiteral("messagesInFileOnly"))); // had none to drop
    QCOMPARE(inMemory.at(2).value(QStringLiteral("messages")).toArray().size(), 1);
    QCOMPARE(inMemory.at(3).value(QStringLiteral("messages")).toArray().size(), 1);

    const QList<QJsonObject> inFile = RequestLog::readFiles(config.file, config.keepFiles);
    QCOMPARE(inFile.size(), 4);
    QCOMPARE(inFile.at(0).value(QStringLiteral("messages")).toArray().size(), 1);
}

// Batches of these sizes into a ring of this capacity: each append announces at most one eviction from
// the front and one append at the back, with exact counts, and a model following those signals passes
// QAbstractItemModelTester and shows the newest records, oldest first.
void tst_RequestLog::batchesSignalledForAModel_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QList<int>>("batches");
    QTest::addColumn<QList<int>>("evictions");
    QTest::addColumn<QList<int>>("appends");

    const auto row = [](int capacity, const QList<int>& batches, const QList<int>& evictions,
                        const QList<int>& appends) {
        QByteArray name = "capacity " + QByteArray::number(capacity) + ", batches";
        for (int b : batches)
            name += ' ' + QByteArray::number(b);
        QTest::newRow(name.constData()) << capacity << batches << evictions << appends;
    };
    row(5, {2, 2}, {}, {2, 2});
    row(4, {4}, {}, {4});
    row(3, {2, 2}, {1}, {2, 2});
    row(3, {3, 1, 1}, {1, 1}, {3, 1, 1});
    row(3, {2, 5}, {2}, {2, 3});
    row(3, {7}, {}, {3});
    row(3, {0, 1, 0}, {}, {1});
    row(1, {1, 1, 2}, {1, 1}, {1, 1, 1});
}

void tst_RequestLog::batchesSignalledForAModel()
{
    QFETCH(int, capacity);
    QFETCH(QList<int>, batches);
    QFETCH(QList<int>, evictions);
    QFETCH(QList<int>, appends);

    RequestLog log(capacity);
    FollowingModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToEvict(&log, &RequestLog::aboutToEvict);
    QSignalSpy evicted(&log, &RequestLog::evicted);
    QSignalSpy aboutToAppend(&log, &RequestLog::aboutToAppend);
    QSignalSpy appended(&log, &RequestLog::appended);

    quint64 next = 1;
    for (int size : batches) {
        QList<RequestRecord> batch;
        for (int i = 0; i < size; ++i)
            batch.append(record(next++));
        log.append(batch);
    }

    const auto counts = [](const QSignalSpy& spy) {
        QList<int> out;
        for (const QList<QVariant>& args : spy)
            out.append(args.at(0).toInt());
        return out;
    };
    QCOMPARE(counts(aboutToEvict), evictions);
    QCOMPARE(counts(evicted), evictions);
    QCOMPARE(counts(aboutToAppend), appends);
    QCOMPARE(counts(appended), appends);

    QList<quint64> expected;
    for (quint64 id = next - quint64(qMin<qint64>(capacity, qint64(next - 1))); id < next; ++id)
        expected.append(id);
    QCOMPARE(ids(log.rows()), expected);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, 0).data().toULongLong(), expected.at(r));
}

// Records with 10,000-byte heads into a ring of 100 rows and 35,000 bytes: three fit, so the bytes, not the
// count, decide which rows leave; each append still announces one eviction from the front and one append at
// the back, and a model following those signals passes QAbstractItemModelTester.
void tst_RequestLog::ringBoundedByBytes_data()
{
    QTest::addColumn<QList<int>>("batches");
    QTest::addColumn<QList<int>>("evictions");
    QTest::addColumn<QList<int>>("appends");
    QTest::addColumn<int>("kept");

    const auto row = [](const QList<int>& batches, const QList<int>& evictions, const QList<int>& appends, int kept) {
        QByteArray name = "batches";
        for (int b : batches)
            name += ' ' + QByteArray::number(b);
        QTest::newRow(name.constData()) << batches << evictions << appends << kept;
    };
    row({3}, {}, {3}, 3);
    row({2, 2}, {1}, {2, 2}, 3);
    row({1, 1, 1, 1, 1}, {1, 1}, {1, 1, 1, 1, 1}, 3);
    row({2, 3}, {2}, {2, 3}, 3);
    row({6}, {}, {3}, 3);
    row({3, 6}, {3}, {3, 3}, 3);
}

void tst_RequestLog::ringBoundedByBytes()
{
    QFETCH(QList<int>, batches);
    QFETCH(QList<int>, evictions);
    QFETCH(QList<int>, appends);
    QFETCH(int, kept);

    const auto large = [](quint64 id) {
        RequestRecord r = record(id);
        r.clientRequestHead = "GET /echo HTTP/1.1\r\nX-Long: " + QByteArray(10000, 'a') + "\r\n\r\n";
        return r;
    };
    constexpr qint64 bound = 35000;
    QVERIFY(3 * RequestLog::heldBytesOf(large(1)) <= bound);
    QVERIFY(4 * RequestLog::heldBytesOf(large(1)) > bound);

    RequestLog log(100);
    log.setMaxRecordBytes(bound);
    FollowingModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToEvict(&log, &RequestLog::aboutToEvict);
    QSignalSpy evicted(&log, &RequestLog::evicted);
    QSignalSpy aboutToAppend(&log, &RequestLog::aboutToAppend);
    QSignalSpy appended(&log, &RequestLog::appended);

    quint64 next = 1;
    for (int size : batches) {
        QList<RequestRecord> batch;
        for (int i = 0; i < size; ++i)
            batch.append(large(next++));
        log.append(batch);
        QVERIFY(log.recordBytes() <= bound);
    }

    const auto counts = [](const QSignalSpy& spy) {
        QList<int> out;
        for (const QList<QVariant>& args : spy)
            out.append(args.at(0).toInt());
        return out;
    };
    QCOMPARE(counts(aboutToEvict), evictions);
    QCOMPARE(counts(evicted), evictions);
    QCOMPARE(counts(aboutToAppend), appends);
    QCOMPARE(counts(appended), appends);

    QList<quint64> expected;
    for (quint64 id = next - quint64(kept); id < next; ++id)
        expected.append(id);
    QCOMPARE(ids(log.rows()), expected);
    QCOMPARE(model.rowCount(), kept);
    QCOMPARE(log.recordBytes(), kept * RequestLog::heldBytesOf(large(1)));
}

// One record above the byte bound alone is still shown: it is the newest, and its own limits bound it.
void tst_RequestLog::ringKeepsTheNewestAboveTheByteBound()
{
    const qint64 small = RequestLog::heldBytesOf(record(1));
    RequestLog log(100);
    log.setMaxRecordBytes(2 * small);
    log.append({record(1)});
    RequestRecord big = record(2);
    big.backendResponseHead = QByteArray(4 * small, 'b');
    log.append({big});
    QCOMPARE(ids(log.rows()), (QList<quint64>{2}));
    log.append({record(3), record(4)});
    QCOMPARE(ids(log.rows()), (QList<quint64>{3, 4}));
}

// The file is written on the log's own thread; destroying the log right after appending must still leave
// every record in the file.
void tst_RequestLog::writerDrainsBeforeDestruction()
{
    QTemporaryDir dir;
    LogOptions options;
    options.file = dir.filePath(QStringLiteral("sessions.jsonl"));
    options.maxBytes = 0; // no rotation: every record stays in one file
    QList<quint64> expected;
    {
        RequestLog log(10);
        QString error;
        QVERIFY2(log.openFile(options, &error), qPrintable(error));
        for (quint64 batch = 0; batch < 50; ++batch) {
            QList<RequestRecord> records;
            for (quint64 i = 1; i <= 20; ++i) {
                records.append(record(batch * 20 + i));
                expected.append(batch * 20 + i);
            }
            log.append(records);
        }
    }
    QCOMPARE(ids(RequestLog::readFiles(options.file, 0)), expected);
}

// A row read back from a file is the typed record again: the reason as its enum, sides, phases and heads.
void tst_RequestLog::recordReadBackIsTyped()
{
    RequestRecord r = record(7);
    r.requestId = "req-7";
    r.clientAddress = QStringLiteral("::1");
    r.clientPort = 50123;
    r.backendUrl = QStringLiteral("ws://127.0.0.1:9/echo");
    r.upstreamProxy = QStringLiteral("http://proxy:3128");
    r.outcome = RequestRecord::Outcome::UpstreamFailed;
    r.httpStatus = 101;
    r.backendStatus = 101;
    r.failureReason = FailureReason::TlsFailed;
    r.failureDetail = QStringLiteral("certificate expired");
    r.subprotocol = "a";
    r.backendSubprotocol = "b";
    r.subprotocolNote = QStringLiteral("fixed");
    r.extensions = "permessage-deflate";
    r.closeCode = 1014;
    r.closeReason = "bad gateway";
    r.closeSide = RequestRecord::Side::Airlock;
    r.classification = QStringLiteral("transient");
    r.classificationDetail = QStringLiteral("try again");
    r.bytesFromClient = 10;
    r.bytesFromBackend = 20;
    r.messagesFromClient = 3;
    r.messagesFromBackend = 4;
    r.keepalivePingsSent = 5;
    r.keepalivePongsSwallowed = 6;
    r.headReadAt = r.acceptedAt + 1;
    r.tcpConnectedAt = r.acceptedAt + 2;
    r.proxyConnectedAt = r.acceptedAt + 3;
    r.tlsDoneAt = r.acceptedAt + 4;
    r.upstreamResponseAt = r.acceptedAt + 5;
    r.clientResponseAt = r.acceptedAt + 6;
    r.closedAt = r.acceptedAt + 900;
    r.backendRequestHead = "GET /echo HTTP/1.1\r\n\r\n";
    r.proxyResponseHead = "HTTP/1.1 200 OK\r\n\r\n";
    r.backendResponseHead = "HTTP/1.1 101 Switching Protocols\r\n\r\n";
    r.clientResponseHead = "HTTP/1.1 101 Switching Protocols\r\n\r\n";

    const RequestRecord back = RequestRecord::fromJson(r.toJson());
    QCOMPARE(back.toJson(), r.toJson());
    QCOMPARE(back.failureReason, FailureReason::TlsFailed);
    QCOMPARE(back.outcome, RequestRecord::Outcome::UpstreamFailed);
    QCOMPARE(back.closeSide, RequestRecord::Side::Airlock);
    QCOMPARE(back.clientAddress, r.clientAddress);
    QCOMPARE(back.clientPort, r.clientPort);
    QCOMPARE(back.closedAt, r.closedAt);
    QCOMPARE(back.backendSubprotocol, r.backendSubprotocol);
    QCOMPARE(back.proxyResponseHead, r.proxyResponseHead);
}

QTEST_GUILESS_MAIN(tst_RequestLog)
#include "tst_requestlog.moc"
