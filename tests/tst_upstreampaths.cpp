// The upstream paths as a client sees them through a real ProxyService: TLS to the backend, HTTP CONNECT
// proxies (configured, from the environment, a real tinyproxy) and the bound of every dialing and closing
// phase, each checked in the client's answer and in the record Airlock writes.
#include "BlackholeListener.h"
#include "EchoBackend.h"
#include "ExternalProxy.h"
#include "OpenClient.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "RefusingPort.h"
#include "ScriptedBackend.h"
#include "TestCertificates.h"
#include "TestConnectProxy.h"
#include "TestTlsServer.h"

#include "tunnel/SystemTrustStore.h"
#include "ws/FrameBuilder.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <memory>

using namespace airlock;
using airlock::test::openClient;

namespace {

// A name that is not loopback (so the curl rules may send it through a proxy) and that no resolver knows.
const QString kRemoteName = QStringLiteral("backend.airlock.test");

// Opens a Qt client on path offering "tty", exchanges a text and a binary message and closes normally.
// Failures are reported through QTest; callers check QTest::currentTestFailed().
void exchange(ProxyFixture& proxy, const QString& path)
{
    QWebSocket client;
    QVERIFY2(openClient(client, proxy.wsUrl(path), {QStringLiteral("tty")}), qPrintable(client.errorString()));
    QCOMPARE(client.subprotocol(), QStringLiteral("tty"));

    QSignalSpy text(&client, &QWebSocket::textMessageReceived);
    QSignalSpy binary(&client, &QWebSocket::binaryMessageReceived);
    client.sendTextMessage(QStringLiteral("héllo over the upstream path"));
    const QByteArray bytes("\x00\x01\xfe\xff binary", 11);
    client.sendBinaryMessage(bytes);
    QTRY_VERIFY_WITH_TIMEOUT(!text.isEmpty() && !binary.isEmpty(), 5000);
    QCOMPARE(text.size(), 1);
    QCOMPARE(binary.size(), 1);
    QCOMPARE(text.first().first().toString(), QStringLiteral("héllo over the upstream path"));
    QCOMPARE(binary.first().first().toByteArray(), bytes);

    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("done"));
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
}

// Airlock's own refusal of an upgrade, as a raw client reads it.
struct Refusal
{
    int status = 0;
    QByteArray error; // X-Airlock-Error
    QByteArray body;
    QByteArray raw;
};

Refusal refusedUpgrade(quint16 port, const QByteArray& path)
{
    RawClient raw(port);
    raw.send(RawClient::upgradeRequest(path));
    Refusal refusal;
    // Every refusal is answered; the generous wait is only for a loaded machine doing TLS handshakes.
    refusal.raw = raw.readResponse(30000);
    refusal.status = RawClient::statusOf(refusal.raw);
    const qsizetype headEnd = refusal.raw.indexOf("\r\n\r\n");
    const QByteArray head = refusal.raw.left(headEnd);
    for (const QByteArray& line : head.split('\n')) {
        if (line.toLower().startsWith("x-airlock-error:"))
            refusal.error = line.mid(16).trimmed();
    }
    if (headEnd >= 0)
        refusal.body = refusal.raw.mid(headEnd + 4);
    return refusal;
}

QByteArray compactJson(const RequestRecord& record)
{
    return QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
}

// Every record of the fixture, as JSON, must be free of the given secrets.
void checkNoSecrets(const ProxyFixture& proxy, const QList<QByteArray>& secrets)
{
    QVERIFY(!proxy.records().isEmpty());
    for (const RequestRecord& record : proxy.records()) {
        const QByteArray json = compactJson(record);
        for (const QByteArray& secret : secrets)
            QVERIFY2(!json.contains(secret), json.constData());
        QVERIFY2(!json.toLower().contains("proxy-authorization"), json.constData());
    }
}

// Phase timestamps of a record that reached the backend, in order; proxy and TLS phases only when used.
void checkPhases(const RequestRecord& r, bool viaProxy, bool tls)
{
    QVERIFY(r.acceptedAt > 0);
    QVERIFY(r.headReadAt >= r.acceptedAt);
    QVERIFY(r.tcpConnectedAt >= r.headReadAt);
    qint64 last = r.tcpConnectedAt;
    if (viaProxy) {
        QVERIFY(r.proxyConnectedAt >= last);
        last = r.proxyConnectedAt;
    } else {
        QCOMPARE(r.proxyConnectedAt, qint64(0));
    }
    if (tls) {
        QVERIFY(r.tlsDoneAt >= last);
        last = r.tlsDoneAt;
    } else {
        QCOMPARE(r.tlsDoneAt, qint64(0));
    }
    QVERIFY(r.upstreamResponseAt >= last);
    QVERIFY(r.clientResponseAt >= r.upstreamResponseAt);
    QVERIFY(r.closedAt >= r.clientResponseAt);
}

} // namespace

class tst_UpstreamPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void wssBackend();
    void tlsVerification_data();
    void tlsVerification();
    void httpsBackendServesPages();

    void connectProxy_data();
    void connectProxy();
    void connectProxyFailures_data();
    void connectProxyFailures();
    void tinyproxy_data();
    void tinyproxy();
    void systemProxy_data();
    void systemProxy();

    void phaseTimeouts_data();
    void phaseTimeouts();
    void drainTimeoutEndsSession_data();
    void drainTimeoutEndsSession();

private:
    static TestCertificates& certs() { return TestCertificates::instance(); }
};

void tst_UpstreamPaths::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    QVERIFY2(certs().isValid(), qPrintable(certs().errorString()));
    // The process reads the system CA store once; do it before any TLS phase is timed.
    QVERIFY2(!SystemTrustStore::certificates().isEmpty(), "no system CA certificates (install ca-certificates)");
}

void tst_UpstreamPaths::wssBackend()
{
    EchoBackend backend(TestCertificates::serverConfiguration(certs().server()), {QStringLiteral("tty")});
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/tty"), backend.url());
    route.tls.caFile = certs().caPath();
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    exchange(proxy, QStringLiteral("/tty"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(backend.connections(), 1);
    QCOMPARE(backend.lastProtocol(), QStringLiteral("tty"));

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord r = proxy.lastRecord();
    QCOMPARE(r.kind, RequestRecord::Kind::WebSocket);
    QCOMPARE(r.outcome, RequestRecord::Outcome::Closed);
    QCOMPARE(r.httpStatus, 101);
    QCOMPARE(r.backendStatus, 101);
    QCOMPARE(failure::id(r.failureReason), QString());
    QCOMPARE(r.subprotocol, QByteArray("tty"));
    QCOMPARE(r.backendSubprotocol, QByteArray("tty"));
    QCOMPARE(r.backendUrl, QStringLiteral("wss://127.0.0.1:%1/").arg(backend.port()));
    QCOMPARE(r.upstreamProxy, QString());
    QCOMPARE(r.messagesFromClient, 2);
    QCOMPARE(r.messagesFromBackend, 2);
    QCOMPARE(r.closeCode, 1000);
    QCOMPARE(r.closeSide, RequestRecord::Side::Client);
    QVERIFY(r.tlsDoneAt > 0);
    checkPhases(r, false, true);
    const QJsonObject phases = r.toJson().value(QStringLiteral("phasesMs")).toObject();
    QVERIFY(phases.contains(QStringLiteral("tlsDone")));
    QVERIFY(!phases.contains(QStringLiteral("proxyConnected")));
}

void tst_UpstreamPaths::tlsVerification_data()
{
    QTest::addColumn<QString>("certificate"); // "server" (localhost + 127.0.0.1) or "localhost only"
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("failurePart"); // empty: the session works

    const QString server = QStringLiteral("server");
    const QString localhostOnly = QStringLiteral("localhost only");
    const QString ca = certs().caPath();
    const QString otherCa = certs().otherCaPath();
    const QString issuer = QStringLiteral("issuer certificate");
    const QString mismatch = QStringLiteral("host name did not match");

    QTest::newRow("test CA") << server << ca << QString() << false << QString();
    QTest::newRow("CA that did not sign the certificate") << server << otherCa << QString() << false << issuer;
    QTest::newRow("system store only") << server << QString() << QString() << false << issuer;
    QTest::newRow("unsigned but insecure") << server << otherCa << QString() << true << QString();
    QTest::newRow("127.0.0.1 not in the certificate") << localhostOnly << ca << QString() << false << mismatch;
    QTest::newRow("serverName names the certificate")
        << localhostOnly << ca << QStringLiteral("localhost") << false << QString();
    QTest::newRow("serverName the certificate lacks")
        << server << ca << QStringLiteral("elsewhere.airlock.test") << false << mismatch;
}

void tst_UpstreamPaths::tlsVerification()
{
    QFETCH(QString, certificate);
    QFETCH(QString, caFile);
    QFETCH(QString, serverName);
    QFETCH(bool, insecure);
    QFETCH(QString, failurePart);

    const TestCertificates::Leaf leaf =
        certificate == QLatin1String("server")
            ? certs().server()
            : certs().issue(QStringLiteral("airlock localhost only"), {QStringLiteral("localhost")});
    QVERIFY2(!leaf.certificate.isNull(), qPrintable(certs().errorString()));
    EchoBackend backend(TestCertificates::serverConfiguration(leaf), {QStringLiteral("tty")});
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/tls"), backend.url());
    route.tls.caFile = caFile;
    route.tls.serverName = serverName;
    route.tls.insecure = insecure;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    if (failurePart.isEmpty()) {
        if (insecure)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("verification is disabled")));
        exchange(proxy, QStringLiteral("/tls"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(backend.connections(), 1);
        QVERIFY(proxy.waitForRecords(1));
        const RequestRecord r = proxy.lastRecord();
        QCOMPARE(r.outcome, RequestRecord::Outcome::Closed);
        QCOMPARE(failure::id(r.failureReason), QString());
        checkPhases(r, false, true);
        return;
    }

    const Refusal refusal = refusedUpgrade(proxy.port(), "/tls");
    QCOMPARE(refusal.status, 502);
    QCOMPARE(refusal.error, QByteArray("tls_failed"));
    QVERIFY2(refusal.body.startsWith("backend failed: TLS verification of 127.0.0.1:"), refusal.raw.constData());
    QVERIFY2(refusal.body.contains(failurePart.toUtf8()), refusal.raw.constData());
    QCOMPARE(backend.connections(), 0);

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord r = proxy.lastRecord();
    QCOMPARE(r.outcome, RequestRecord::Outcome::UpstreamFailed);
    QCOMPARE(r.httpStatus, 502);
    QCOMPARE(failure::id(r.failureReason), QStringLiteral("tls_failed"));
    QVERIFY2(r.failureDetail.contains(failurePart), qPrintable(r.failureDetail));
    QCOMPARE(QByteArray(r.failureDetail.toUtf8() + '\n'), refusal.body);
    QVERIFY(r.tcpConnectedAt > 0);
    QCOMPARE(r.tlsDoneAt, qint64(0));
    QCOMPARE(r.upstreamResponseAt, qint64(0));
    QVERIFY(r.clientResponseAt >= r.tcpConnectedAt);
}

void tst_UpstreamPaths::httpsBackendServesPages()
{
    TestTlsServer backend(certs().serverCertificate(), certs().serverKey());
    backend.setMode(TestTlsServer::Mode::HttpPage);
    const QByteArray page("<!doctype html><title>terminal</title><script src=\"app.js\"></script>\n");
    backend.setPage("text/html; charset=utf-8", page);
    QVERIFY(backend.listenLocal());
    RouteConfig route = ProxyFixture::route(
        QStringLiteral("/site"), QUrl(QStringLiteral("https://127.0.0.1:%1/app/").arg(backend.serverPort())));
    route.tls.caFile = certs().caPath();
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    RawClient client(proxy.port());
    for (const QByteArray& path : {QByteArray("/site/index.html"), QByteArray("/site/app.js?v=2")}) {
        client.clear();
        client.send(QByteArray("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        const QByteArray response = client.readResponse(30000);
        QCOMPARE(RawClient::statusOf(response), 200);
        QVERIFY2(response.contains("\r\nContent-Type: text/html; charset=utf-8\r\n"), response.constData());
        QVERIFY(response.endsWith(QByteArray("\r\n\r\n" + page)));
    }
    QCOMPARE(backend.httpRequests().size(), 2);
    QCOMPARE(backend.httpRequests().at(0).target, QByteArray("/app/index.html"));
    QCOMPARE(backend.httpRequests().at(1).target, QByteArray("/app/app.js?v=2"));
    QCOMPARE(backend.httpRequests().at(0).headers.value("Host"),
             QByteArray("127.0.0.1:" + QByteArray::number(backend.serverPort())));
    // Both requests shared one TLS connection to the backend.
    QCOMPARE(backend.connectionCount(), 1);
    QCOMPARE(backend.handshakeCount(), 1);

    QVERIFY(proxy.waitForRecords(2));
    const RequestRecord first = proxy.records().at(0);
    QCOMPARE(first.kind, RequestRecord::Kind::Http);
    QCOMPARE(first.outcome, RequestRecord::Outcome::Forwarded);
    QCOMPARE(first.httpStatus, 200);
    QCOMPARE(first.backendStatus, 200);
    QCOMPARE(failure::id(first.failureReason), QString());
    QCOMPARE(first.backendUrl, QStringLiteral("https://127.0.0.1:%1/app/index.html").arg(backend.serverPort()));
    QCOMPARE(first.bytesFromBackend, qint64(page.size()));
    checkPhases(first, false, true);
    QCOMPARE(proxy.records().at(1).outcome, RequestRecord::Outcome::Forwarded);
}

void tst_UpstreamPaths::connectProxy_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("credentials");
    QTest::newRow("ws") << false << false;
    QTest::newRow("wss") << true << false;
    QTest::newRow("ws with credentials") << false << true;
    QTest::newRow("wss with credentials") << true << true;
}

void tst_UpstreamPaths::connectProxy()
{
    QFETCH(bool, tls);
    QFETCH(bool, credentials);

    std::unique_ptr<EchoBackend> backend =
        tls ? std::make_unique<EchoBackend>(TestCertificates::serverConfiguration(certs().server()),
                                            QStringList{QStringLiteral("tty")})
            : std::make_unique<EchoBackend>(QStringList{QStringLiteral("tty")});
    QVERIFY(backend->listen());
    TestConnectProxy connectProxy;
    QVERIFY(connectProxy.listenLocal());
    QUrl proxyUrl = connectProxy.url();
    if (credentials) {
        connectProxy.setMode(TestConnectProxy::Mode::RequireAuth);
        connectProxy.setCredentials(QStringLiteral("alice"), QStringLiteral("pr0xy-s3cret"));
        proxyUrl.setUserName(QStringLiteral("alice"));
        proxyUrl.setPassword(QStringLiteral("pr0xy-s3cret"));
    }
    RouteConfig route = ProxyFixture::route(QStringLiteral("/via"), backend->url());
    route.tls.caFile = certs().caPath();
    route.upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
    route.upstreamProxy.url = proxyUrl;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    exchange(proxy, QStringLiteral("/via"));
    if (QTest::currentTestFailed())
        return;

    const QByteArray authority = "127.0.0.1:" + QByteArray::number(backend->port());
    QCOMPARE(connectProxy.connectRequestCount(), 1);
    QCOMPARE(connectProxy.tunnelCount(), 1);
    QVERIFY2(connectProxy.lastRequestRaw().startsWith(QByteArray("CONNECT " + authority + " HTTP/1.1\r\n")),
             connectProxy.lastRequestRaw().constData());
    const QByteArray basic = QByteArray("Basic " + QByteArray("alice:pr0xy-s3cret").toBase64());
    QCOMPARE(connectProxy.lastRequest().headers.value("Proxy-Authorization"), credentials ? basic : QByteArray());
    // The proxy's credentials stop at the proxy.
    QVERIFY(backend->lastRequest().rawHeader("Proxy-Authorization").isEmpty());

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord r = proxy.lastRecord();
    QCOMPARE(r.outcome, RequestRecord::Outcome::Closed);
    QCOMPARE(r.httpStatus, 101);
    QCOMPARE(r.upstreamProxy, QStringLiteral("http://127.0.0.1:%1").arg(connectProxy.serverPort()));
    QVERIFY(!r.backendRequestHead.contains("Proxy-Authorization"));
    checkPhases(r, true, tls);
    checkNoSecrets(proxy, {"alice", "pr0xy-s3cret", QByteArray("alice:pr0xy-s3cret").toBase64()});
}

void tst_UpstreamPaths::connectProxyFailures_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("detailPart");

    QTest::newRow("credentials required, none given")
        << QStringLiteral("auth") << 502 << QStringLiteral("proxy_auth_required")
        << QStringLiteral("proxy answered 407 Proxy Authentication Required: it requires credentials and none are "
                          "configured");
    QTest::newRow("credentials rejected")
        << QStringLiteral("wrong credentials") << 502 << QStringLiteral("proxy_auth_required")
        << QStringLiteral("proxy answered 407 Proxy Authentication Required: the credentials were rejected");
    QTest::newRow("refused with 403") << QStringLiteral("refuse") << 502 << QStringLiteral("proxy_refused")
                                      << QStringLiteral("proxy answered 403 Forbidden");
    QTest::newRow("silent") << QStringLiteral("silent") << 504 << QStringLiteral("proxy_timeout")
                            << QStringLiteral("did not answer CONNECT 127.0.0.1:");
    QTest::newRow("port closed") << QStringLiteral("closed") << 502 << QStringLiteral("proxy_unreachable")
                                 << QStringLiteral("cannot reach proxy 127.0.0.1:");
}

void tst_UpstreamPaths::connectProxyFailures()
{
    QFETCH(QString, behaviour);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QString, detailPart);

    EchoBackend backend;
    QVERIFY(backend.listen());
    TestConnectProxy connectProxy;
    QVERIFY(connectProxy.listenLocal());
    QUrl proxyUrl = connectProxy.url();
    if (behaviour == QLatin1String("auth")) {
        connectProxy.setMode(TestConnectProxy::Mode::RequireAuth);
        connectProxy.setCredentials(QStringLiteral("alice"), QStringLiteral("unused"));
    } else if (behaviour == QLatin1String("wrong credentials")) {
        connectProxy.setMode(TestConnectProxy::Mode::RequireAuth);
        connectProxy.setCredentials(QStringLiteral("alice"), QStringLiteral("right"));
        proxyUrl.setUserInfo(QStringLiteral("alice:wr0ng-s3cret"));
    } else if (behaviour == QLatin1String("refuse")) {
        connectProxy.setMode(TestConnectProxy::Mode::Refuse);
        connectProxy.setRefusal(403, "Forbidden");
    } else if (behaviour == QLatin1String("silent")) {
        connectProxy.setMode(TestConnectProxy::Mode::Silent);
    } else {
        connectProxy.close();
        proxyUrl.setPort(RefusingPort::shared());
    }
    RouteConfig route = ProxyFixture::route(QStringLiteral("/via"), backend.url());
    route.upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
    route.upstreamProxy.url = proxyUrl;
    route.timeouts.proxyConnectMs = 300;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    QElapsedTimer elapsed;
    elapsed.start();
    const Refusal refusal = refusedUpgrade(proxy.port(), "/via");
    QCOMPARE(refusal.status, status);
    QCOMPARE(refusal.error, reason.toLatin1());
    // The answer blames the upstream proxy, not the backend.
    QVERIFY2(refusal.body.startsWith("upstream proxy failed: "), refusal.raw.constData());
    QVERIFY2(refusal.body.contains(detailPart.toUtf8()), refusal.raw.constData());
    QCOMPARE(backend.connections(), 0);
    if (behaviour == QLatin1String("silent")) {
        // Not before the bound; "within 300 ms" proves which timer ended it (the others are 3 s).
        QVERIFY2(elapsed.elapsed() >= 250, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(refusal.body.contains("within 300 ms"));
    }

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord r = proxy.lastRecord();
    QCOMPARE(r.kind, RequestRecord::Kind::WebSocket);
    QCOMPARE(r.outcome, RequestRecord::Outcome::UpstreamFailed);
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(failure::id(r.failureReason), reason);
    QCOMPARE(QByteArray(r.failureDetail.toUtf8() + '\n'), refusal.body);
    QCOMPARE(r.upstreamProxy, QStringLiteral("http://127.0.0.1:%1").arg(proxyUrl.port()));
    QCOMPARE(r.tcpConnectedAt > 0, behaviour != QLatin1String("closed"));
    QCOMPARE(r.proxyConnectedAt, qint64(0));
    QCOMPARE(r.upstreamResponseAt, qint64(0));
    QCOMPARE(connectProxy.connectRequestCount(), behaviour == QLatin1String("closed") ? 0 : 1);
    QCOMPARE(connectProxy.tunnelCount(), 0);
    // The proxy's own answer is recorded as the proxy's, never as the backend's.
    QVERIFY(r.backendResponseHead.isEmpty());
    if (behaviour == QLatin1String("auth") || behaviour == QLatin1String("wrong credentials"))
        QVERIFY2(r.proxyResponseHead.startsWith("HTTP/1.1 407"), r.proxyResponseHead.constData());
    if (behaviour == QLatin1String("refuse"))
        QVERIFY2(r.proxyResponseHead.startsWith("HTTP/1.1 403"), r.proxyResponseHead.constData());
    checkNoSecrets(proxy, {"alice", "wr0ng-s3cret", QByteArray("alice:wr0ng-s3cret").toBase64()});
}

void tst_UpstreamPaths::tinyproxy_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("ws") << false;
    QTest::newRow("wss") << true;
}

void tst_UpstreamPaths::tinyproxy()
{
    QFETCH(bool, tls);
    const QString binary = ExternalProxy::findTinyproxy();
    QVERIFY2(!binary.isEmpty(), "tinyproxy is not installed: run scripts/setup-debian.sh");
    ExternalProxy external(binary);
    QString error;
    QVERIFY2(external.start(&error), qPrintable(error));

    std::unique_ptr<EchoBackend> backend =
        tls ? std::make_unique<EchoBackend>(TestCertificates::serverConfiguration(certs().server()),
                                            QStringList{QStringLiteral("tty")})
            : std::make_unique<EchoBackend>(QStringList{QStringLiteral("tty")});
    QVERIFY(backend->listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/real"), backend->url());
    route.tls.caFile = certs().caPath();
    route.upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
    route.upstreamProxy.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(external.port()));
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    exchange(proxy, QStringLiteral("/real"));
    if (QTest::currentTestFailed()) {
        qWarning("tinyproxy log: %s", qPrintable(external.log()));
        return;
    }
    QCOMPARE(backend->connections(), 1);
    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord r = proxy.lastRecord();
    QCOMPARE(r.outcome, RequestRecord::Outcome::Closed);
    QCOMPARE(r.upstreamProxy, route.upstreamProxy.url.toString());
    QCOMPARE(r.messagesFromBackend, 2);
    checkPhases(r, true, tls);
}

void tst_UpstreamPaths::systemProxy_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("noProxy");
    QTest::newRow("ws uses http_proxy") << false << false;
    QTest::newRow("wss uses https_proxy") << true << false;
    QTest::newRow("NO_PROXY bypasses for ws") << false << true;
    QTest::newRow("NO_PROXY bypasses for wss") << true << true;
}

void tst_UpstreamPaths::systemProxy()
{
    QFETCH(bool, tls);
    QFETCH(bool, noProxy);

    const TestCertificates::Leaf leaf = certs().issue(kRemoteName, {kRemoteName});
    QVERIFY2(!leaf.certificate.isNull(), qPrintable(certs().errorString()));
    std::unique_ptr<EchoBackend> backend =
        tls ? std::make_unique<EchoBackend>(TestCertificates::serverConfiguration(leaf),
                                            QStringList{QStringLiteral("tty")})
            : std::make_unique<EchoBackend>(QStringList{QStringLiteral("tty")});
    QVERIFY(backend->listen());
    // One proxy per variable, so the test sees which one a scheme picked; both know the backend's name.
    TestConnectProxy plainProxy;
    TestConnectProxy tlsProxy;
    for (TestConnectProxy* p : {&plainProxy, &tlsProxy}) {
        QVERIFY(p->listenLocal());
        p->setHostOverride(kRemoteName, QStringLiteral("127.0.0.1"));
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("http_proxy"),
               QStringLiteral("http://carol:env-s3cret@127.0.0.1:%1").arg(plainProxy.serverPort()));
    env.insert(QStringLiteral("https_proxy"), QStringLiteral("127.0.0.1:%1").arg(tlsProxy.serverPort()));
    if (noProxy)
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("localhost,%1").arg(kRemoteName));

    const QUrl backendUrl(QStringLiteral("%1://%2:%3/")
                              .arg(tls ? QStringLiteral("wss") : QStringLiteral("ws"), kRemoteName)
                              .arg(backend->port()));
    RouteConfig route = ProxyFixture::route(QStringLiteral("/sys"), backendUrl);
    route.tls.caFile = certs().caPath();
    route.upstreamProxy.mode = UpstreamProxySetting::Mode::System;
    ProxyFixture proxy(ProxyFixture::config({route}), env);
    QVERIFY(proxy.start());

    if (noProxy) {
        const Refusal refusal = refusedUpgrade(proxy.port(), "/sys");
        QCOMPARE(refusal.status, 502);
        QCOMPARE(refusal.error, QByteArray("dns_failed"));
        QVERIFY2(refusal.body.startsWith(QByteArray("backend failed: cannot resolve " + kRemoteName.toUtf8())),
                 refusal.raw.constData());
        QCOMPARE(plainProxy.connectRequestCount() + tlsProxy.connectRequestCount(), 0);
        QCOMPARE(backend->connections(), 0);
        QVERIFY(proxy.waitForRecords(1));
        const RequestRecord r = proxy.lastRecord();
        QCOMPARE(r.outcome, RequestRecord::Outcome::UpstreamFailed);
        QCOMPARE(failure::id(r.failureReason), QStringLiteral("dns_failed"));
        QCOMPARE(r.upstreamProxy, QString());
        QCOMPARE(r.tcpConnectedAt, qint64(0));
        return;
    }

    exchange(proxy, QStringLiteral("/sys"));
    if (QTest::currentTestFailed())
        return;
    TestConnectProxy& used = tls ? tlsProxy : plainProxy;
    TestConnectProxy& unused = tls ? plainProxy : tlsProxy;
    QCOMPARE(used.connectRequestCount(), 1);
    QCOMPARE(used.tunnelCount(), 1);
    QCOMPARE(unused.connectRequestCount(), 0);
    const QByteArray authority = kRemoteName.toUtf8() + ':' + QByteArray::number(backend->port());
    QCOMPARE(used.lastRequest().target, authority);
    // Credentials in the variable's URL become Basic auth for that proxy.
    QCOMPARE(used.lastRequest().headers.value("Proxy-Authorization"),
             tls ? QByteArray() : QByteArray("Basic " + QByteArray("carol:env-s3cret").toBase64()));
    QCOMPARE(backend->lastRequest().rawHeader("Host"), authority);

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord r = proxy.lastRecord();
    QCOMPARE(r.outcome, RequestRecord::Outcome::Closed);
    QCOMPARE(r.upstreamProxy, QStringLiteral("http://127.0.0.1:%1").arg(used.serverPort()));
    checkPhases(r, true, tls);
    checkNoSecrets(proxy, {"carol", "env-s3cret", QByteArray("carol:env-s3cret").toBase64()});
}

void tst_UpstreamPaths::phaseTimeouts_data()
{
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("reason");
    QTest::newRow("TCP connect") << QStringLiteral("connect") << QStringLiteral("connect_timeout");
    QTest::newRow("TLS handshake") << QStringLiteral("tls") << QStringLiteral("tls_timeout");
    QTest::newRow("upgrade answer") << QStringLiteral("upgrade") << QStringLiteral("upgrade_timeout");
}

void tst_UpstreamPaths::phaseTimeouts()
{
    QFETCH(QString, phase);
    QFETCH(QString, reason);

    // Each phase gets 300 ms, the others the fixture's 3 s: the answer must come from the short one.
    std::unique_ptr<BlackholeListener> blackhole;
    std::unique_ptr<TestTlsServer> mute;
    std::unique_ptr<ScriptedBackend> silent;
    QUrl backendUrl;
    if (phase == QLatin1String("connect")) {
        blackhole = std::make_unique<BlackholeListener>();
        QVERIFY2(blackhole->isFull(), "could not fill a listen queue on 127.0.0.1");
        backendUrl = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(blackhole->port()));
    } else if (phase == QLatin1String("tls")) {
        mute = std::make_unique<TestTlsServer>(certs().serverCertificate(), certs().serverKey());
        mute->setMode(TestTlsServer::Mode::NoHandshake);
        QVERIFY(mute->listenLocal());
        backendUrl = QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(mute->serverPort()));
    } else {
        silent = std::make_unique<ScriptedBackend>([](QTcpSocket*, const HttpHead&) {});
        QVERIFY(silent->listen());
        backendUrl = silent->url();
    }
    RouteConfig route = ProxyFixture::route(QStringLiteral("/slow"), backendUrl);
    route.tls.caFile = certs().caPath();
    if (phase == QLatin1String("connect"))
        route.timeouts.connectMs = 300;
    else if (phase == QLatin1String("tls"))
        route.timeouts.tlsMs = 300;
    else
        route.timeouts.upgradeMs = 300;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    QElapsedTimer elapsed;
    elapsed.start();
    const Refusal refusal = refusedUpgrade(proxy.port(), "/slow");
    const qint64 ms = elapsed.elapsed();
    QCOMPARE(refusal.status, 504);
    QCOMPARE(refusal.error, reason.toLatin1());
    // "300 ms" in the answer proves the short timer ended it; only the lower bound is about time.
    QVERIFY2(refusal.body.contains("300 ms"), refusal.raw.constData());
    QVERIFY2(ms >= 250, qPrintable(QString::number(ms)));

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord r = proxy.lastRecord();
    QCOMPARE(r.outcome, RequestRecord::Outcome::UpstreamFailed);
    QCOMPARE(r.httpStatus, 504);
    QCOMPARE(failure::id(r.failureReason), reason);
    QCOMPARE(QByteArray(r.failureDetail.toUtf8() + '\n'), refusal.body);
    QCOMPARE(r.tcpConnectedAt > 0, phase != QLatin1String("connect"));
    QCOMPARE(r.tlsDoneAt, qint64(0));
    QCOMPARE(r.upstreamResponseAt, qint64(0));
    QVERIFY(r.clientResponseAt - r.headReadAt >= 250);
    if (mute)
        QTRY_VERIFY(mute->clients().isEmpty()); // the abandoned handshake's connection is closed
    if (silent)
        QCOMPARE(silent->requests().size(), 1);
}

void tst_UpstreamPaths::drainTimeoutEndsSession_data()
{
    QTest::addColumn<bool>("backendDeaf"); // else the client is
    QTest::newRow("backend ignores the client's close") << true;
    QTest::newRow("client ignores the backend's close") << false;
}

void tst_UpstreamPaths::drainTimeoutEndsSession()
{
    // One side sends its close frame; the other reads it, ignores it and never closes. The closing
    // handshake can then only end by Airlock's drain bound.
    QFETCH(bool, backendDeaf);
    const QByteArray backendClose = FrameBuilder::closeFrame(1001, "restarting", false);
    QPointer<QTcpSocket> backendSide;
    QByteArray backendReceived;
    ScriptedBackend backend([&](QTcpSocket* socket, const HttpHead& request) {
        backendSide = socket;
        QObject::connect(socket, &QIODevice::readyRead, socket,
                         [socket, &backendReceived] { backendReceived += socket->readAll(); });
        socket->write(ScriptedBackend::switchingProtocols(request));
        if (!backendDeaf)
            socket->write(backendClose);
    });
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/deaf"), backend.url());
    route.timeouts.drainMs = 300;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    RawClient client(proxy.port());
    QElapsedTimer elapsed;
    elapsed.start();
    client.send(RawClient::upgradeRequest("/deaf"));
    const QByteArray clientClose = RawClient::clientFrame(0x8, QByteArray("\x03\xe8"
                                                                          "bye",
                                                                          5));
    if (backendDeaf) {
        QVERIFY(client.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
        elapsed.restart();
        client.send(clientClose);
    } else {
        QVERIFY(client.readUntil(backendClose).endsWith(backendClose));
    }
    QVERIFY(backendSide);
    QVERIFY2(client.waitForClose(10000), "Airlock kept the session open for a close answer that never came");
    const qint64 ms = elapsed.elapsed();
    // The record's drain_timeout below proves which bound ended it; only the lower bound is about time.
    QVERIFY2(ms >= 250, qPrintable(QString::number(ms)));
    // The close frame was passed on; its receiver just never answered.
    if (backendDeaf)
        QVERIFY(backendReceived.endsWith(clientClose));
    else
        QVERIFY(client.received().endsWith(backendClose));
    QTRY_VERIFY(!backendSide || backendSide->state() == QAbstractSocket::UnconnectedState);

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord r = proxy.lastRecord();
    QCOMPARE(r.outcome, RequestRecord::Outcome::Closed);
    QCOMPARE(r.closeCode, backendDeaf ? 1000 : 1001);
    QCOMPARE(r.closeReason, backendDeaf ? QByteArray("bye") : QByteArray("restarting"));
    QCOMPARE(r.closeSide, backendDeaf ? RequestRecord::Side::Client : RequestRecord::Side::Backend);
    QCOMPARE(failure::id(r.failureReason), QStringLiteral("drain_timeout"));
    QVERIFY2(r.failureDetail.contains(QLatin1String("300 ms")), qPrintable(r.failureDetail));
    QVERIFY(r.closedAt - r.clientResponseAt >= 250);
}

QTEST_GUILESS_MAIN(tst_UpstreamPaths)
#include "tst_upstreampaths.moc"
