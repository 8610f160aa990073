#include "RefusingPort.h"
#include "tunnel/UpstreamConnector.h"

#include "BlackholeListener.h"
#include "ExternalProxy.h"
#include "TestCertificates.h"
#include "TestConnectProxy.h"
#include "TestTlsServer.h"
#include "tunnel/SystemTrustStore.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace airlock;

namespace {

// Short bounds keep failure cases fast; successes finish long before them.
RouteTimeouts testTimeouts()
{
    RouteTimeouts timeouts;
    timeouts.connectMs = 3000;
    timeouts.proxyConnectMs = 3000;
    timeouts.tlsMs = 3000;
    return timeouts;
}

UpstreamTarget makeTarget(const QString& host, quint16 port, bool tls)
{
    UpstreamTarget target;
    target.host = host;
    target.port = port;
    target.tls = tls;
    target.timeouts = testTimeouts();
    return target;
}

// Runs one connector to its end and records everything it emitted.
struct Run
{
    explicit Run(UpstreamTarget target)
        : connector(std::move(target))
        , tcpConnected(&connector, &UpstreamConnector::tcpConnected)
        , proxyTunnelReady(&connector, &UpstreamConnector::proxyTunnelReady)
        , tlsEstablished(&connector, &UpstreamConnector::tlsEstablished)
        , connected(&connector, &UpstreamConnector::connected)
        , failed(&connector, &UpstreamConnector::failed)
    {
        QObject::connect(&connector, &UpstreamConnector::tcpConnected, &connector,
                         [this] { order << QStringLiteral("tcp"); });
        QObject::connect(&connector, &UpstreamConnector::proxyTunnelReady, &connector,
                         [this] { order << QStringLiteral("proxy"); });
        QObject::connect(&connector, &UpstreamConnector::tlsEstablished, &connector,
                         [this] { order << QStringLiteral("tls"); });
        QObject::connect(&connector, &UpstreamConnector::connected, &connector, [this] {
            order << QStringLiteral("connected");
            socket.reset(connector.takeSocket());
        });
        QObject::connect(&connector, &UpstreamConnector::failed, &connector,
                         [this] { order << QStringLiteral("failed"); });
    }

    // True when connected() or failed() came within timeoutMs.
    bool finish(int timeoutMs = 10000)
    {
        connector.start();
        if (connected.isEmpty() && failed.isEmpty()) {
            QEventLoop loop;
            QObject::connect(&connector, &UpstreamConnector::connected, &loop, &QEventLoop::quit);
            QObject::connect(&connector, &UpstreamConnector::failed, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return connected.size() + failed.size() == 1;
    }

    UpstreamError failure() const
    {
        return failed.isEmpty() ? UpstreamError::None : failed.constFirst().at(0).value<UpstreamError>();
    }
    QString detail() const { return failed.isEmpty() ? QString() : failed.constFirst().at(1).toString(); }

    UpstreamConnector connector;
    QSignalSpy tcpConnected;
    QSignalSpy proxyTunnelReady;
    QSignalSpy tlsEstablished;
    QSignalSpy connected;
    QSignalSpy failed;
    QStringList order;
    std::unique_ptr<QTcpSocket> socket;
    // The dialled socket as a TLS socket; nullptr when it is a plain QTcpSocket.
    QSslSocket* tls() const { return qobject_cast<QSslSocket*>(socket.get()); }
};

// Writes data and waits for the same bytes to come back.
QByteArray echo(QTcpSocket* socket, const QByteArray& data)
{
    QByteArray received = socket->readAll();
    socket->write(data);
    QSignalSpy readyRead(socket, &QIODevice::readyRead);
    while (received.size() < data.size()) {
        if (socket->bytesAvailable() == 0 && !readyRead.wait(5000))
            break;
        received += socket->readAll();
    }
    return received;
}

} // namespace

class tst_UpstreamConnector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void errorNames_data();
    void errorNames();
    void connectRequest_data();
    void connectRequest();

    void directPlain();
    void directFailures_data();
    void directFailures();
    void connectTimeout_data();
    void connectTimeout();

    void tls_data();
    void tls();
    void tlsCaFileAddsToSystemStore();
    void insecureWarns();
    void tlsTimeout();

    void proxyTunnel_data();
    void proxyTunnel();
    void proxyAuth_data();
    void proxyAuth();
    void proxyRefused();
    void proxySilent();
    void proxyUnreachable();
    void proxyProtocolErrors_data();
    void proxyProtocolErrors();
    void plainTunnelKeepsEarlyBackendBytes();
    void proxyBackendFailureIsProxyRefused();

    void externalProxy_data();
    void externalProxy();

    void failedWorksQueued();
    void destroyedWhileDialingClosesTheSocket();
    void startTwiceIsHarmless();

private:
    TestCertificates& certs() { return TestCertificates::instance(); }
};

void tst_UpstreamConnector::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    QVERIFY2(certs().isValid(), qPrintable(certs().errorString()));
    // The process reads the system CA store once; do it before any TLS phase is timed.
    QVERIFY2(!SystemTrustStore::certificates().isEmpty(), "no system CA certificates (install ca-certificates)");
}

void tst_UpstreamConnector::errorNames_data()
{
    QTest::addColumn<UpstreamError>("error");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("proxyError");

    QTest::newRow("none") << UpstreamError::None << QStringLiteral("none") << false;
    QTest::newRow("dns_failed") << UpstreamError::DnsFailed << QStringLiteral("dns_failed") << false;
    QTest::newRow("connect_refused") << UpstreamError::ConnectRefused << QStringLiteral("connect_refused") << false;
    QTest::newRow("connect_timeout") << UpstreamError::ConnectTimeout << QStringLiteral("connect_timeout") << false;
    QTest::newRow("network_error") << UpstreamError::NetworkError << QStringLiteral("network_error") << false;
    QTest::newRow("proxy_unreachable") << UpstreamError::ProxyUnreachable << QStringLiteral("proxy_unreachable")
                                       << true;
    QTest::newRow("proxy_timeout") << UpstreamError::ProxyTimeout << QStringLiteral("proxy_timeout") << true;
    QTest::newRow("proxy_auth_required") << UpstreamError::ProxyAuthRequired << QStringLiteral("proxy_auth_required")
                                         << true;
    QTest::newRow("proxy_refused") << UpstreamError::ProxyRefused << QStringLiteral("proxy_refused") << true;
    QTest::newRow("proxy_protocol_error")
        << UpstreamError::ProxyProtocolError << QStringLiteral("proxy_protocol_error") << true;
    QTest::newRow("tls_failed") << UpstreamError::TlsFailed << QStringLiteral("tls_failed") << false;
    QTest::newRow("tls_timeout") << UpstreamError::TlsTimeout << QStringLiteral("tls_timeout") << false;
}

void tst_UpstreamConnector::errorNames()
{
    QFETCH(UpstreamError, error);
    QFETCH(QString, name);
    QFETCH(bool, proxyError);
    QCOMPARE(upstreamErrorName(error), name);
    QCOMPARE(isProxyError(error), proxyError);
}

void tst_UpstreamConnector::connectRequest_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QUrl>("proxy");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("name") << QStringLiteral("backend.example.com") << 443 << QUrl(QStringLiteral("http://p:3128"))
                          << QByteArray("CONNECT backend.example.com:443 HTTP/1.1\r\n"
                                        "Host: backend.example.com:443\r\n\r\n");
    QTest::newRow("IPv6 in brackets") << QStringLiteral("fd00::1") << 7681 << QUrl(QStringLiteral("http://p:3128"))
                                      << QByteArray("CONNECT [fd00::1]:7681 HTTP/1.1\r\nHost: [fd00::1]:7681\r\n\r\n");
    QTest::newRow("IPv6 already bracketed") << QStringLiteral("[::1]") << 80 << QUrl(QStringLiteral("http://p:3128"))
                                            << QByteArray("CONNECT [::1]:80 HTTP/1.1\r\nHost: [::1]:80\r\n\r\n");
    // "user:pass" -> dXNlcjpwYXNz
    QTest::newRow("Basic credentials") << QStringLiteral("h") << 1 << QUrl(QStringLiteral("http://user:pass@p:3128"))
                                       << QByteArray("CONNECT h:1 HTTP/1.1\r\nHost: h:1\r\n"
                                                     "Proxy-Authorization: Basic dXNlcjpwYXNz\r\n\r\n");
    // "us er:p@ss:w%rd" -> dXMgZXI6cEBzczp3JXJk
    QTest::newRow("percent-decoded credentials")
        << QStringLiteral("h") << 1 << QUrl(QStringLiteral("http://us%20er:p%40ss%3Aw%25rd@p:3128"))
        << QByteArray("CONNECT h:1 HTTP/1.1\r\nHost: h:1\r\nProxy-Authorization: Basic dXMgZXI6cEBzczp3JXJk\r\n\r\n");
}

void tst_UpstreamConnector::connectRequest()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QUrl, proxy);
    QFETCH(QByteArray, expected);
    QCOMPARE(UpstreamConnector::connectRequest(host, quint16(port), proxy), expected);
}

void tst_UpstreamConnector::directPlain()
{
    TestTlsServer server(certs().serverCertificate(), certs().serverKey());
    server.setMode(TestTlsServer::Mode::PlainEcho);
    QVERIFY(server.listenLocal());

    Run run(makeTarget(QStringLiteral("127.0.0.1"), server.serverPort(), false));
    QVERIFY(run.finish());
    QCOMPARE(run.order, QStringList({QStringLiteral("tcp"), QStringLiteral("connected")}));
    QCOMPARE(run.connector.error(), UpstreamError::None);
    QCOMPARE(run.connector.proxyStatus(), 0);
    QVERIFY(run.connector.peerCertificate().isNull());

    QVERIFY(run.socket);
    QCOMPARE(run.socket->parent(), nullptr);
    QVERIFY2(!run.tls(), "a plain dial builds no TLS socket");
    QCOMPARE(run.socket->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    QCOMPARE(run.socket->socketOption(QAbstractSocket::KeepAliveOption).toInt(), 1);
    QCOMPARE(echo(run.socket.get(), "hello backend"), QByteArray("hello backend"));
    QCOMPARE(run.connector.takeSocket(), nullptr); // only once
    QCOMPARE(run.connected.size(), 1);
    QCOMPARE(run.failed.size(), 0);
}

void tst_UpstreamConnector::directFailures_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<UpstreamError>("expected");

    QTest::newRow("refused port") << QStringLiteral("127.0.0.1") << int(RefusingPort::shared())
                                  << UpstreamError::ConnectRefused;
    QTest::newRow("unresolvable host") << QStringLiteral("nonexistent.invalid") << 443 << UpstreamError::DnsFailed;
    QTest::newRow("no host") << QString() << 443 << UpstreamError::NetworkError;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << 0 << UpstreamError::NetworkError;
}

void tst_UpstreamConnector::directFailures()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(UpstreamError, expected);

    Run run(makeTarget(host, quint16(port), false));
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), expected);
    QCOMPARE(run.connector.error(), expected);
    QCOMPARE(run.connector.errorDetail(), run.detail());
    QVERIFY(!run.detail().isEmpty());
    QVERIFY(!isProxyError(expected));
    QCOMPARE(run.tcpConnected.size(), 0);
    QCOMPARE(run.connected.size(), 0);
    QCOMPARE(run.connector.takeSocket(), nullptr);
    QCOMPARE(run.connector.phase(), UpstreamConnector::Phase::Failed);
}

void tst_UpstreamConnector::connectTimeout_data()
{
    QTest::addColumn<bool>("viaProxy");
    QTest::addColumn<UpstreamError>("expected");
    QTest::newRow("backend") << false << UpstreamError::ConnectTimeout;
    QTest::newRow("proxy") << true << UpstreamError::ProxyTimeout;
}

void tst_UpstreamConnector::connectTimeout()
{
    QFETCH(bool, viaProxy);
    QFETCH(UpstreamError, expected);

    BlackholeListener blackhole;
    QVERIFY2(blackhole.isFull(), "could not fill a listen queue on 127.0.0.1");

    UpstreamTarget target = makeTarget(QStringLiteral("127.0.0.1"), blackhole.port(), false);
    if (viaProxy) {
        target.port = 443;
        target.proxy = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(blackhole.port()));
    }
    target.timeouts.connectMs = 300;
    Run run(target);
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), expected);
    // The detail names the 300 ms bound, which proves the connect timer ended it (the others are 3 s).
    QVERIFY2(run.detail().contains(QLatin1String("300 ms")), qPrintable(run.detail()));
    QCOMPARE(run.tcpConnected.size(), 0);
}

void tst_UpstreamConnector::tls_data()
{
    QTest::addColumn<QString>("certificateName"); // "localhost" or "backend.internal.test"
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<UpstreamError>("expected");
    QTest::addColumn<QString>("expectedSni");
    QTest::addColumn<QString>("detailPart");

    const QString localhost = QStringLiteral("localhost");
    const QString internal = QStringLiteral("backend.internal.test");
    const QString loopback = QStringLiteral("127.0.0.1");
    const QString ca = certs().caPath();
    const QString otherCa = certs().otherCaPath();

    QTest::newRow("test CA trusted") << localhost << localhost << ca << QString() << false << UpstreamError::None
                                     << localhost << QString();
    QTest::newRow("unrelated CA fails") << localhost << localhost << otherCa << QString() << false
                                        << UpstreamError::TlsFailed << localhost
                                        << QStringLiteral("issuer certificate");
    QTest::newRow("system store only fails")
        << localhost << localhost << QString() << QString() << false << UpstreamError::TlsFailed << localhost
        << QStringLiteral("issuer certificate");
    QTest::newRow("insecure skips verification")
        << localhost << localhost << otherCa << QString() << true << UpstreamError::None << localhost << QString();
    QTest::newRow("IP literal matches IP SAN")
        << localhost << loopback << ca << QString() << false << UpstreamError::None << QString() << QString();
    QTest::newRow("serverName override matches other SAN")
        << internal << loopback << ca << internal << false << UpstreamError::None << internal << QString();
    QTest::newRow("same certificate without override fails")
        << internal << loopback << ca << QString() << false << UpstreamError::TlsFailed << QString()
        << QStringLiteral("host name did not match");
    QTest::newRow("override that the certificate lacks fails")
        << localhost << localhost << ca << QStringLiteral("elsewhere.test") << false << UpstreamError::TlsFailed
        << QStringLiteral("elsewhere.test") << QStringLiteral("host name did not match");
    QTest::newRow("CA file without certificates fails")
        << localhost << localhost << QStringLiteral("/nonexistent/ca.pem") << QString() << false
        << UpstreamError::TlsFailed << QString() << QStringLiteral("no PEM certificates");
}

void tst_UpstreamConnector::tls()
{
    QFETCH(QString, certificateName);
    QFETCH(QString, host);
    QFETCH(QString, caFile);
    QFETCH(QString, serverName);
    QFETCH(bool, insecure);
    QFETCH(UpstreamError, expected);
    QFETCH(QString, expectedSni);
    QFETCH(QString, detailPart);

    const TestCertificates::Leaf leaf = certificateName == QLatin1String("localhost")
                                            ? certs().server()
                                            : certs().issue(certificateName, {certificateName});
    QVERIFY2(!leaf.certificate.isNull(), qPrintable(certs().errorString()));
    TestTlsServer server(leaf.certificate, leaf.key);
    QVERIFY(server.listenLocal());

    UpstreamTarget target = makeTarget(host, server.serverPort(), true);
    target.tlsOptions.caFile = caFile;
    target.tlsOptions.serverName = serverName;
    target.tlsOptions.insecure = insecure;
    if (insecure)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("verification is disabled")));
    Run run(target);
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), expected);

    if (expected == UpstreamError::None) {
        QCOMPARE(run.order, QStringList({QStringLiteral("tcp"), QStringLiteral("tls"), QStringLiteral("connected")}));
        QVERIFY(run.tls());
        QVERIFY(run.tls()->isEncrypted());
        QVERIFY(run.tls()->sessionProtocol() == QSsl::TlsV1_2 || run.tls()->sessionProtocol() == QSsl::TlsV1_3);
        QCOMPARE(run.tls()->sslConfiguration().nextNegotiatedProtocol(), QByteArray("http/1.1"));
        QCOMPARE(run.connector.peerCertificate(), leaf.certificate);
        QCOMPARE(echo(run.socket.get(), "over tls"), QByteArray("over tls"));
        QCOMPARE(server.handshakeCount(), 1);
        QCOMPARE(server.lastAlpn(), QByteArray("http/1.1"));
    } else {
        QVERIFY2(run.detail().contains(detailPart), qPrintable(run.detail()));
        QCOMPARE(run.connected.size(), 0);
        QVERIFY(run.socket == nullptr);
        QCOMPARE(server.handshakeCount(), 0);
    }
    if (!expectedSni.isEmpty() || expected == UpstreamError::None)
        QCOMPARE(server.lastSniName(), expectedSni);
    QCOMPARE(run.connected.size() + run.failed.size(), 1);
}

void tst_UpstreamConnector::tlsCaFileAddsToSystemStore()
{
    TestTlsServer server(certs().serverCertificate(), certs().serverKey());
    QVERIFY(server.listenLocal());
    UpstreamTarget target = makeTarget(QStringLiteral("localhost"), server.serverPort(), true);
    target.tlsOptions.caFile = certs().caPath();
    Run run(target);
    QVERIFY(run.finish());
    QVERIFY(run.tls());
    const QList<QSslCertificate> cas = run.tls()->sslConfiguration().caCertificates();
    QVERIFY(cas.contains(certs().caCertificate()));
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY2(!system.isEmpty(), "no system CA certificates (install ca-certificates)");
    QVERIFY(cas.contains(system.constFirst()));
}

void tst_UpstreamConnector::insecureWarns()
{
    TestTlsServer server(certs().serverCertificate(), certs().serverKey());
    QVERIFY(server.listenLocal());
    UpstreamTarget target = makeTarget(QStringLiteral("localhost"), server.serverPort(), true);
    target.tlsOptions.insecure = true;
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("^TLS certificate verification is disabled for localhost:")));
    Run run(target);
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), UpstreamError::None);
    QVERIFY(run.tls() && run.tls()->isEncrypted());
}

void tst_UpstreamConnector::tlsTimeout()
{
    TestTlsServer server(certs().serverCertificate(), certs().serverKey());
    server.setMode(TestTlsServer::Mode::NoHandshake);
    QVERIFY(server.listenLocal());
    UpstreamTarget target = makeTarget(QStringLiteral("localhost"), server.serverPort(), true);
    target.tlsOptions.caFile = certs().caPath();
    target.timeouts.tlsMs = 300;
    Run run(target);
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), UpstreamError::TlsTimeout);
    QCOMPARE(run.order, QStringList({QStringLiteral("tcp"), QStringLiteral("failed")}));
    QVERIFY(run.detail().contains(QLatin1String("300 ms")));
    QCOMPARE(server.connectionCount(), 1);
    // The abandoned connection is closed, not leaked.
    QTRY_VERIFY(server.clients().isEmpty());
}

void tst_UpstreamConnector::proxyTunnel_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("plain through proxy") << false;
    QTest::newRow("tls through proxy") << true;
}

void tst_UpstreamConnector::proxyTunnel()
{
    QFETCH(bool, tls);

    TestTlsServer backend(certs().serverCertificate(), certs().serverKey());
    backend.setMode(tls ? TestTlsServer::Mode::Echo : TestTlsServer::Mode::PlainEcho);
    QVERIFY(backend.listenLocal());
    TestConnectProxy proxy;
    QVERIFY(proxy.listenLocal());

    UpstreamTarget target = makeTarget(QStringLiteral("localhost"), backend.serverPort(), tls);
    target.tlsOptions.caFile = certs().caPath();
    target.proxy = proxy.url();
    Run run(target);
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), UpstreamError::None);
    QStringList order{QStringLiteral("tcp"), QStringLiteral("proxy")};
    if (tls)
        order << QStringLiteral("tls");
    order << QStringLiteral("connected");
    QCOMPARE(run.order, order);

    const QByteArray authority = "localhost:" + QByteArray::number(backend.serverPort());
    QCOMPARE(proxy.connectRequestCount(), 1);
    QCOMPARE(proxy.lastRequest().method, QByteArray("CONNECT"));
    QCOMPARE(proxy.lastRequest().target, authority);
    QCOMPARE(proxy.lastRequest().headers.value("Host"), authority);
    QVERIFY(!proxy.lastRequest().headers.contains("Proxy-Authorization"));
    QCOMPARE(run.connector.proxyStatus(), 200);
    QVERIFY(run.connector.proxyResponseHead().startsWith("HTTP/1.1 200 "));
    QVERIFY(run.connector.proxyResponseHead().endsWith("\r\n\r\n"));

    QVERIFY(run.socket);
    QCOMPARE(run.tls() != nullptr, tls); // TLS over the tunnel only when the backend is TLS
    if (tls)
        QVERIFY(run.tls()->isEncrypted());
    if (tls)
        QCOMPARE(backend.lastSniName(), QStringLiteral("localhost")); // SNI names the backend, not the proxy
    QCOMPARE(echo(run.socket.get(), "through the tunnel"), QByteArray("through the tunnel"));
}

void tst_UpstreamConnector::proxyAuth_data()
{
    QTest::addColumn<QString>("userInfo"); // as written in the proxy URL
    QTest::addColumn<UpstreamError>("expected");
    QTest::addColumn<QString>("detailPart");

    QTest::newRow("no credentials") << QString() << UpstreamError::ProxyAuthRequired
                                    << QStringLiteral("none are configured");
    QTest::newRow("wrong credentials") << QStringLiteral("alice:wrong") << UpstreamError::ProxyAuthRequired
                                       << QStringLiteral("credentials were rejected");
    QTest::newRow("right credentials") << QStringLiteral("alice:s%40cret%3A1") << UpstreamError::None << QString();
}

void tst_UpstreamConnector::proxyAuth()
{
    QFETCH(QString, userInfo);
    QFETCH(UpstreamError, expected);
    QFETCH(QString, detailPart);

    TestTlsServer backend(certs().serverCertificate(), certs().serverKey());
    QVERIFY(backend.listenLocal());
    TestConnectProxy proxy;
    proxy.setMode(TestConnectProxy::Mode::RequireAuth);
    proxy.setCredentials(QStringLiteral("alice"), QStringLiteral("s@cret:1"));
    QVERIFY(proxy.listenLocal());

    QUrl proxyUrl = proxy.url();
    if (!userInfo.isEmpty())
        proxyUrl.setUserInfo(userInfo, QUrl::TolerantMode);
    UpstreamTarget target = makeTarget(QStringLiteral("localhost"), backend.serverPort(), true);
    target.tlsOptions.caFile = certs().caPath();
    target.proxy = proxyUrl;
    Run run(target);
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), expected);
    QCOMPARE(proxy.connectRequestCount(), 1);
    QCOMPARE(proxy.lastRequest().headers.contains("Proxy-Authorization"), !userInfo.isEmpty());

    if (expected == UpstreamError::None) {
        QCOMPARE(run.connector.proxyStatus(), 200);
        QCOMPARE(echo(run.socket.get(), "authorized"), QByteArray("authorized"));
    } else {
        QVERIFY(isProxyError(run.failure()));
        QCOMPARE(run.connector.proxyStatus(), 407);
        QVERIFY2(run.detail().startsWith(QLatin1String("proxy answered 407 Proxy Authentication Required")),
                 qPrintable(run.detail()));
        QVERIFY2(run.detail().contains(detailPart), qPrintable(run.detail()));
        QVERIFY2(run.detail().contains(QLatin1String("realm=\"airlock-test\"")), qPrintable(run.detail()));
        QVERIFY(run.connector.proxyResponseHead().startsWith("HTTP/1.1 407 "));
        QCOMPARE(run.order, QStringList({QStringLiteral("tcp"), QStringLiteral("failed")}));
        QCOMPARE(backend.connectionCount(), 0);
    }
}

void tst_UpstreamConnector::proxyRefused()
{
    TestConnectProxy proxy;
    proxy.setMode(TestConnectProxy::Mode::Refuse);
    proxy.setRefusal(403, "Forbidden");
    QVERIFY(proxy.listenLocal());

    UpstreamTarget target = makeTarget(QStringLiteral("backend.example.com"), 443, true);
    target.proxy = proxy.url();
    Run run(target);
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), UpstreamError::ProxyRefused);
    QCOMPARE(run.detail(), QStringLiteral("proxy answered 403 Forbidden"));
    QCOMPARE(run.connector.proxyStatus(), 403);
    QCOMPARE(proxy.lastRequest().target, QByteArray("backend.example.com:443"));
}

void tst_UpstreamConnector::proxySilent()
{
    TestConnectProxy proxy;
    proxy.setMode(TestConnectProxy::Mode::Silent);
    QVERIFY(proxy.listenLocal());

    UpstreamTarget target = makeTarget(QStringLiteral("backend.example.com"), 443, true);
    target.proxy = proxy.url();
    target.timeouts.proxyConnectMs = 300;
    Run run(target);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), UpstreamError::ProxyTimeout);
    QVERIFY(elapsed.elapsed() >= 250);
    QVERIFY(run.detail().contains(QLatin1String("300 ms")));
    QCOMPARE(run.order, QStringList({QStringLiteral("tcp"), QStringLiteral("failed")}));
    QCOMPARE(proxy.connectRequestCount(), 1);
    QCOMPARE(run.connector.proxyStatus(), 0);
}

void tst_UpstreamConnector::proxyUnreachable()
{
    UpstreamTarget target = makeTarget(QStringLiteral("backend.example.com"), 443, true);
    target.proxy = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(RefusingPort::shared()));
    Run run(target);
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), UpstreamError::ProxyUnreachable);
    QVERIFY2(run.detail().contains(QLatin1String("proxy 127.0.0.1:")), qPrintable(run.detail()));
    QCOMPARE(run.tcpConnected.size(), 0);
}

void tst_UpstreamConnector::proxyProtocolErrors_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("close");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("detailPart");

    QTest::newRow("malformed status line")
        << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << false << true << QStringLiteral("malformed");
    QTest::newRow("closed without answer")
        << QByteArray() << true << true << QStringLiteral("without answering CONNECT");
    QTest::newRow("closed inside the head")
        << QByteArray("HTTP/1.1 200 OK\r\nVia: x\r\n") << true << false << QStringLiteral("in its CONNECT answer");
    QTest::newRow("bytes after the head before TLS") << QByteArray("HTTP/1.1 200 OK\r\n\r\n\x16\x03\x01") << false
                                                     << true << QStringLiteral("3 bytes after its CONNECT answer");
}

void tst_UpstreamConnector::proxyProtocolErrors()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, close);
    QFETCH(bool, tls);
    QFETCH(QString, detailPart);

    TestConnectProxy proxy;
    proxy.setMode(TestConnectProxy::Mode::RawAnswer);
    proxy.setRawAnswer(answer, close);
    QVERIFY(proxy.listenLocal());

    UpstreamTarget target = makeTarget(QStringLiteral("backend.example.com"), 443, tls);
    target.proxy = proxy.url();
    Run run(target);
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), UpstreamError::ProxyProtocolError);
    QVERIFY2(run.detail().contains(detailPart), qPrintable(run.detail()));
    QCOMPARE(run.tlsEstablished.size(), 0);
}

void tst_UpstreamConnector::plainTunnelKeepsEarlyBackendBytes()
{
    // A server-speaks-first backend's banner may arrive in the same read as the proxy's answer.
    TestConnectProxy proxy;
    proxy.setMode(TestConnectProxy::Mode::RawAnswer);
    proxy.setRawAnswer("HTTP/1.1 200 Connection established\r\n\r\nRFB 003.008\n", false);
    QVERIFY(proxy.listenLocal());

    UpstreamTarget target = makeTarget(QStringLiteral("vnc.example.com"), 5900, false);
    target.proxy = proxy.url();
    Run run(target);
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), UpstreamError::None);
    QCOMPARE(run.connector.proxyResponseHead(), QByteArray("HTTP/1.1 200 Connection established\r\n\r\n"));
    QVERIFY(run.socket);
    QTRY_COMPARE(run.socket->bytesAvailable(), qint64(12));
    QCOMPARE(run.socket->readAll(), QByteArray("RFB 003.008\n"));
}

void tst_UpstreamConnector::proxyBackendFailureIsProxyRefused()
{
    // The proxy cannot reach the backend: its 502 is the proxy's answer, not a local refusal.
    TestConnectProxy proxy;
    QVERIFY(proxy.listenLocal());
    UpstreamTarget target = makeTarget(QStringLiteral("127.0.0.1"), RefusingPort::shared(), false);
    target.proxy = proxy.url();
    Run run(target);
    QVERIFY(run.finish());
    QCOMPARE(run.failure(), UpstreamError::ProxyRefused);
    QCOMPARE(run.detail(), QStringLiteral("proxy answered 502 Bad Gateway"));
    QCOMPARE(run.connector.proxyStatus(), 502);
}

void tst_UpstreamConnector::externalProxy_data()
{
    QTest::addColumn<QString>("binary");
    QTest::newRow("tinyproxy") << ExternalProxy::findTinyproxy();
    QTest::newRow("squid") << ExternalProxy::findSquid();
}

void tst_UpstreamConnector::externalProxy()
{
    QFETCH(QString, binary);
    QVERIFY2(!binary.isEmpty(),
             "proxy binary not installed: run scripts/setup-debian.sh (installs tinyproxy and squid)");

    TestTlsServer backend(certs().serverCertificate(), certs().serverKey());
    QVERIFY(backend.listenLocal());
    ExternalProxy proxy(binary);
    QString error;
    QVERIFY2(proxy.start(&error), qPrintable(error));
    QVERIFY(proxy.pid() > 0);

    // The proxy is asked for the address the backend listens on: where /etc/hosts also maps localhost to
    // ::1 (Debian's default), squid answers 503 after trying it. SNI still says localhost.
    UpstreamTarget target = makeTarget(QStringLiteral("127.0.0.1"), backend.serverPort(), true);
    target.tlsOptions.caFile = certs().caPath();
    target.tlsOptions.serverName = QStringLiteral("localhost");
    target.proxy = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    Run run(target);
    QVERIFY(run.finish());
    QVERIFY2(run.failure() == UpstreamError::None, qPrintable(run.detail() + QLatin1Char('\n') + proxy.log()));
    QCOMPARE(run.connector.proxyStatus(), 200);
    QCOMPARE(backend.lastSniName(), QStringLiteral("localhost"));
    QCOMPARE(echo(run.socket.get(), "via a real proxy"), QByteArray("via a real proxy"));
}

void tst_UpstreamConnector::failedWorksQueued()
{
    UpstreamConnector connector(makeTarget(QStringLiteral("127.0.0.1"), RefusingPort::shared(), false));
    UpstreamError received = UpstreamError::None;
    QString detail;
    connect(
        &connector, &UpstreamConnector::failed, this,
        [&](UpstreamError error, const QString& text) {
            received = error;
            detail = text;
        },
        Qt::QueuedConnection);
    connector.start();
    QTRY_COMPARE(received, UpstreamError::ConnectRefused);
    QVERIFY(!detail.isEmpty());
}

void tst_UpstreamConnector::destroyedWhileDialingClosesTheSocket()
{
    TestConnectProxy proxy;
    proxy.setMode(TestConnectProxy::Mode::Silent);
    QVERIFY(proxy.listenLocal());

    UpstreamTarget target = makeTarget(QStringLiteral("backend.example.com"), 443, true);
    target.proxy = proxy.url();
    auto connector = std::make_unique<UpstreamConnector>(target);
    QSignalSpy failed(connector.get(), &UpstreamConnector::failed);
    QSignalSpy connected(connector.get(), &UpstreamConnector::connected);
    QSignalSpy request(&proxy, &TestConnectProxy::requestReceived);
    connector->start();
    QVERIFY(request.wait(5000));

    // The proxy's side of the connection sees the close once the connector is gone.
    const QList<QTcpSocket*> proxySide = proxy.findChildren<QTcpSocket*>();
    QCOMPARE(proxySide.size(), 1);
    QSignalSpy closed(proxySide.constFirst(), &QAbstractSocket::disconnected);
    connector.reset();
    QVERIFY(closed.wait(5000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(connected.size(), 0);
}

void tst_UpstreamConnector::startTwiceIsHarmless()
{
    TestTlsServer server(certs().serverCertificate(), certs().serverKey());
    server.setMode(TestTlsServer::Mode::PlainEcho);
    QVERIFY(server.listenLocal());
    Run run(makeTarget(QStringLiteral("127.0.0.1"), server.serverPort(), false));
    run.connector.start();
    QVERIFY(run.finish()); // starts it a second time while it dials
    run.connector.start();
    // A second dial would be queued at the server before this probe: once the server has echoed the
    // probe's bytes, it has accepted every dial the connector made.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, server.serverPort());
    probe.write("probe");
    QByteArray echoed;
    QTRY_VERIFY_WITH_TIMEOUT((echoed += probe.readAll()).contains("probe"), 5000);
    QCOMPARE(server.connectionCount(), 2); // the connector's one dial and the probe
    QCOMPARE(run.connected.size(), 1);
    QCOMPARE(run.failed.size(), 0);
}

QTEST_GUILESS_MAIN(tst_UpstreamConnector)
#include "tst_upstreamconnector.moc"
