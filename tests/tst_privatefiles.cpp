// The files that can hold secrets' context and keystrokes are private: PrivateFile itself, the request
// log and its rotations (modes kept, folder created 0700, a symbolic link refused by name), the JSON-lines
// writer, and `airlock export-har --out`. Run with umask 022, the usual one, under which Qt's own
// QFile would create 0644 files.
#include "AirlockProcess.h"
#include "observe/JsonLinesWriter.h"
#include "observe/PrivateFile.h"
#include "observe/RequestLog.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using airlock::test::AirlockProcess;
using namespace airlock;

namespace {

// The permission bits of path itself (a symbolic link is not followed), or -1.
int modeOf(const QString& path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writePlainFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

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

} // namespace

class tst_PrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createdPrivate_data();
    void createdPrivate();
    void widerModeIsNarrowed();
    void symbolicLinkIsRefused_data();
    void symbolicLinkIsRefused();
    void folderCreatedPrivate();
    void logAndRotationsArePrivate();
    void logRefusesSymbolicLink();
    void jsonLinesFileIsPrivate();
    void harExportIsPrivate();

private:
    mode_t m_umask = 0;
};

void tst_PrivateFiles::initTestCase()
{
    m_umask = ::umask(022);
}

void tst_PrivateFiles::cleanupTestCase()
{
    ::umask(m_umask);
}

void tst_PrivateFiles::createdPrivate_data()
{
    QTest::addColumn<bool>("append");
    QTest::addColumn<QByteArray>("expected"); // after writing "new" over "old"
    QTest::newRow("append") << true << QByteArray("oldnew");
    QTest::newRow("truncate") << false << QByteArray("new");
}

void tst_PrivateFiles::createdPrivate()
{
    QFETCH(bool, append);
    QFETCH(QByteArray, expected);
    const PrivateFile::Mode mode = append ? PrivateFile::Mode::Append : PrivateFile::Mode::Truncate;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f"));
    for (const QByteArray& text : {QByteArray("old"), QByteArray("new")}) {
        QFile file;
        QString error;
        QVERIFY2(PrivateFile::open(file, path, mode, &error), qPrintable(error));
        QCOMPARE(file.write(text), text.size());
        file.close();
        QCOMPARE(modeOf(path), 0600);
    }
    QCOMPARE(readFile(path), expected);
    QCOMPARE(QFileInfo(path).permissions(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
}

void tst_PrivateFiles::widerModeIsNarrowed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old-log"));
    QVERIFY(writePlainFile(path, "before\n"));
    QCOMPARE(modeOf(path), 0644); // what QFile makes under umask 022
    QFile file;
    QVERIFY(PrivateFile::open(file, path, PrivateFile::Mode::Append, nullptr));
    QCOMPARE(modeOf(path), 0600);
}

void tst_PrivateFiles::symbolicLinkIsRefused_data()
{
    QTest::addColumn<bool>("append");
    QTest::newRow("append") << true;
    QTest::newRow("truncate") << false;
}

void tst_PrivateFiles::symbolicLinkIsRefused()
{
    QFETCH(bool, append);
    const PrivateFile::Mode mode = append ? PrivateFile::Mode::Append : PrivateFile::Mode::Truncate;
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("victim"));
    QVERIFY(writePlainFile(target, "precious\n"));
    const QString link = dir.filePath(QStringLiteral("planted"));
    QVERIFY(QFile::link(target, link));
    QFile file;
    QString error;
    QVERIFY(!PrivateFile::open(file, link, mode, &error));
    QVERIFY(!file.isOpen());
    QVERIFY2(error.contains(link) && error.contains(QLatin1String("symbolic link")), qPrintable(error));
    QCOMPARE(readFile(target), QByteArray("precious\n"));
    QCOMPARE(modeOf(target), 0644);
}

void tst_PrivateFiles::folderCreatedPrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("a/b/c"));
    QString error;
    QVERIFY2(PrivateFile::makeFolder(folder, &error), qPrintable(error));
    for (const QString& path : {dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("a/b")), folder})
        QCOMPARE(modeOf(path), 0700);
    QVERIFY(PrivateFile::makeFolder(folder, nullptr)); // already there: fine
    QCOMPARE(modeOf(dir.path()), 0700);                // QTemporaryDir's own, untouched either way
}

void tst_PrivateFiles::logAndRotationsArePrivate()
{
    QTemporaryDir dir;
    LogOptions options;
    options.file = dir.filePath(QStringLiteral("logs/airlock/sessions.jsonl"));
    options.maxBytes = 2000; // a few records per file
    options.keepFiles = 2;
    {
        RequestLog log;
        QString error;
        QVERIFY2(log.openFile(options, &error), qPrintable(error));
        for (quint64 id = 1; id <= 40; ++id)
            log.append({record(id)});
        log.flush();
    }
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("logs"))), 0700);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("logs/airlock"))), 0700);
    for (const QString& suffix : {QString(), QStringLiteral(".1"), QStringLiteral(".2")}) {
        QVERIFY2(QFileInfo::exists(options.file + suffix), qPrintable(suffix));
        QCOMPARE(modeOf(options.file + suffix), 0600);
    }
}

void tst_PrivateFiles::logRefusesSymbolicLink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(writePlainFile(target, "precious\n"));
    LogOptions options;
    options.file = dir.filePath(QStringLiteral("sessions.jsonl"));
    QVERIFY(QFile::link(target, options.file));
    RequestLog log;
    QString error;
    QVERIFY(!log.openFile(options, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot open log file %1").arg(options.file)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
    log.append({record(1)});
    log.flush();
    QCOMPARE(readFile(target), QByteArray("precious\n"));
}

void tst_PrivateFiles::jsonLinesFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("records.jsonl"));
    {
        JsonLinesWriter writer;
        QString error;
        QVERIFY2(writer.openFile(path, &error), qPrintable(error));
        writer.write({record(1)});
    }
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(readFile(path).contains("\"route\":\"echo\""));

    const QString link = dir.filePath(QStringLiteral("link.jsonl"));
    QVERIFY(QFile::link(path, link));
    JsonLinesWriter refused;
    QString error;
    QVERIFY(!refused.openFile(link, &error));
    QVERIFY2(error.contains(link), qPrintable(error));
}

void tst_PrivateFiles::harExportIsPrivate()
{
    QVERIFY2(QFile::exists(AirlockProcess::binary()), qPrintable(AirlockProcess::binary()));
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("sessions.jsonl"));
    {
        LogOptions options;
        options.file = logPath;
        RequestLog log;
        QVERIFY(log.openFile(options, nullptr));
        log.append({record(7)});
        log.flush();
    }
    const QString harPath = dir.filePath(QStringLiteral("out.har"));
    QByteArray out;
    QByteArray err;
    const QStringList args = {QStringLiteral("export-har"), QStringLiteral("--log"), logPath, QStringLiteral("--out"),
                              harPath};
    QCOMPARE(AirlockProcess::run(args, &out, &err), 0);
    QCOMPARE(modeOf(harPath), 0600);
    QVERIFY(readFile(harPath).contains("\"entries\""));

    // A HAR path planted as a link to another file: refused, by name, and the other file untouched.
    const QString victim = dir.filePath(QStringLiteral("victim"));
    QVERIFY(writePlainFile(victim, "precious\n"));
    const QString link = dir.filePath(QStringLiteral("planted.har"));
    QVERIFY(QFile::link(victim, link));
    QCOMPARE(AirlockProcess::run(
                 {QStringLiteral("export-har"), QStringLiteral("--log"), logPath, QStringLiteral("--out"), link}, &out,
                 &err),
             1);
    QVERIFY2(err.contains(link.toUtf8()) && err.contains("symbolic link"), err.constData());
    QCOMPARE(readFile(victim), QByteArray("precious\n"));
}

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_privatefiles.moc"
