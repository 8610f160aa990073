// A route's upstream CONNECT proxy that requires Basic credentials, with the real tinyproxy and squid
// (not the in-process test proxy): the right credentials get through, wrong or missing ones are a 502
// whose reason is proxy_auth_required, and the password never appears in the record.
#include "EchoBackend.h"
#include "ExternalProxy.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "WsFrameReader.h"

#include <QJsonDocument>
#include <QTest>

#include <map>
#include <memory>

using namespace airlock;
using airlock::test::WsFrameReader;

class tst_ProxyAuthentication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectWithCredentials_data();
    void connectWithCredentials();

private:
    std::unique_ptr<EchoBackend> m_echo;
    std::map<QString, std::unique_ptr<ExternalProxy>> m_proxies; // by kind
};

void tst_ProxyAuthentication::initTestCase()
{
    m_echo = std::make_unique<EchoBackend>();
    QVERIFY(m_echo->listen());
    for (const QString& binary : {ExternalProxy::findTinyproxy(), ExternalProxy::findSquid()}) {
        QVERIFY2(!binary.isEmpty(), "tinyproxy or squid missing: run scripts/setup-debian.sh");
        auto proxy = std::make_unique<ExternalProxy>(binary);
        proxy->setBasicAuth(QStringLiteral("airlock"), QStringLiteral("pr0xy-pass-8k2"));
        QString error;
        QVERIFY2(proxy->start(&error), qPrintable(error));
        m_proxies[proxy->isSquid() ? QStringLiteral("squid") : QStringLiteral("tinyproxy")] = std::move(proxy);
    }
}

void tst_ProxyAuthentication::cleanupTestCase()
{
    m_proxies.clear();
    m_echo.reset();
}

void tst_ProxyAuthentication::connectWithCredentials_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("userInfo"); // in the route's upstreamProxy URL
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("detail"); // part of the failure detail

    for (const QString& kind : {QStringLiteral("tinyproxy"), QStringLiteral("squid")}) {
        QTest::addRow("%s, right credentials", qPrintable(kind))
            << kind << QStringLiteral("airlock:pr0xy-pass-8k2@") << true << QString();
        QTest::addRow("%s, wrong password", qPrintable(kind))
            << kind << QStringLiteral("airlock:wrong-pass-3j9@") << false
            << QStringLiteral("the credentials were rejected");
        QTest::addRow("%s, wrong user", qPrintable(kind)) << kind << QStringLiteral("intruder:pr0xy-pass-8k2@") << false
                                                          << QStringLiteral("the credentials were rejected");
        QTest::addRow("%s, no credentials", qPrintable(kind))
            << kind << QString() << false << QStringLiteral("it requires credentials and none are configured");
    }
}

void tst_ProxyAuthentication::connectWithCredentials()
{
    QFETCH(QString, kind);
    QFETCH(QString, userInfo);
    QFETCH(bool, accepted);
    QFETCH(QString, detail);

    ExternalProxy& external = *m_proxies.at(kind);
    RouteConfig route = ProxyFixture::route(QStringLiteral("/via"), m_echo->url());
    route.upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
    route.upstreamProxy.url =
        QUrl(QStringLiteral("http://") + userInfo + QStringLiteral("127.0.0.1:%1").arg(external.port()));
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    const int before = m_echo->connections();
    RawClient client(proxy.port());
    client.send(RawClient::upgradeRequest("/via"));
    if (accepted) {
        QVERIFY2(client.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"),
                 qPrintable(QString::fromUtf8(client.received()) + external.log()));
        client.send(RawClient::clientFrame(0x1, "through " + kind.toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(
            (client.readBytes(client.received().size() + 1, 20), !WsFrameReader::frames(client.received()).isEmpty()),
            5000);
        QCOMPARE(WsFrameReader::frames(client.received()).at(0).payload, "through " + kind.toUtf8());
        QCOMPARE(m_echo->connections(), before + 1);
        client.send(RawClient::clientFrame(0x8, QByteArray::fromHex("03e8")));
        QVERIFY(client.waitForClose());
    } else {
        const QByteArray response = client.readResponse();
        QCOMPARE(RawClient::statusOf(response), 502);
        QVERIFY2(response.contains("X-Airlock-Error: proxy_auth_required\r\n"), response.constData());
        QCOMPARE(m_echo->connections(), before);
    }

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    if (accepted) {
        QVERIFY2(record.failureReason == FailureReason::None, qPrintable(record.failureDetail));
    } else {
        QCOMPARE(failure::id(record.failureReason), QStringLiteral("proxy_auth_required"));
        QVERIFY2(record.failureDetail.contains(QLatin1String("proxy answered 40")), qPrintable(record.failureDetail));
        QVERIFY2(record.failureDetail.contains(detail), qPrintable(record.failureDetail));
    }
    const QByteArray json = QJsonDocument(record.toJson()).toJson();
    QVERIFY(!json.contains("pr0xy-pass-8k2"));
    QVERIFY(!json.contains("wrong-pass-3j9"));
}

QTEST_GUILESS_MAIN(tst_ProxyAuthentication)
#include "tst_proxyauthentication.moc"
