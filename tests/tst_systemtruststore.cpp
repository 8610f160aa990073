// An empty system trust store (a minimal Debian without ca-certificates) is named in plain words
// everywhere a TLS failure is reported: the connector's detail (and so the session record), the
// health check's last error, `airlock probe`, and once in the log at start.
//
// CTest runs this twice: as tst_systemtruststore on the machine as it is (the store has certificates:
// no hint may appear), and as tst_systemtruststore_empty inside a private mount namespace with an
// empty /etc/ssl/certs (AIRLOCK_EXPECT_TRUST_STORE=empty: every place must give the hint).
#include "AirlockProcess.h"
#include "ProxyFixture.h"
#include "TestCertificates.h"
#include "TestTlsServer.h"

#include "health/HealthProbe.h"
#include "tunnel/SystemTrustStore.h"
#include "tunnel/UpstreamConnector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace airlock;
using airlock::test::AirlockProcess;

class tst_SystemTrustStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeIsAsExpected();
    void routeNeedsIt_data();
    void routeNeedsIt();
    void connectorDetail_data();
    void connectorDetail();
    void sessionRecord();
    void healthLastError();
    void probeCommand();
    void startupLogOnce();

private:
    bool m_expectEmpty = false;
    std::unique_ptr<TestTlsServer> m_tls;
    QUrl wssUrl(const QString& path = QStringLiteral("/")) const;
};

void tst_SystemTrustStore::initTestCase()
{
    m_expectEmpty = qEnvironmentVariable("AIRLOCK_EXPECT_TRUST_STORE") == QLatin1String("empty");
    const TestCertificates& certs = TestCertificates::instance();
    QVERIFY2(certs.isValid(), qPrintable(certs.errorString()));
    m_tls = std::make_unique<TestTlsServer>(certs.serverCertificate(), certs.serverKey());
    QVERIFY(m_tls->listenLocal());
}

QUrl tst_SystemTrustStore::wssUrl(const QString& path) const
{
    return QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(m_tls->serverPort()).arg(path));
}

void tst_SystemTrustStore::storeIsAsExpected()
{
    // Guards the harness: the namespace run must really see no certificates, and the normal run
    // must see the ones scripts/setup-debian.sh installs (ca-certificates).
    QCOMPARE(SystemTrustStore::isEmpty(), m_expectEmpty);
}

void tst_SystemTrustStore::routeNeedsIt_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<bool>("needs");
    QTest::newRow("wss") << "wss://vm.example:7681/"
                         << "" << false << true;
    QTest::newRow("https") << "https://vm.example/"
                           << "" << false << true;
    QTest::newRow("wss with caFile") << "wss://vm.example/"
                                     << "/etc/vm-ca.pem" << false << false;
    QTest::newRow("wss insecure") << "wss://vm.example/"
                                  << "" << true << false;
    QTest::newRow("ws") << "ws://vm.example/"
                        << "" << false << false;
    QTest::newRow("tcp") << "tcp://vm.example:5900"
                         << "" << false << false;
}

void tst_SystemTrustStore::routeNeedsIt()
{
    QFETCH(QString, backend);
    QFETCH(QString, caFile);
    QFETCH(bool, insecure);
    QFETCH(bool, needs);
    RouteConfig route = ProxyFixture::route(QStringLiteral("/r"), QUrl(backend));
    route.tls.caFile = caFile;
    route.tls.insecure = insecure;
    QCOMPARE(SystemTrustStore::routeNeedsIt(route), needs);
    const QStringList missing = SystemTrustStore::routesWithoutTrust({route});
    QCOMPARE(missing.size(), needs && m_expectEmpty ? 1 : 0);
}

void tst_SystemTrustStore::connectorDetail_data()
{
    QTest::addColumn<bool>("withCaFile");
    QTest::addColumn<bool>("hint");
    // The test server's CA is not in any system store: verification fails either way; only a route
    // relying on the (empty) system store gets the hint. With another CA file, the store is not the
    // cause and the hint would mislead.
    QTest::newRow("no caFile") << false << m_expectEmpty;
    QTest::newRow("other caFile") << true << false;
}

void tst_SystemTrustStore::connectorDetail()
{
    QFETCH(bool, withCaFile);
    QFETCH(bool, hint);
    UpstreamTarget target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = m_tls->serverPort();
    target.tls = true;
    if (withCaFile)
        target.tlsOptions.caFile = TestCertificates::instance().otherCaPath();
    UpstreamConnector connector(target);
    QSignalSpy failed(&connector, &UpstreamConnector::failed);
    connector.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<UpstreamError>(), UpstreamError::TlsFailed);
    const QString detail = failed.first().at(1).toString();
    QVERIFY2(detail.startsWith(QLatin1String("TLS verification of")), qPrintable(detail));
    QCOMPARE(detail.contains(SystemTrustStore::missingHint()), hint);
}

void tst_SystemTrustStore::sessionRecord()
{
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/vm"), wssUrl())}));
    QVERIFY(proxy.start());
    QWebSocket client;
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(proxy.wsUrl(QStringLiteral("/vm")));
    QVERIFY(disconnected.wait(15000));
    QVERIFY(proxy.waitForRecords(1, 10000));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(failure::id(record.failureReason), QStringLiteral("tls_failed"));
    QCOMPARE(record.failureDetail.contains(SystemTrustStore::missingHint()), m_expectEmpty);
}

void tst_SystemTrustStore::healthLastError()
{
    RouteConfig route = ProxyFixture::route(QStringLiteral("/vm"), wssUrl());
    route.health.kind = HealthConfig::Kind::Tls;
    route.health.timeoutMs = 10000;
    HealthProbe probe(route, QProcessEnvironment());
    QSignalSpy finished(&probe, &HealthProbe::finished);
    probe.start();
    QVERIFY(!finished.isEmpty() || finished.wait(15000));
    const HealthResult result = probe.result();
    QVERIFY(!result.ok);
    QCOMPARE(failure::id(result.error), QStringLiteral("tls_failed"));
    QCOMPARE(result.detail.contains(SystemTrustStore::missingHint()), m_expectEmpty);
}

void tst_SystemTrustStore::probeCommand()
{
    const AirlockProcess::Result probe = AirlockProcess::run(
        {QStringLiteral("probe"), wssUrl().toString(), QStringLiteral("--timeout"), QStringLiteral("10000")});
    const QString output = QString::fromUtf8(probe.out + probe.err);
    QVERIFY2(probe.finished, qPrintable(output));
    QCOMPARE(probe.exitCode, 3); // an untrusted certificate is permanent
    QVERIFY2(output.contains(QLatin1String("tls_failed")), qPrintable(output));
    QVERIFY2(output.contains(SystemTrustStore::missingHint()) == m_expectEmpty, qPrintable(output));
}

void tst_SystemTrustStore::startupLogOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QJsonObject config{
        {QStringLiteral("listen"),
         QJsonObject{{QStringLiteral("address"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), 0}}},
        {QStringLiteral("routes"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("vm-terminal")},
                                {QStringLiteral("path"), QStringLiteral("/vm/")},
                                {QStringLiteral("backend"), wssUrl().toString()}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("vm-desktop")},
                                {QStringLiteral("path"), QStringLiteral("/vnc/")},
                                {QStringLiteral("backend"), wssUrl().toString()}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("pinned")},
                                {QStringLiteral("path"), QStringLiteral("/pinned/")},
                                {QStringLiteral("backend"), wssUrl().toString()},
                                {QStringLiteral("tls"),
                                 QJsonObject{{QStringLiteral("caFile"), TestCertificates::instance().caPath()}}}}}}};
    QFile file(dir.filePath(QStringLiteral("airlock.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();

    AirlockProcess airlock;
    QString error;
    QVERIFY2(airlock.start({QStringLiteral("--headless"), QStringLiteral("--config"), file.fileName()}, &error),
             qPrintable(error));
    QVERIFY(airlock.stop());
    const QByteArray err = airlock.standardError();
    const QString log = QString::fromUtf8(err);
    QCOMPARE(log.count(SystemTrustStore::missingHint()), m_expectEmpty ? 1 : 0);
    if (m_expectEmpty) {
        // The routes that depend on the store are named; the one with its own CA is not.
        static const QRegularExpression warning(QStringLiteral("cannot verify their backend: ([^\n]*)"));
        const QRegularExpressionMatch match = warning.match(log);
        QVERIFY2(match.hasMatch(), qPrintable(log));
        QCOMPARE(match.captured(1), QStringLiteral("vm-terminal, vm-desktop"));
    }
}

QTEST_GUILESS_MAIN(tst_SystemTrustStore)
#include "tst_systemtruststore.moc"
