// The airlock executable as a user runs it: --version, --check-config, headless mode, signals, demo.
#include "AirlockProcess.h"
#include "EchoBackend.h"
#include "RawClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <csignal>

using airlock::test::AirlockProcess;

class tst_Headless : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void messagesFollowTheUserLanguage();
    void checkConfig_data();
    void checkConfig();
    void headlessProxiesAndStopsCleanly();
    void firstRunCreatesDefaultConfigWithDemo();
    void demoPortInUseFallsBack();
    void logFileSurvivesRestartAndExportsHar();
    void sighupReloadsConfig();

private:
    QString binary() const { return m_binary; }
    QString writeFile(const QString& name, const QByteArray& content);
    // Starts airlock and returns the port it reports listening on (0 on failure).
    // Starts airlock and returns its port once it says it listens; *output gets what it wrote to stderr.
    quint16 startAirlock(QProcess& process, const QStringList& args,
                         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                         QByteArray* output = nullptr);

    QString m_binary;
    QTemporaryDir m_dir;
};

void tst_Headless::initTestCase()
{
    m_binary = AirlockProcess::binary();
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    QVERIFY(m_dir.isValid());
}

QString tst_Headless::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

quint16 tst_Headless::startAirlock(QProcess& process, const QStringList& args, const QProcessEnvironment& env,
                                   QByteArray* output)
{
    return AirlockProcess::start(process, args, env, output);
}

void tst_Headless::version()
{
    const AirlockProcess::Result run = AirlockProcess::run({QStringLiteral("--version")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("airlock " AIRLOCK_VERSION));
}

void tst_Headless::messagesFollowTheUserLanguage()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    const AirlockProcess::Result run = AirlockProcess::run({QStringLiteral("--help")}, env);
    QVERIFY(run.finished);
    const QString help = QString::fromUtf8(run.out);
    QVERIFY2(help.contains(QStringLiteral("Ohne Bildschirm ausführen.")), qPrintable(help));
}

void tst_Headless::checkConfig_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << QByteArray(R"({"routes":[{"path":"/a","backend":"ws://127.0.0.1:9/"}]})") << 0
                           << QStringLiteral("ok (1 routes)");
    QTest::newRow("bad scheme")
        << QByteArray(R"({"routes":[{"path":"/a","backend":"ws://h/"},{"path":"/b","backend":"ftp://h/"}]})") << 2
        << QStringLiteral("routes[1].backend: unsupported scheme \"ftp\"");
    QTest::newRow("not JSON") << QByteArray("{routes") << 2 << QStringLiteral("not valid JSON");
}

void tst_Headless::checkConfig()
{
    QFETCH(QByteArray, json);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path = writeFile(QStringLiteral("check.json"), json);
    const AirlockProcess::Result run = AirlockProcess::run({QStringLiteral("--check-config"), path});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(message), qPrintable(err));
}

void tst_Headless::headlessProxiesAndStopsCleanly()
{
    EchoBackend echo({QStringLiteral("tty")});
    QVERIFY(echo.listen());
    const QString config =
        writeFile(QStringLiteral("headless.json"),
                  QStringLiteral(R"({"listen":{"port":0},"routes":[{"name":"echo","path":"/echo","backend":"%1",)"
                                 R"("upstreamProxy":"none"}]})")
                      .arg(echo.url().toString())
                      .toUtf8());
    QProcess airlock;
    const quint16 port = startAirlock(airlock, {QStringLiteral("--headless"), QStringLiteral("--config"), config});
    QVERIFY(port);

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy message(&client, &QWebSocket::textMessageReceived);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("tty")});
    client.open(QNetworkRequest(QUrl(QStringLiteral("ws://127.0.0.1:%1/echo").arg(port))), options);
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 5000);
    QCOMPARE(client.subprotocol(), QStringLiteral("tty"));
    client.sendTextMessage(QStringLiteral("through the airlock"));
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 5000);

    // A finished plain HTTP exchange is logged while running.
    RawClient raw(port);
    raw.send("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(RawClient::statusOf(raw.readResponse()), 404);

    airlock.terminate(); // SIGTERM
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    QCOMPARE(int(client.closeCode()), 1001);
    // waitForFinished() is false for a process that already ended while the event loop ran.
    QVERIFY2(airlock.state() == QProcess::NotRunning || airlock.waitForFinished(10000),
             airlock.readAllStandardError().constData());
    QCOMPARE(airlock.exitStatus(), QProcess::NormalExit);
    QCOMPARE(airlock.exitCode(), 0);

    const QByteArray output = airlock.readAllStandardOutput();
    const QList<QByteArray> lines = output.split('\n');
    bool sawSession = false;
    bool sawRejection = false;
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("websocket")) {
            sawSession = true;
            QCOMPARE(o.value(QStringLiteral("route")).toString(), QStringLiteral("echo"));
            QCOMPARE(o.value(QStringLiteral("close")).toObject().value(QStringLiteral("code")).toInt(), 1001);
        }
        if (o.value(QStringLiteral("failure")).toString() == QLatin1String("no_route"))
            sawRejection = true;
    }
    QVERIFY2(sawSession, output.constData());
    QVERIFY2(sawRejection, output.constData());
}

void tst_Headless::firstRunCreatesDefaultConfigWithDemo()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("HOME"), home.path());
    QProcess airlock;
    const quint16 port = startAirlock(airlock, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, env);
    QVERIFY(port);
    QVERIFY(QFile::exists(home.filePath(QStringLiteral("airlock/airlock.json"))));

    // The demo page loads through the route, on the route's own origin...
    const QByteArray demoHost = "demo.localhost:" + QByteArray::number(port);
    RawClient page(port);
    page.send("GET /demo/ HTTP/1.1\r\nHost: " + demoHost + "\r\n\r\n");
    const QByteArray html = page.readResponse();
    QCOMPARE(RawClient::statusOf(html), 200);
    QVERIFY(html.contains("Airlock demo terminal"));

    // ...no other page may open its WebSocket, not even one on the shared loopback origin...
    RawClient shared(port);
    shared.send(RawClient::upgradeRequest("/demo/ws", "Origin: http://127.0.0.1:" + QByteArray::number(port) +
                                                          "\r\nSec-WebSocket-Protocol: tty\r\n"));
    quint16 code = 0;
    QByteArray reason;
    const QByteArray refused = shared.readUntil("is not allowed");
    QVERIFY2(RawClient::findCloseFrame(refused, &code, &reason), refused.constData());
    QCOMPARE(code, quint16(4403));

    // ...and its own WebSocket, opened the way the page opens it, gets "tty" and an echo.
    RawClient ws(port);
    ws.send(QByteArray(RawClient::upgradeRequest("/demo/ws",
                                                 "Origin: http://" + demoHost + "\r\nSec-WebSocket-Protocol: tty\r\n"))
                .replace("Host: 127.0.0.1", QByteArray("Host: " + demoHost)));
    const QByteArray head = ws.readUntil("\r\n\r\n");
    QVERIFY2(head.startsWith("HTTP/1.1 101"), head.constData());
    QVERIFY(head.contains("Sec-WebSocket-Protocol: tty\r\n"));
    ws.send(RawClient::clientFrame(0x1, "ping?"));
    QVERIFY(ws.readUntil("ping?").contains("ping?"));

    airlock.terminate();
    QVERIFY(airlock.state() == QProcess::NotRunning || airlock.waitForFinished(10000));
    QCOMPARE(airlock.exitCode(), 0);
}

// Something else already listens on the demo port: the first launch must still work, on another port.
void tst_Headless::demoPortInUseFallsBack()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const quint16 taken = squatter.serverPort();
    const QString config = writeFile(QStringLiteral("demo-taken.json"),
                                     QStringLiteral(R"({"listen":{"port":0},"demo":{"enabled":true,"port":%1},
            "routes":[{"path":"/demo","backend":"ws://127.0.0.1:%1/","upstreamProxy":"none"}]})")
                                         .arg(taken)
                                         .toUtf8());
    QProcess airlock;
    QByteArray output;
    const quint16 port =
        startAirlock(airlock, {QStringLiteral("--config"), config}, QProcessEnvironment::systemEnvironment(), &output);
    QVERIFY(port);
    QVERIFY2(output.contains(QByteArray("demo.port " + QByteArray::number(taken) + " is in use")), output.constData());

    RawClient page(port);
    page.send("GET /demo/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray html = page.readResponse();
    QCOMPARE(RawClient::statusOf(html), 200);
    QVERIFY(html.contains("Airlock demo terminal"));

    airlock.terminate();
    QVERIFY(airlock.state() == QProcess::NotRunning || airlock.waitForFinished(10000));
    QCOMPARE(airlock.exitCode(), 0);
}

void tst_Headless::logFileSurvivesRestartAndExportsHar()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    const QString logPath = m_dir.filePath(QStringLiteral("sessions.jsonl"));
    const QString config = writeFile(
        QStringLiteral("logged.json"),
        QStringLiteral(
            R"({"listen":{"port":0},"log":{"file":"%1"},"routes":[{"path":"/echo","backend":"%2","upstreamProxy":"none"}]})")
            .arg(logPath, echo.url().toString())
            .toUtf8());
    for (int run = 0; run < 2; ++run) {
        QProcess airlock;
        const quint16 port = startAirlock(airlock, {QStringLiteral("--config"), config});
        QVERIFY(port);
        RawClient raw(port);
        raw.send(RawClient::upgradeRequest("/echo"));
        QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
        raw.socket().disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(echo.closes(), run + 1, 5000);
        airlock.terminate();
        QVERIFY(airlock.state() == QProcess::NotRunning || airlock.waitForFinished(10000));
        QCOMPARE(airlock.exitCode(), 0);
    }
    // Both runs' sessions are in the file: the second run appended, nothing was lost.
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.readAll().count('\n'), 2);

    const QString harPath = m_dir.filePath(QStringLiteral("sessions.har"));
    const AirlockProcess::Result exporter = AirlockProcess::run(
        {QStringLiteral("export-har"), QStringLiteral("--log"), logPath, QStringLiteral("--out"), harPath});
    QVERIFY(exporter.finished);
    QCOMPARE(exporter.exitCode, 0);
    QFile har(harPath);
    QVERIFY(har.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(har.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("log")).toObject().value(QStringLiteral("version")).toString(),
             QStringLiteral("1.2"));
    QCOMPARE(root.value(QStringLiteral("log")).toObject().value(QStringLiteral("entries")).toArray().size(), 2);
}

// SIGHUP reads the file again: new connections follow it, an open session keeps going, and a broken file
// is reported while the running config stays.
void tst_Headless::sighupReloadsConfig()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    const auto configWith = [&echo](const QString& path) {
        return QStringLiteral(R"({"listen":{"port":0},"routes":[{"path":"%1","backend":"%2","upstreamProxy":"none"}]})")
            .arg(path, echo.url().toString())
            .toUtf8();
    };
    const auto upgradeStatus = [](quint16 port, const QByteArray& path) {
        RawClient raw(port);
        raw.send(RawClient::upgradeRequest(path));
        return RawClient::statusOf(raw.readUntil("\r\n\r\n"));
    };
    const QString config = writeFile(QStringLiteral("reload.json"), configWith(QStringLiteral("/before")));
    QProcess airlock;
    const quint16 port = startAirlock(airlock, {QStringLiteral("--config"), config});
    QVERIFY(port);
    RawClient open(port);
    open.send(RawClient::upgradeRequest("/before"));
    QVERIFY(open.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    open.clear();

    QByteArray err;
    QCOMPARE(writeFile(QStringLiteral("reload.json"), configWith(QStringLiteral("/after"))), config);
    QCOMPARE(::kill(pid_t(airlock.processId()), SIGHUP), 0);
    QTRY_VERIFY2_WITH_TIMEOUT((err += airlock.readAllStandardError()).contains("reloaded"), err.constData(), 10000);
    QCOMPARE(upgradeStatus(port, "/after"), 101);
    QCOMPARE(upgradeStatus(port, "/before"), 404);
    open.send(RawClient::clientFrame(0x1, "still open"));
    QVERIFY(open.readUntil("still open").contains("still open"));

    err.clear();
    QCOMPARE(writeFile(QStringLiteral("reload.json"), "{\"routes\": [{\"path\": \"/broken\"}"), config);
    QCOMPARE(::kill(pid_t(airlock.processId()), SIGHUP), 0);
    QTRY_VERIFY2_WITH_TIMEOUT((err += airlock.readAllStandardError()).contains("not valid JSON"), err.constData(),
                              10000);
    QVERIFY2(err.contains("cannot reload"), err.constData());
    QCOMPARE(upgradeStatus(port, "/after"), 101);
    QCOMPARE(airlock.state(), QProcess::Running);

    airlock.terminate();
    QVERIFY(airlock.state() == QProcess::NotRunning || airlock.waitForFinished(10000));
    QCOMPARE(airlock.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
