// `airlock export-har` on what the real binary logged: every record of a log rotated several times, the
// log found through --config or --log, --session selecting, and the output valid HAR 1.2 by schema.
#include "AirlockProcess.h"
#include "EchoBackend.h"
#include "RawClient.h"
#include "WsFrameReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using airlock::test::AirlockProcess;
using airlock::test::WsFrameReader;

namespace {

QString sourcePath(const QString& relative)
{
    return qEnvironmentVariable("AIRLOCK_SOURCE_DIR") + u'/' + relative;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QJsonArray harEntries(const QByteArray& har)
{
    return QJsonDocument::fromJson(har)
        .object()
        .value(QLatin1String("log"))
        .toObject()
        .value(QLatin1String("entries"))
        .toArray();
}

QString sessionOf(const QJsonValue& entry)
{
    return entry.toObject().value(QLatin1String("_airlock")).toObject().value(QLatin1String("session")).toString();
}

// Validates with Debian's python3-jsonschema against the HAR 1.2 schema in tests/data; *report gets its
// output. Returns the validator's exit code (0: valid), -1 when it could not run.
int validateHar(const QString& harPath, QString* report)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {sourcePath(QStringLiteral("tests/data/validate-har.py")),
                  sourcePath(QStringLiteral("tests/data/har-1.2.schema.json")), harPath});
    if (!python.waitForFinished(30000))
        return -1;
    *report = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
    return python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1;
}

} // namespace

class tst_ExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRotatedRecordIsExported_data();
    void everyRotatedRecordIsExported();
    void sessionOptionSelects();
    void outputIsValidHar12();
    void schemaRejectsBrokenHar();

private:
    QTemporaryDir m_dir;
    QString m_logPath;
    QString m_configPath;
    int m_sessions = 0;
    QByteArray m_fullExport;
};

// One real airlock run with a tiny log.maxBytes: every session's record rotates the file.
void tst_ExportCommand::initTestCase()
{
    QVERIFY2(QFile::exists(AirlockProcess::binary()), qPrintable(AirlockProcess::binary()));
    QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/python3")), "run scripts/setup-debian.sh (python3-jsonschema)");
    QVERIFY(m_dir.isValid());
    EchoBackend echo;
    QVERIFY(echo.listen());
    m_logPath = m_dir.filePath(QStringLiteral("sessions.jsonl"));
    m_configPath = m_dir.filePath(QStringLiteral("airlock.json"));
    // keepFiles above the default (5) so that a reader assuming the default would miss the oldest files.
    QVERIFY(writeFile(m_configPath,
                      QStringLiteral(R"({"listen":{"port":0},"log":{"file":"%1","maxBytes":1500,"keepFiles":12},
            "routes":[{"path":"/echo","backend":"%2","upstreamProxy":"none","capture":{"enabled":true}}]})")
                          .arg(m_logPath, echo.url().toString())
                          .toUtf8()));

    // Lines in the log and its rotated files together.
    const auto loggedRecords = [this] {
        int lines = 0;
        for (int i = 0; i <= 12; ++i) {
            QFile file(i == 0 ? m_logPath : m_logPath + u'.' + QString::number(i));
            if (file.open(QIODevice::ReadOnly))
                lines += int(file.readAll().count('\n'));
        }
        return lines;
    };

    AirlockProcess airlock;
    QString error;
    const quint16 port = airlock.start({QStringLiteral("--config"), m_configPath}, &error);
    QVERIFY2(port, qPrintable(error));
    constexpr int webSockets = 8;
    for (int i = 0; i < webSockets; ++i) {
        RawClient raw(port);
        raw.send(RawClient::upgradeRequest("/echo/term?cols=80"));
        QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
        const QByteArray text = "message " + QByteArray::number(i);
        raw.send(RawClient::clientFrame(0x1, text));
        QTRY_VERIFY_WITH_TIMEOUT(
            (raw.readBytes(raw.received().size() + 1, 20), !WsFrameReader::frames(raw.received()).isEmpty()), 5000);
        raw.send(RawClient::clientFrame(0x8, QByteArray::fromHex("03e8")));
        QVERIFY(raw.waitForClose());
        QTRY_COMPARE_WITH_TIMEOUT(echo.closes(), i + 1, 5000);
        // One record per write, so that each write after the first rotates the file.
        QTRY_COMPARE_WITH_TIMEOUT(loggedRecords(), i + 1, 10000);
    }
    // A plain HTTP refusal is a record too.
    RawClient plain(port);
    plain.send("GET /nope HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(RawClient::statusOf(plain.readResponse()), 404);
    m_sessions = webSockets + 1;
    QVERIFY2(airlock.stop(), airlock.standardError().constData());

    // The log rotated past the default keepFiles (5), and together the files hold every record once.
    int files = 0;
    for (int i = 0; i <= 12; ++i)
        files += QFile::exists(i == 0 ? m_logPath : m_logPath + u'.' + QString::number(i));
    QVERIFY2(files >= 7, qPrintable(QStringLiteral("%1 log files").arg(files)));
    QCOMPARE(loggedRecords(), m_sessions);
}

void tst_ExportCommand::everyRotatedRecordIsExported_data()
{
    QTest::addColumn<QStringList>("source");
    QTest::newRow("--config takes log.file and keepFiles") << QStringList{QStringLiteral("--config"), m_configPath};
    QTest::newRow("--log finds every rotated file") << QStringList{QStringLiteral("--log"), m_logPath};
}

void tst_ExportCommand::everyRotatedRecordIsExported()
{
    QFETCH(QStringList, source);
    QByteArray out;
    QByteArray err;
    QCOMPARE(AirlockProcess::run(QStringList{QStringLiteral("export-har")} + source, &out, &err), 0);
    const QJsonArray entries = harEntries(out);
    QCOMPARE(entries.size(), m_sessions);
    QSet<QString> sessions;
    int webSockets = 0;
    for (const QJsonValue& entry : entries) {
        sessions.insert(sessionOf(entry));
        webSockets += entry.toObject().value(QLatin1String("_resourceType")).toString() == QLatin1String("websocket");
    }
    QCOMPARE(sessions.size(), m_sessions); // each record once
    QCOMPARE(webSockets, m_sessions - 1);
    QVERIFY2(err.contains(QByteArray(QByteArray::number(m_sessions) + " entries")), err.constData());
    if (source.first() == QLatin1String("--config"))
        m_fullExport = out;
}

void tst_ExportCommand::sessionOptionSelects()
{
    const QJsonArray all = harEntries(m_fullExport);
    QVERIFY(all.size() == m_sessions);
    // The oldest (in the most rotated file) and the newest.
    const QString first = sessionOf(all.first());
    const QString last = sessionOf(all.last());
    QVERIFY(!first.isEmpty() && first != last);
    const QString harPath = m_dir.filePath(QStringLiteral("two.har"));
    QByteArray err;
    QCOMPARE(AirlockProcess::run({QStringLiteral("export-har"), QStringLiteral("--config"), m_configPath,
                                  QStringLiteral("--session"), first, QStringLiteral("--session"), last,
                                  QStringLiteral("--out"), harPath},
                                 nullptr, &err),
             0);
    QFile har(harPath);
    QVERIFY(har.open(QIODevice::ReadOnly));
    const QJsonArray selected = harEntries(har.readAll());
    QCOMPARE(selected.size(), 2);
    QCOMPARE(QSet<QString>({sessionOf(selected.at(0)), sessionOf(selected.at(1))}), QSet<QString>({first, last}));

    // An id that was never logged selects nothing.
    QByteArray out;
    QCOMPARE(AirlockProcess::run({QStringLiteral("export-har"), QStringLiteral("--log"), m_logPath,
                                  QStringLiteral("--session"), QStringLiteral("999999")},
                                 &out, &err),
             0);
    QCOMPARE(harEntries(out).size(), 0);
}

void tst_ExportCommand::outputIsValidHar12()
{
    QVERIFY(!m_fullExport.isEmpty());
    const QString harPath = m_dir.filePath(QStringLiteral("all.har"));
    QVERIFY(writeFile(harPath, m_fullExport));
    // The captured messages are in it, so their shape is checked too.
    QVERIFY(m_fullExport.contains("\"_webSocketMessages\""));
    QVERIFY(m_fullExport.contains("message 7"));
    QString report;
    const int status = validateHar(harPath, &report);
    QVERIFY2(status == 0, qPrintable(report.isEmpty() ? QStringLiteral("validator did not run") : report));
}

// The validator is not vacuous: the same export with a required field removed fails it.
void tst_ExportCommand::schemaRejectsBrokenHar()
{
    QJsonObject root = QJsonDocument::fromJson(m_fullExport).object();
    QJsonObject log = root.value(QLatin1String("log")).toObject();
    QJsonArray entries = log.value(QLatin1String("entries")).toArray();
    QVERIFY(!entries.isEmpty());
    QJsonObject entry = entries.at(0).toObject();
    entry.remove(QStringLiteral("timings"));
    entry.insert(QStringLiteral("notInHar"), 1);
    entries.replace(0, entry);
    log.insert(QStringLiteral("entries"), entries);
    root.insert(QStringLiteral("log"), log);
    const QString harPath = m_dir.filePath(QStringLiteral("broken.har"));
    QVERIFY(writeFile(harPath, QJsonDocument(root).toJson()));
    QString report;
    QCOMPARE(validateHar(harPath, &report), 1);
    QVERIFY2(report.contains(QLatin1String("'timings' is a required property")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("notInHar")), qPrintable(report));
}

QTEST_GUILESS_MAIN(tst_ExportCommand)
#include "tst_exportcommand.moc"
