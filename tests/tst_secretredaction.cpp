// Every kind of secret the README says is redacted, scanned for in everything the real airlock binary
// writes: its JSON-lines log file, the HAR export of it, and its stdout and stderr. The secrets did reach
// the backend (so they were really handled), and the scanned files hold the session (so the scan means
// something).
#include "AirlockProcess.h"
#include "EchoBackend.h"
#include "RawClient.h"
#include "WsFrameReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using airlock::test::AirlockProcess;
using airlock::test::WsFrameReader;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qsizetype harEntriesCount(const QByteArray& har)
{
    const QJsonObject log = QJsonDocument::fromJson(har).object().value(QLatin1String("log")).toObject();
    return log.value(QLatin1String("entries")).toArray().size();
}

} // namespace

class tst_SecretRedaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingSecretIsWritten_data();
    void nothingSecretIsWritten();

private:
    QTemporaryDir m_dir;
    QHash<QString, QByteArray> m_outputs; // what airlock wrote, by name
};

namespace {

// name -> the secret value, each distinct so that a hit says which kind leaked.
const QList<QPair<const char*, QByteArray>> secrets = {
    {"injected header from ${env:}", "env-injected-s3cr3t-7d1f"},
    {"injected secret-named header", "static-api-key-9c2e"},
    {"client Authorization", "client-bearer-5a0b"},
    {"client Cookie value", "client-cookie-6e3d"},
    {"client Proxy-Authorization", "client-proxy-cred-1f4a"},
    {"query token", "query-token-111x"},
    {"query api_key", "query-apikey-222x"},
    {"query access_token", "query-access-333x"},
    {"query password", "query-pass-444x"},
};

QByteArray secret(const char* name)
{
    for (const auto& [key, value] : secrets) {
        if (qstrcmp(key, name) == 0)
            return value;
    }
    return {};
}

} // namespace

void tst_SecretRedaction::initTestCase()
{
    QVERIFY2(QFile::exists(AirlockProcess::binary()), qPrintable(AirlockProcess::binary()));
    QVERIFY(m_dir.isValid());
    EchoBackend echo;
    QVERIFY(echo.listen());
    const QString logPath = m_dir.filePath(QStringLiteral("sessions.jsonl"));
    const QString configPath = m_dir.filePath(QStringLiteral("airlock.json"));
    QVERIFY(writeFile(configPath, QStringLiteral(R"({"listen":{"port":0},"log":{"file":"%1"},
            "routes":[{"path":"/term","backend":"%2","upstreamProxy":"none","capture":{"enabled":true},
                       "injectHeaders":{"x-terminal-token":"${env:AIRLOCK_TEST_TERMINAL_TOKEN}",
                                        "x-api-key":"%3"}}]})")
                                      .arg(logPath, echo.url().toString(),
                                           QString::fromLatin1(secret("injected secret-named header")))
                                      .toUtf8()));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AIRLOCK_TEST_TERMINAL_TOKEN"),
               QString::fromLatin1(secret("injected header from ${env:}")));

    AirlockProcess airlock(env);
    QString error;
    const quint16 port = airlock.start({QStringLiteral("--config"), configPath}, &error);
    QVERIFY2(port, qPrintable(error));

    RawClient raw(port);
    raw.send(RawClient::upgradeRequest(
        "/term/ws?token=" + secret("query token") + "&api_key=" + secret("query api_key") +
            "&access_token=" + secret("query access_token") + "&password=" + secret("query password") + "&cols=80",
        "Authorization: Bearer " + secret("client Authorization") + "\r\nCookie: sid=" + secret("client Cookie value") +
            "; theme=dark\r\nProxy-Authorization: Basic " + secret("client Proxy-Authorization") + "\r\n"));
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    // The backend got the route's credentials (not the client's, which the injection removed).
    QCOMPARE(echo.lastRequest().rawHeader("x-terminal-token"), secret("injected header from ${env:}"));
    QCOMPARE(echo.lastRequest().rawHeader("x-api-key"), secret("injected secret-named header"));
    QVERIFY(echo.lastRequest().url().query().contains(QString::fromLatin1(secret("query token"))));

    // A page that types every secret into the terminal: captured both ways (the backend echoes it).
    QByteArray typed = "visible-marker-text";
    for (const auto& [name, value] : secrets)
        typed += ' ' + value;
    raw.send(RawClient::clientFrame(0x1, typed));
    QTRY_VERIFY_WITH_TIMEOUT(
        (raw.readBytes(raw.received().size() + 1, 20), !WsFrameReader::frames(raw.received()).isEmpty()), 5000);
    QCOMPARE(WsFrameReader::frames(raw.received()).at(0).payload, typed); // the text itself is untouched
    raw.send(RawClient::clientFrame(0x8, QByteArray::fromHex("03e8")));
    QVERIFY(raw.waitForClose());
    QTRY_COMPARE_WITH_TIMEOUT(echo.closes(), 1, 5000);
    QVERIFY2(airlock.stop(), airlock.standardError().constData());

    QByteArray har;
    QByteArray exportErr;
    QCOMPARE(AirlockProcess::run({QStringLiteral("export-har"), QStringLiteral("--config"), configPath}, &har,
                                 &exportErr, env),
             0);
    m_outputs.insert(QStringLiteral("log file"), readFile(logPath));
    m_outputs.insert(QStringLiteral("HAR"), har);
    m_outputs.insert(QStringLiteral("stdout"), airlock.standardOutput());
    m_outputs.insert(QStringLiteral("stderr"), airlock.standardError() + exportErr);

    // The log and the HAR hold the session with its captured messages, redacted where it matters.
    for (const QString& name : {QStringLiteral("log file"), QStringLiteral("HAR")}) {
        const QByteArray& text = m_outputs[name];
        QVERIFY2(text.contains("visible-marker-text"), qPrintable(name));
        QVERIFY2(text.contains("cols=80"), qPrintable(name));
        QVERIFY2(text.contains("[redacted]"), qPrintable(name));
        QVERIFY2(text.contains("x-terminal-token"), qPrintable(name));
    }
    QCOMPARE(harEntriesCount(har), qsizetype(1));
}

void tst_SecretRedaction::nothingSecretIsWritten_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QByteArray>("value");
    for (const QString& output :
         {QStringLiteral("log file"), QStringLiteral("HAR"), QStringLiteral("stdout"), QStringLiteral("stderr")}) {
        for (const auto& [name, value] : secrets)
            QTest::addRow("%s: %s", qPrintable(output), name) << output << value;
    }
}

void tst_SecretRedaction::nothingSecretIsWritten()
{
    QFETCH(QString, output);
    QFETCH(QByteArray, value);
    const QByteArray& text = m_outputs[output];
    // Also percent-encoded, the form a URL in a record or HAR would carry.
    for (const QByteArray& form : {value, value.toPercentEncoding()}) {
        const qsizetype at = text.indexOf(form);
        QVERIFY2(at < 0, text.mid(qMax<qsizetype>(0, at - 80), 160 + form.size()).constData());
    }
}

QTEST_GUILESS_MAIN(tst_SecretRedaction)
#include "tst_secretredaction.moc"
