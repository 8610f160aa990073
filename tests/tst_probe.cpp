// `airlock probe`: one client handshake, every phase timed, a verdict and an exit code scripts can use.
#include "AirlockProcess.h"
#include "EchoBackend.h"
#include "RefusingPort.h"
#include "ScriptedBackend.h"
#include "TestCertificates.h"
#include "TestConnectProxy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace airlock;
using airlock::test::AirlockProcess;

namespace {

struct ProbeRun
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray text;
};

// Runs the probe with the event loop turning, since the backends live in this thread.
ProbeRun probe(QStringList args, bool json = true)
{
    if (json)
        args << QStringLiteral("--json");
    const AirlockProcess::Result result = AirlockProcess::run(QStringList{QStringLiteral("probe")} + args);
    ProbeRun run;
    if (!result.finished)
        return run;
    run.exitCode = result.exitCode;
    run.text = result.out;
    if (json)
        run.json = QJsonDocument::fromJson(run.text).object();
    return run;
}

QStringList phaseNames(const QJsonObject& json)
{
    QStringList names;
    for (const QJsonValue& phase : json.value(QStringLiteral("phases")).toArray())
        names << phase.toObject().value(QStringLiteral("name")).toString();
    return names;
}

} // namespace

class tst_Probe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void successDirect();
    void successThroughProxyShowsConnectPhase();
    void failuresAreClassified_data();
    void failuresAreClassified();
    void textOutputRedactsSecrets();
    void badArguments();

private:
    TestCertificates& certs() { return TestCertificates::instance(); }
};

void tst_Probe::initTestCase()
{
    QVERIFY2(certs().isValid(), qPrintable(certs().errorString()));
}

void tst_Probe::successDirect()
{
    EchoBackend echo({QStringLiteral("tty")});
    QVERIFY(echo.listen());
    const ProbeRun run = probe({echo.url().toString(), QStringLiteral("--subprotocol"), QStringLiteral("tty")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(run.json.value(QStringLiteral("subprotocol")).toString(), QStringLiteral("tty"));
    QCOMPARE(phaseNames(run.json), QStringLiteral("dns tcp upgrade close").split(u' '));
    QCOMPARE(run.json.value(QStringLiteral("classification")).toString(), QStringLiteral("normal"));
    QTRY_COMPARE_WITH_TIMEOUT(echo.closes(), 1, 5000);
    QCOMPARE(int(echo.lastCloseCode()), 1000);
}

void tst_Probe::successThroughProxyShowsConnectPhase()
{
    EchoBackend echo(TestCertificates::serverConfiguration(certs().server()), {});
    QVERIFY(echo.listen());
    TestConnectProxy proxy;
    QVERIFY(proxy.listenLocal());
    const ProbeRun run = probe({echo.url().toString(), QStringLiteral("--via"), proxy.url().toString(),
                                QStringLiteral("--ca"), certs().caPath()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(phaseNames(run.json), QStringLiteral("dns tcp connect tls upgrade close").split(u' '));
    QVERIFY(run.json.value(QStringLiteral("via")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
}

void tst_Probe::failuresAreClassified_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("classification");
    QTest::newRow("proxy wants credentials (407)")
        << QStringLiteral("407") << 3 << QStringLiteral("proxy_auth_required") << QStringLiteral("permanent");
    QTest::newRow("certificate not trusted")
        << QStringLiteral("tls") << 3 << QStringLiteral("tls_failed") << QStringLiteral("permanent");
    QTest::newRow("backend answers 404") << QStringLiteral("404") << 3 << QStringLiteral("backend_refused_upgrade")
                                         << QStringLiteral("permanent");
    QTest::newRow("backend answers 503") << QStringLiteral("503") << 2 << QStringLiteral("backend_refused_upgrade")
                                         << QStringLiteral("transient");
    QTest::newRow("nothing listening") << QStringLiteral("refused") << 2 << QStringLiteral("connect_refused")
                                       << QStringLiteral("transient");
    QTest::newRow("closed with 4404 after the 101")
        << QStringLiteral("4404") << 3 << QStringLiteral("closed_after_upgrade") << QStringLiteral("permanent");
}

void tst_Probe::failuresAreClassified()
{
    QFETCH(QString, scenario);
    EchoBackend tlsEcho(TestCertificates::serverConfiguration(certs().server()), {});
    QVERIFY(tlsEcho.listen());
    TestConnectProxy proxy;
    QVERIFY(proxy.listenLocal());
    proxy.setMode(TestConnectProxy::Mode::RequireAuth);
    proxy.setCredentials(QStringLiteral("user"), QStringLiteral("pass"));
    ScriptedBackend backend([&](QTcpSocket* socket, const HttpHead& request) {
        if (scenario == QLatin1String("4404")) {
            socket->write(ScriptedBackend::switchingProtocols(request));
            socket->write(QByteArray("\x88\x11\x11\x34session unknown", 19));
            return;
        }
        const int status = scenario.toInt();
        socket->write(ScriptedBackend::response(status, status == 404 ? "Not Found" : "Service Unavailable", "no\n"));
    });
    QVERIFY(backend.listen());

    QStringList args;
    if (scenario == QLatin1String("407")) {
        args << tlsEcho.url().toString() << QStringLiteral("--via") << proxy.url().toString();
    } else if (scenario == QLatin1String("tls")) {
        args << tlsEcho.url().toString();
    } else if (scenario == QLatin1String("refused")) {
        args << QStringLiteral("ws://127.0.0.1:%1/").arg(RefusingPort::shared());
    } else {
        args << backend.url().toString();
    }
    const ProbeRun run = probe(args);
    QTEST(run.exitCode, "exitCode");
    QTEST(run.json.value(QStringLiteral("failure")).toString(), "failure");
    QTEST(run.json.value(QStringLiteral("classification")).toString(), "classification");
    QVERIFY(!run.json.value(QStringLiteral("explanation")).toString().isEmpty());
    QVERIFY(!phaseNames(run.json).isEmpty());
}

void tst_Probe::textOutputRedactsSecrets()
{
    EchoBackend echo;
    QVERIFY(echo.listen());
    const ProbeRun run =
        probe({echo.url().toString(), QStringLiteral("-H"), QStringLiteral("Authorization: Bearer s3cr3t"),
               QStringLiteral("--origin"), QStringLiteral("https://console.example.com")},
              false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.text.contains("Authorization: Bearer [redacted]"), run.text.constData());
    QVERIFY(!run.text.contains("s3cr3t"));
    QVERIFY(run.text.contains("result: ok (101)"));
    QCOMPARE(echo.lastRequest().rawHeader("Authorization"), QByteArray("Bearer s3cr3t"));
}

void tst_Probe::badArguments()
{
    QCOMPARE(probe({QStringLiteral("http://example.com/")}).exitCode, 1);
    QCOMPARE(
        probe({QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("--via"), QStringLiteral("socks5://x:1")}).exitCode,
        1);
}

QTEST_GUILESS_MAIN(tst_Probe)
#include "tst_probe.moc"
