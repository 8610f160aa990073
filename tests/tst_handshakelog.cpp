#include "observe/HandshakeLog.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace airlock;

namespace {

HandshakeRecord record(quint64 id)
{
    HandshakeRecord r;
    r.sessionId = id;
    r.kind = HandshakeRecord::Kind::WebSocket;
    r.route = QStringLiteral("echo");
    r.method = "GET";
    r.target = "/echo";
    r.acceptedAt = 1700000000000 + qint64(id);
    r.outcome = HandshakeRecord::Outcome::Closed;
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

} // namespace

class tst_HandshakeLog : public QObject
{
    Q_OBJECT

private slots:
    void ringIsBounded();
    void rotatesBySizeAndKeepsFiles();
    void restartReadsThePastBack();
    void damagedLineIsSkipped();
    void capturedMessagesComeBack();
    void capturedBytesBoundedInMemoryNotInFile();
};

void tst_HandshakeLog::ringIsBounded()
{
    HandshakeLog log(3);
    log.append({record(1), record(2), record(3), record(4), record(5)});
    QCOMPARE(ids(log.records()), (QList<quint64>{3, 4, 5}));
}

void tst_HandshakeLog::rotatesBySizeAndKeepsFiles()
{
    QTemporaryDir dir;
    LogOptions config;
    config.file = dir.filePath(QStringLiteral("sessions.jsonl"));
    config.maxBytes = 2000; // a few records per file
    config.keepFiles = 2;
    HandshakeLog log;
    QString error;
    QVERIFY2(log.openFile(config, &error), qPrintable(error));
    for (quint64 id = 1; id <= 40; ++id)
        log.append({record(id)});
    QVERIFY(QFile::exists(config.file));
    QVERIFY(QFile::exists(config.file + QStringLiteral(".1")));
    QVERIFY(QFile::exists(config.file + QStringLiteral(".2")));
    QVERIFY(!QFile::exists(config.file + QStringLiteral(".3")));
    for (const QString& suffix : {QString(), QStringLiteral(".1"), QStringLiteral(".2")})
        QVERIFY(QFile(config.file + suffix).size() <= config.maxBytes);
    // What the files hold is the newest records, in order, without gaps.
    const QList<quint64> kept = ids(HandshakeLog::readFiles(config.file, config.keepFiles));
    QVERIFY(!kept.isEmpty());
    QCOMPARE(kept.last(), quint64(40));
    for (qsizetype i = 1; i < kept.size(); ++i)
        QCOMPARE(kept[i], kept[i - 1] + 1);
}

void tst_HandshakeLog::restartReadsThePastBack()
{
    QTemporaryDir dir;
    LogOptions config;
    config.file = dir.filePath(QStringLiteral("sessions.jsonl"));
    {
        HandshakeLog log;
        QVERIFY(log.openFile(config, nullptr));
        log.append({record(1), record(2)});
    }
    HandshakeLog reopened;
    QVERIFY(reopened.openFile(config, nullptr));
    QCOMPARE(ids(reopened.records()), (QList<quint64>{1, 2}));
    reopened.append({record(3)});
    QCOMPARE(ids(HandshakeLog::readFiles(config.file, config.keepFiles)), (QList<quint64>{1, 2, 3}));
}

void tst_HandshakeLog::damagedLineIsSkipped()
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
    QCOMPARE(ids(HandshakeLog::readFiles(path, 0)), (QList<quint64>{1, 3}));
}

// Captured messages live in the record's JSON, so a restart reads them back with everything else.
void tst_HandshakeLog::capturedMessagesComeBack()
{
    QTemporaryDir dir;
    LogOptions config;
    config.file = dir.filePath(QStringLiteral("sessions.jsonl"));
    HandshakeRecord withMessages = record(1);
    withMessages.captureEnabled = true;
    withMessages.messages = {{CapturedMessage::Type::Send, 1700000000123, 1, "ls -l\n", false, 6},
                             {CapturedMessage::Type::Receive, 1700000000456, 2, QByteArray("\x00\xff", 2), true, 9}};
    withMessages.messagesNotCaptured = 4;
    {
        HandshakeLog log;
        QVERIFY(log.openFile(config, nullptr));
        log.append({withMessages});
    }
    HandshakeLog reopened;
    QVERIFY(reopened.openFile(config, nullptr));
    QCOMPARE(reopened.records().size(), 1);
    const QJsonObject back = reopened.records().first();
    QCOMPARE(back, withMessages.toJson());
    QCOMPARE(back.value(QStringLiteral("messages")).toArray().size(), 2);
    QCOMPARE(back.value(QStringLiteral("messagesNotCaptured")).toInt(), 4);
}

// 10,000 records of 256 KiB each must not mean 2.5 GB: past the byte limit the oldest records in memory
// drop their payloads, while the file, the source of truth for export, keeps every message.
void tst_HandshakeLog::capturedBytesBoundedInMemoryNotInFile()
{
    QTemporaryDir dir;
    LogOptions config;
    config.file = dir.filePath(QStringLiteral("sessions.jsonl"));
    const auto withPayload = [](quint64 id) {
        HandshakeRecord r = record(id);
        r.captureEnabled = true;
        r.messages = {{CapturedMessage::Type::Send, 1700000000123, 1, QByteArray(500, 'x'), false, 500}};
        return r;
    };
    HandshakeLog log(100, 2500); // room for two records' text (500 UTF-16 characters each = 1000 bytes)
    QVERIFY(log.openFile(config, nullptr));
    log.append({withPayload(1), record(2), withPayload(3), withPayload(4)});

    const QList<QJsonObject> inMemory = log.records();
    QCOMPARE(ids(inMemory), (QList<quint64>{1, 2, 3, 4}));
    QVERIFY(!inMemory.at(0).contains(QStringLiteral("messages")));
    QVERIFY(inMemory.at(0).value(QStringLiteral("messagesInFileOnly")).toBool());
    QVERIFY(!inMemory.at(1).contains(QStringLiteral("messagesInFileOnly"))); // had none to drop
    QCOMPARE(inMemory.at(2).value(QStringLiteral("messages")).toArray().size(), 1);
    QCOMPARE(inMemory.at(3).value(QStringLiteral("messages")).toArray().size(), 1);

    const QList<QJsonObject> inFile = HandshakeLog::readFiles(config.file, config.keepFiles);
    QCOMPARE(inFile.size(), 4);
    QCOMPARE(inFile.at(0).value(QStringLiteral("messages")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(tst_HandshakeLog)
#include "tst_handshakelog.moc"
