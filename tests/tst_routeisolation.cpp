// Per-route origins, cross-site requests, frame policy and cookies on the wire, with real backends: what a
// backend receives and what a client gets back.
#include "ProxyFixture.h"
#include "RawClient.h"
#include "RefusingPort.h"
#include "ScriptedBackend.h"

#include <QTest>

using namespace airlock;

class tst_RouteIsolation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cookies_data();
    void cookies();
    void framePolicyOnResponses_data();
    void framePolicyOnResponses();
    void routeHostReachesOnlyItsRoute();
    void otherRoutesPageIsRefused_data();
    void otherRoutesPageIsRefused();

private:
    std::unique_ptr<ScriptedBackend> m_backend;
};

namespace {

// The backend answers upgrades with a 101, "/refuse" with a 403 and anything else with a page; every
// answer sets a cookie and a CSP of its own.
void answer(QTcpSocket* s, const HttpHead& request)
{
    const QByteArray own =
        "Set-Cookie: backend-session=b4ck; Path=/\r\nContent-Security-Policy: default-src 'self'\r\n";
    if (request.target == "/refuse") {
        s->write(ScriptedBackend::response(403, "Forbidden", "no\n", own));
        return;
    }
    if (request.headers.hasToken("Upgrade", "websocket")) {
        QByteArray head = ScriptedBackend::switchingProtocols(request);
        head.insert(head.size() - 2, own);
        s->write(head);
        return;
    }
    s->write(ScriptedBackend::response(200, "OK", "page\n", own));
}

QByteArray headOf(const QByteArray& response)
{
    return response.left(response.indexOf("\r\n\r\n") + 4);
}

} // namespace

void tst_RouteIsolation::init()
{
    m_backend = std::make_unique<ScriptedBackend>(answer);
    QVERIFY(m_backend->listen());
}

void tst_RouteIsolation::cleanup()
{
    m_backend.reset();
}

// Browser cookies for loopback ignore the port: by default neither the client's Cookie reaches a backend nor
// a backend's Set-Cookie the client, on plain HTTP, on upgrades and on refused upgrades alike.
void tst_RouteIsolation::cookies_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("forwardCookies");
    QTest::addColumn<int>("status");
    const QByteArray cookie = "Cookie: notebook-session=n0t3; theme=dark\r\n";
    const QByteArray get = "GET /app/page HTTP/1.1\r\nHost: 127.0.0.1\r\n" + cookie + "\r\n";
    const QByteArray upgrade = RawClient::upgradeRequest("/app/ws", cookie);
    const QByteArray refused = RawClient::upgradeRequest("/app/refuse", cookie);
    for (const bool forward : {false, true}) {
        const char* suffix = forward ? ", forwardCookies" : ", default";
        QTest::newRow(qPrintable(QStringLiteral("http") + QLatin1String(suffix))) << get << forward << 200;
        QTest::newRow(qPrintable(QStringLiteral("upgrade") + QLatin1String(suffix))) << upgrade << forward << 101;
        QTest::newRow(qPrintable(QStringLiteral("refused upgrade") + QLatin1String(suffix)))
            << refused << forward << 403;
    }
}

void tst_RouteIsolation::cookies()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, forwardCookies);
    QFETCH(int, status);

    RouteConfig route = ProxyFixture::route(QStringLiteral("/app"), m_backend->url(QStringLiteral("http")));
    route.forwardCookies = forwardCookies;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send(request);
    const QByteArray head = raw.readUntil("\r\n\r\n");
    QCOMPARE(RawClient::statusOf(head), status);
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->requests().size(), 1, 5000);
    const HttpHeaders seen = m_backend->requests().at(0).headers;
    QCOMPARE(seen.contains("Cookie"), forwardCookies);
    if (forwardCookies)
        QCOMPARE(seen.value("Cookie"), QByteArray("notebook-session=n0t3; theme=dark"));
    QCOMPARE(headOf(head).contains("Set-Cookie: backend-session=b4ck; Path=/\r\n"), forwardCookies);
}

// Every response of a route, and Airlock's own error pages, say who may frame them; a backend's own CSP is
// kept as its own header, so the browser enforces both.
void tst_RouteIsolation::framePolicyOnResponses_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("policy"); // "PORT" stands for Airlock's port
    QTest::addColumn<bool>("backendPolicy");
    const QByteArray term = "frame-ancestors http://term.localhost:PORT https://console.example.com";
    QTest::newRow("page on its own host")
        << QByteArray("term.localhost:PORT") << QByteArray("/term/page") << 200 << term << true;
    QTest::newRow("page on the shared origin")
        << QByteArray("127.0.0.1:PORT") << QByteArray("/term/page") << 200 << term << true;
    QTest::newRow("route without an own origin") << QByteArray("127.0.0.1:PORT") << QByteArray("/legacy/page") << 200
                                                 << QByteArray("frame-ancestors 'self' https://*.example.org") << true;
    QTest::newRow("backend down: Airlock's 502") << QByteArray("down.localhost:PORT") << QByteArray("/down/x") << 502
                                                 << QByteArray("frame-ancestors http://down.localhost:PORT") << false;
    QTest::newRow("no route: Airlock's 404") << QByteArray("127.0.0.1:PORT") << QByteArray("/nowhere") << 404
                                             << QByteArray("frame-ancestors 'none'") << false;
}

void tst_RouteIsolation::framePolicyOnResponses()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, policy);
    QFETCH(bool, backendPolicy);

    RouteConfig term = ProxyFixture::route(QStringLiteral("/term"), m_backend->url(QStringLiteral("http")));
    term.name = QStringLiteral("term");
    term.allowedOrigins = {QStringLiteral("https://console.example.com")};
    RouteConfig legacy = ProxyFixture::route(QStringLiteral("/legacy"), m_backend->url(QStringLiteral("http")));
    legacy.frameAncestors = QStringList{QStringLiteral("https://*.example.org")};
    RefusingPort refusing;
    QVERIFY(refusing.isValid());
    RouteConfig down =
        ProxyFixture::route(QStringLiteral("/down"), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(refusing.port())));
    down.name = QStringLiteral("down");
    down.allowedOrigins = {};
    const QList<RouteConfig> routes{term, legacy, down};
    ProxyFixture proxy(ProxyFixture::config(routes));
    QVERIFY(proxy.start());
    const QByteArray port = QByteArray::number(proxy.port());

    RawClient raw(proxy.port());
    raw.send("GET " + target + " HTTP/1.1\r\nHost: " + QByteArray(host).replace("PORT", port) + "\r\n\r\n");
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), status);
    const QByteArray head = headOf(response);
    const QByteArray expected = "\r\nContent-Security-Policy: " + QByteArray(policy).replace("PORT", port) + "\r\n";
    QVERIFY2(head.contains(expected), head.constData());
    QCOMPARE(head.contains("\r\nContent-Security-Policy: default-src 'self'\r\n"), backendPolicy);
}

// A page on one route's host cannot reach another route through that host.
void tst_RouteIsolation::routeHostReachesOnlyItsRoute()
{
    RouteConfig alpha = ProxyFixture::route(QStringLiteral("/alpha"), m_backend->url(QStringLiteral("http")));
    alpha.name = QStringLiteral("alpha");
    RouteConfig beta = ProxyFixture::route(QStringLiteral("/beta"), m_backend->url(QStringLiteral("http")));
    beta.name = QStringLiteral("beta");
    ProxyFixture proxy(ProxyFixture::config({alpha, beta}));
    QVERIFY(proxy.start());
    const QByteArray host = "Host: alpha.localhost:" + QByteArray::number(proxy.port()) + "\r\n";

    RawClient other(proxy.port());
    other.send("GET /beta/page HTTP/1.1\r\n" + host + "\r\n");
    QCOMPARE(RawClient::statusOf(other.readResponse()), 404);
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(proxy.lastRecord().failureReason, FailureReason::NoRoute);
    QCOMPARE(m_backend->connections(), 0);

    RawClient own(proxy.port());
    own.send("GET /alpha/page HTTP/1.1\r\n" + host + "\r\n");
    QCOMPARE(RawClient::statusOf(own.readResponse()), 200);
    QCOMPARE(m_backend->requests().size(), 1);
    QCOMPARE(m_backend->requests().at(0).target, QByteArray("/page"));
}

// What route alpha's page can send to route beta: its WebSocket carries alpha's Origin, its <img> and
// <iframe> requests carry Sec-Fetch-Site and alpha's Referer. Each is refused before the backend is dialled,
// and the record names the check; beta's own page passes the same checks.
void tst_RouteIsolation::otherRoutesPageIsRefused_data()
{
    QTest::addColumn<QByteArray>("request"); // "PORT" stands for Airlock's port
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    const QByteArray alpha = "http://alpha.localhost:PORT";
    const QByteArray beta = "http://beta.localhost:PORT";
    const auto upgrade = [](const QByteArray& origin) -> QByteArray {
        return QByteArray(RawClient::upgradeRequest("/beta/ws", "Origin: " + origin + "\r\n"))
            .replace("Host: 127.0.0.1", "Host: beta.localhost:PORT");
    };
    const auto fetch = [](const QByteArray& site, const QByteArray& referer) -> QByteArray {
        return "GET /beta/img.png HTTP/1.1\r\nHost: beta.localhost:PORT\r\nSec-Fetch-Site: " + site +
               "\r\nSec-Fetch-Mode: no-cors\r\nSec-Fetch-Dest: image\r\nReferer: " + referer + "/alpha/\r\n\r\n";
    };
    QTest::newRow("alpha's WebSocket") << upgrade(alpha) << 403 << QStringLiteral("origin_not_allowed");
    QTest::newRow("alpha's img") << fetch("same-site", alpha) << 403 << QStringLiteral("cross_site_request");
    QTest::newRow("another site's iframe")
        << QByteArray("GET /beta/ HTTP/1.1\r\nHost: beta.localhost:PORT\r\nSec-Fetch-Site: cross-site\r\n"
                      "Sec-Fetch-Mode: navigate\r\nSec-Fetch-Dest: iframe\r\n\r\n")
        << 403 << QStringLiteral("cross_site_request");
    QTest::newRow("beta's WebSocket") << upgrade(beta) << 101 << QString();
    QTest::newRow("beta's img") << fetch("same-origin", beta) << 200 << QString();
    QTest::newRow("typed URL") << QByteArray("GET /beta/ HTTP/1.1\r\nHost: beta.localhost:PORT\r\n"
                                             "Sec-Fetch-Site: none\r\nSec-Fetch-Mode: navigate\r\n\r\n")
                               << 200 << QString();
}

void tst_RouteIsolation::otherRoutesPageIsRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, reason);

    RouteConfig alpha = ProxyFixture::route(QStringLiteral("/alpha"), m_backend->url(QStringLiteral("http")));
    alpha.name = QStringLiteral("alpha");
    alpha.allowedOrigins = {};
    RouteConfig beta = ProxyFixture::route(QStringLiteral("/beta"), m_backend->url(QStringLiteral("http")));
    beta.name = QStringLiteral("beta");
    beta.allowedOrigins = {};
    beta.browserVisibleErrors = false; // the plain 403, so every row reads a status
    ProxyFixture proxy(ProxyFixture::config({alpha, beta}));
    QVERIFY(proxy.start());

    RawClient raw(proxy.port());
    raw.send(request.replace("PORT", QByteArray::number(proxy.port())));
    const QByteArray head = raw.readUntil("\r\n\r\n");
    QCOMPARE(RawClient::statusOf(head), status);
    if (reason.isEmpty()) {
        QTRY_COMPARE_WITH_TIMEOUT(m_backend->requests().size(), 1, 5000);
        return;
    }
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(failure::id(proxy.lastRecord().failureReason), reason);
    QCOMPARE(proxy.lastRecord().route, QStringLiteral("beta"));
    QCOMPARE(m_backend->connections(), 0);
}

QTEST_GUILESS_MAIN(tst_RouteIsolation)
#include "tst_routeisolation.moc"
