#include "tunnel/SystemProxy.h"

#include <QTest>

using namespace airlock;

class tst_SystemProxy : public QObject
{
    Q_OBJECT

private slots:
    void proxyFor_data();
    void proxyFor();
    void emptyEnvironmentMeansNoProxy();
    void errorIsClearedOnSuccess();
};

void tst_SystemProxy::proxyFor_data()
{
    QTest::addColumn<QStringList>("environment"); // NAME=value
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("expected"); // proxy URL, empty for none
    QTest::addColumn<QString>("expectedError");

    const QString proxy = QStringLiteral("http://proxy.corp:3128");
    const QString other = QStringLiteral("http://other.corp:8080");
    const QString host = QStringLiteral("backend.example.com");
    auto env = [](std::initializer_list<const char*> entries) {
        QStringList list;
        for (const char* entry : entries)
            list << QString::fromLatin1(entry);
        return list;
    };

    // Which variable applies.
    QTest::newRow("tls uses https_proxy")
        << env({"https_proxy=http://proxy.corp:3128"}) << host << true << proxy << QString();
    QTest::newRow("tls uses HTTPS_PROXY")
        << env({"HTTPS_PROXY=http://proxy.corp:3128"}) << host << true << proxy << QString();
    QTest::newRow("tls: https_proxy wins over HTTPS_PROXY")
        << env({"https_proxy=http://proxy.corp:3128", "HTTPS_PROXY=http://other.corp:8080"}) << host << true << proxy
        << QString();
    QTest::newRow("tls falls back to all_proxy")
        << env({"all_proxy=http://proxy.corp:3128"}) << host << true << proxy << QString();
    QTest::newRow("tls falls back to ALL_PROXY")
        << env({"ALL_PROXY=http://proxy.corp:3128"}) << host << true << proxy << QString();
    QTest::newRow("tls: all_proxy wins over ALL_PROXY")
        << env({"all_proxy=http://proxy.corp:3128", "ALL_PROXY=http://other.corp:8080"}) << host << true << proxy
        << QString();
    QTest::newRow("tls: HTTPS_PROXY wins over all_proxy")
        << env({"HTTPS_PROXY=http://proxy.corp:3128", "all_proxy=http://other.corp:8080"}) << host << true << proxy
        << QString();
    QTest::newRow("tls ignores http_proxy")
        << env({"http_proxy=http://proxy.corp:3128"}) << host << true << QString() << QString();
    QTest::newRow("plain uses http_proxy")
        << env({"http_proxy=http://proxy.corp:3128"}) << host << false << proxy << QString();
    QTest::newRow("plain ignores HTTP_PROXY (CGI sets it)")
        << env({"HTTP_PROXY=http://proxy.corp:3128"}) << host << false << QString() << QString();
    QTest::newRow("plain ignores https_proxy")
        << env({"https_proxy=http://proxy.corp:3128"}) << host << false << QString() << QString();
    QTest::newRow("plain falls back to all_proxy")
        << env({"all_proxy=http://proxy.corp:3128"}) << host << false << proxy << QString();
    QTest::newRow("plain falls back to ALL_PROXY")
        << env({"ALL_PROXY=http://proxy.corp:3128"}) << host << false << proxy << QString();
    QTest::newRow("plain: http_proxy wins over all_proxy")
        << env({"http_proxy=http://proxy.corp:3128", "all_proxy=http://other.corp:8080"}) << host << false << proxy
        << QString();
    QTest::newRow("empty https_proxy falls through to ALL_PROXY")
        << env({"https_proxy=", "ALL_PROXY=http://other.corp:8080"}) << host << true << other << QString();

    // Proxy value forms.
    QTest::newRow("value without a scheme means http")
        << env({"https_proxy=proxy.corp:3128"}) << host << true << proxy << QString();
    QTest::newRow("missing port defaults to 1080 like curl") << env({"https_proxy=http://proxy.corp"}) << host << true
                                                             << QStringLiteral("http://proxy.corp:1080") << QString();
    QTest::newRow("upper-case scheme is accepted")
        << env({"https_proxy=HTTP://proxy.corp:3128"}) << host << true << proxy << QString();
    QTest::newRow("credentials are kept") << env({"https_proxy=http://user:p%40ss@proxy.corp:3128"}) << host << true
                                          << QStringLiteral("http://user:p%40ss@proxy.corp:3128") << QString();
    QTest::newRow("trailing slash is dropped")
        << env({"https_proxy=http://proxy.corp:3128/"}) << host << true << proxy << QString();
    QTest::newRow("IPv6 proxy address") << env({"https_proxy=http://[fd00::1]:3128"}) << host << true
                                        << QStringLiteral("http://[fd00::1]:3128") << QString();
    QTest::newRow("socks5 is refused with an error")
        << env({"HTTPS_PROXY=socks5://proxy.corp:1080"}) << host << true << QString()
        << QStringLiteral("unsupported proxy scheme socks5 in HTTPS_PROXY");
    QTest::newRow("https proxy scheme is refused with an error")
        << env({"https_proxy=https://proxy.corp:3128"}) << host << true << QString()
        << QStringLiteral("unsupported proxy scheme https in https_proxy");
    QTest::newRow("socks5h in all_proxy names all_proxy")
        << env({"all_proxy=socks5h://proxy.corp:1080"}) << host << false << QString()
        << QStringLiteral("unsupported proxy scheme socks5h in all_proxy");

    // no_proxy rules.
    const char* tlsProxy = "https_proxy=http://proxy.corp:3128";
    QTest::newRow("no_proxy * disables the proxy")
        << env({tlsProxy, "no_proxy=*"}) << host << true << QString() << QString();
    QTest::newRow("no_proxy exact host") << env({tlsProxy, "no_proxy=backend.example.com"}) << host << true << QString()
                                         << QString();
    QTest::newRow("no_proxy domain matches subdomain")
        << env({tlsProxy, "no_proxy=example.com"}) << host << true << QString() << QString();
    QTest::newRow("no_proxy .domain matches subdomain")
        << env({tlsProxy, "no_proxy=.example.com"}) << host << true << QString() << QString();
    QTest::newRow("no_proxy .domain matches the domain itself")
        << env({tlsProxy, "no_proxy=.example.com"}) << QStringLiteral("example.com") << true << QString() << QString();
    QTest::newRow("no_proxy domain is no plain suffix")
        << env({tlsProxy, "no_proxy=example.com"}) << QStringLiteral("badexample.com") << true << proxy << QString();
    QTest::newRow("no_proxy subdomain does not match parent")
        << env({tlsProxy, "no_proxy=backend.example.com"}) << QStringLiteral("example.com") << true << proxy
        << QString();
    QTest::newRow("no_proxy is case-insensitive")
        << env({tlsProxy, "no_proxy=Example.COM"}) << QStringLiteral("BACKEND.example.com") << true << QString()
        << QString();
    QTest::newRow("no_proxy entries are trimmed")
        << env({tlsProxy, "no_proxy= other.org ,  example.com  ,"}) << host << true << QString() << QString();
    QTest::newRow("no_proxy without a match keeps the proxy")
        << env({tlsProxy, "no_proxy=other.org,example.net"}) << host << true << proxy << QString();
    QTest::newRow("no_proxy IP literal exact")
        << env({tlsProxy, "no_proxy=10.0.0.5"}) << QStringLiteral("10.0.0.5") << true << QString() << QString();
    QTest::newRow("no_proxy IP literal is not a prefix")
        << env({tlsProxy, "no_proxy=10.0.0.5"}) << QStringLiteral("10.0.0.50") << true << proxy << QString();
    QTest::newRow("no_proxy IPv6 literal")
        << env({tlsProxy, "no_proxy=fd00::5"}) << QStringLiteral("[fd00::5]") << true << QString() << QString();
    QTest::newRow("no_proxy IPv4 CIDR inside")
        << env({tlsProxy, "no_proxy=10.0.0.0/8"}) << QStringLiteral("10.20.30.40") << true << QString() << QString();
    QTest::newRow("no_proxy IPv4 CIDR outside")
        << env({tlsProxy, "no_proxy=10.0.0.0/8"}) << QStringLiteral("11.0.0.1") << true << proxy << QString();
    QTest::newRow("no_proxy IPv6 CIDR inside")
        << env({tlsProxy, "no_proxy=fd00::/8"}) << QStringLiteral("fd12::1") << true << QString() << QString();
    QTest::newRow("no_proxy IPv6 CIDR outside")
        << env({tlsProxy, "no_proxy=fd00::/8"}) << QStringLiteral("fe80::1") << true << proxy << QString();
    QTest::newRow("no_proxy CIDR does not match host names")
        << env({tlsProxy, "no_proxy=10.0.0.0/8"}) << QStringLiteral("ten.example") << true << proxy << QString();
    QTest::newRow("NO_PROXY upper case applies")
        << env({tlsProxy, "NO_PROXY=example.com"}) << host << true << QString() << QString();
    QTest::newRow("no_proxy lower case wins over NO_PROXY")
        << env({tlsProxy, "no_proxy=other.org", "NO_PROXY=example.com"}) << host << true << proxy << QString();
    QTest::newRow("no_proxy applies before an unsupported scheme")
        << env({"HTTPS_PROXY=socks5://proxy.corp:1080", "no_proxy=example.com"}) << host << true << QString()
        << QString();

    // Loopback never goes through a proxy.
    QTest::newRow("loopback localhost") << env({tlsProxy}) << QStringLiteral("localhost") << true << QString()
                                        << QString();
    QTest::newRow("loopback LOCALHOST.") << env({tlsProxy}) << QStringLiteral("LOCALHOST.") << true << QString()
                                         << QString();
    QTest::newRow("loopback 127.0.0.1") << env({tlsProxy}) << QStringLiteral("127.0.0.1") << true << QString()
                                        << QString();
    QTest::newRow("loopback 127.8.9.10") << env({tlsProxy}) << QStringLiteral("127.8.9.10") << true << QString()
                                         << QString();
    QTest::newRow("loopback ::1") << env({tlsProxy}) << QStringLiteral("::1") << true << QString() << QString();
    QTest::newRow("loopback [::1]") << env({tlsProxy}) << QStringLiteral("[::1]") << true << QString() << QString();
    QTest::newRow("loopback plain target")
        << env({"http_proxy=http://proxy.corp:3128"}) << QStringLiteral("127.0.0.1") << false << QString() << QString();
    QTest::newRow("128.0.0.1 is not loopback")
        << env({tlsProxy}) << QStringLiteral("128.0.0.1") << true << proxy << QString();
    QTest::newRow("localhost.example.com is not loopback")
        << env({tlsProxy}) << QStringLiteral("localhost.example.com") << true << proxy << QString();
}

void tst_SystemProxy::proxyFor()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, host);
    QFETCH(bool, tls);
    QFETCH(QString, expected);
    QFETCH(QString, expectedError);

    QProcessEnvironment env;
    for (const QString& entry : environment) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        env.insert(entry.left(eq), entry.mid(eq + 1));
    }

    QString error = QStringLiteral("stale");
    const std::optional<QUrl> proxy = SystemProxy::proxyFor(host, tls, env, &error);
    QCOMPARE(proxy.has_value(), !expected.isEmpty());
    if (proxy)
        QCOMPARE(proxy->toString(), expected);
    QCOMPARE(error, expectedError);
}

void tst_SystemProxy::emptyEnvironmentMeansNoProxy()
{
    QVERIFY(!SystemProxy::proxyFor(QStringLiteral("example.com"), true, QProcessEnvironment()));
    QVERIFY(!SystemProxy::proxyFor(QStringLiteral("example.com"), false, QProcessEnvironment()));
}

void tst_SystemProxy::errorIsClearedOnSuccess()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("https_proxy"), QStringLiteral("http://proxy.corp:3128"));
    QString error = QStringLiteral("from an earlier call");
    QVERIFY(SystemProxy::proxyFor(QStringLiteral("example.com"), true, env, &error));
    QVERIFY(error.isEmpty());
    // No error pointer is fine too.
    env.insert(QStringLiteral("https_proxy"), QStringLiteral("socks5://proxy.corp"));
    QVERIFY(!SystemProxy::proxyFor(QStringLiteral("example.com"), true, env));
}

QTEST_GUILESS_MAIN(tst_SystemProxy)
#include "tst_systemproxy.moc"
