#include "config/ConfigLoader.h"
#include "proxy/ProxyContext.h"
#include "proxy/RequestGate.h"

#include <QTest>

using namespace airlock;

Q_DECLARE_METATYPE(airlock::Admission::Verdict)
Q_DECLARE_METATYPE(airlock::BodyFraming::Kind)

// Admission and routing decided from a request head alone: no sockets, no event loop.
class tst_RequestGate : public QObject
{
    Q_OBJECT

private slots:
    void admit_data();
    void admit();
    void bridgeSubprotocol_data();
    void bridgeSubprotocol();
    void httpFramingAndKeepAlive_data();
    void httpFramingAndKeepAlive();
    void handshakeRateLimit();
};

namespace {

const char* const kConfig = R"({
  "listen": { "address": "127.0.0.1", "port": 8765, "hostAliases": ["term.example"] },
  "routes": [
    { "name": "vm1", "path": "/vm1/", "backend": "ws://10.0.0.5:7681/base/",
      "allowedOrigins": ["https://console.example.com"] },
    { "name": "page", "path": "/page/", "backend": "http://10.0.0.6:8080/" },
    { "name": "vnc", "path": "/vnc/", "backend": "tcp://10.0.0.7:5900" },
    { "name": "ssh", "path": "/ssh/", "backend": "tcp://10.0.0.8:22", "subprotocol": "fixed:ssh" },
    { "name": "raw", "path": "/raw/", "backend": "tcp://10.0.0.9:23", "subprotocol": "strip" },
    { "name": "old style", "path": "/old/", "backend": "http://10.0.0.10:80/" }
  ]
})";

std::shared_ptr<ProxyContext> makeContext(int handshakesPerSecond = 0)
{
    ConfigLoadResult loaded = ConfigLoader::fromJson(kConfig, QProcessEnvironment());
    if (!loaded.ok())
        qFatal("test config does not load: %s", qPrintable(loaded.errors.first().toString()));
    loaded.config.limits.handshakesPerSecond = handshakesPerSecond;
    return std::make_shared<ProxyContext>(loaded.config, nullptr, QProcessEnvironment());
}

// "GET /x HTTP/1.1" plus headers "Name: value" separated by '|'; "-" for none.
HttpHead makeHead(const QByteArray& requestLine, const QByteArray& headers)
{
    HttpHead head;
    const QList<QByteArray> parts = requestLine.split(' ');
    head.method = parts.value(0);
    head.target = parts.value(1);
    head.versionMinor = parts.value(2) == "HTTP/1.0" ? 0 : 1;
    if (headers != "-") {
        for (const QByteArray& header : headers.split('|')) {
            const qsizetype colon = header.indexOf(':');
            head.headers.append(header.left(colon).trimmed(), header.mid(colon + 1).trimmed());
        }
    }
    return head;
}

const QByteArray kUpgrade = "Host: 127.0.0.1:8765|Upgrade: websocket|Connection: Upgrade|Sec-WebSocket-Version: 13|"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==";

} // namespace

void tst_RequestGate::admit_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<Admission::Verdict>("verdict");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("route"); // the matched route's name, empty when none matched
    QTest::addColumn<QByteArray>("backendTarget");
    QTest::addColumn<bool>("upgrade");
    QTest::addColumn<bool>("bridge");

    const auto refuse = Admission::Verdict::Refuse;
    const auto row = [](const QByteArray& line, const QByteArray& headers, Admission::Verdict verdict, int status,
                        const char* reason, const char* route, const QByteArray& target, bool upgrade, bool bridge) {
        const QByteArray name = line + " [" + headers + "] -> " + (*reason ? reason : route);
        QTest::newRow(name.constData()) << line << headers << verdict << status << QString::fromLatin1(reason)
                                        << QString::fromLatin1(route) << target << upgrade << bridge;
    };

    // Never an open proxy.
    row("CONNECT 10.0.0.5:22 HTTP/1.1", "Host: 10.0.0.5:22", refuse, 405, "client_connect_refused", "", "", false,
        false);
    row("GET http://10.0.0.5/vm1/ HTTP/1.1", "Host: 127.0.0.1", refuse, 400, "absolute_target_refused", "", "", false,
        false);
    row("GET * HTTP/1.1", "Host: 127.0.0.1", refuse, 400, "absolute_target_refused", "", "", false, false);
    // DNS rebinding: Host must name loopback or an alias, exactly once (HTTP/1.0 may omit it).
    row("GET /vm1/ HTTP/1.1", "-", refuse, 400, "bad_host", "", "", false, false);
    row("GET /vm1/ HTTP/1.1", "Host: 127.0.0.1|Host: localhost", refuse, 400, "bad_host", "", "", false, false);
    row("GET /vm1/ HTTP/1.1", "Host: evil.example", refuse, 421, "host_not_allowed", "", "", false, false);
    row("GET /page/ HTTP/1.0", "-", Admission::Verdict::Route, 0, "", "page", "/", false, false);
    row("GET /page/a HTTP/1.1", "Host: term.example", Admission::Verdict::Route, 0, "", "page", "/a", false, false);
    row("GET /page/a HTTP/1.1", "Host: [::1]:8765", Admission::Verdict::Route, 0, "", "page", "/a", false, false);
    // Airlock's own endpoints come before routing (and before any Origin check).
    row("GET /_airlock/metrics HTTP/1.1", "Host: localhost", Admission::Verdict::Admin, 0, "", "", "", false, false);
    row("GET /_airlock/ping HTTP/1.1", "Host: localhost|Origin: https://evil.example", Admission::Verdict::Admin, 0, "",
        "", "", false, false);
    // Routing.
    row("GET /nowhere HTTP/1.1", "Host: localhost", refuse, 404, "no_route", "", "", false, false);
    row("GET /vm1/%2e%2e/etc HTTP/1.1", "Host: localhost", refuse, 400, "bad_target", "", "", false, false);
    row("GET /vm1/tty?x=1 HTTP/1.1", "Host: localhost", Admission::Verdict::Route, 0, "", "vm1", "/base/tty?x=1", false,
        false);
    // Origin, checked once the route is known (the refusal still names the route).
    row("GET /vm1/ HTTP/1.1", kUpgrade + "|Origin: https://evil.example", refuse, 403, "origin_not_allowed", "vm1",
        "/base/", false, false);
    row("GET /vm1/ HTTP/1.1", kUpgrade + "|Origin: https://console.example.com", Admission::Verdict::Route, 0, "",
        "vm1", "/base/", true, false);
    // Upgrades.
    row("GET /vm1/ HTTP/1.1", "Host: localhost|Upgrade: websocket|Connection: Upgrade|Sec-WebSocket-Version: 13",
        refuse, 400, "bad_upgrade", "vm1", "/base/", true, false);
    row("GET /vm1/ HTTP/1.1",
        "Host: localhost|Upgrade: websocket|Connection: Upgrade|Sec-WebSocket-Version: 8|"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        refuse, 426, "bad_upgrade", "vm1", "/base/", true, false);
    row("POST /vm1/ HTTP/1.1", kUpgrade, refuse, 400, "bad_upgrade", "vm1", "/base/", true, false);
    // Bridges take WebSocket upgrades only.
    row("GET /vnc/ HTTP/1.1", "Host: localhost", refuse, 426, "websocket_required", "vnc", "/", false, true);
    row("GET /vnc/ HTTP/1.1", kUpgrade, Admission::Verdict::Route, 0, "", "vnc", "/", true, true);
    row("GET /vnc/ HTTP/1.1", kUpgrade + "|Sec-WebSocket-Protocol: base64", refuse, 400, "bridge_subprotocol", "vnc",
        "/", true, true);
    // Per-route origins: <name>.localhost reaches that route's paths only, never Airlock's own endpoints.
    const auto route = Admission::Verdict::Route;
    row("GET /vm1/tty HTTP/1.1", "Host: vm1.localhost:8765", route, 0, "", "vm1", "/base/tty", false, false);
    row("GET /vm1/tty HTTP/1.1", "Host: VM1.localhost.:8765", route, 0, "", "vm1", "/base/tty", false, false);
    row("GET /page/ HTTP/1.1", "Host: vm1.localhost:8765", refuse, 404, "no_route", "", "", false, false);
    row("GET /_airlock/metrics HTTP/1.1", "Host: vm1.localhost:8765", refuse, 404, "no_route", "", "", false, false);
    row("GET /page/ HTTP/1.1", "Host: nobody.localhost:8765", refuse, 404, "no_route", "", "", false, false);
    row("GET /old/ HTTP/1.1", "Host: old.localhost:8765", refuse, 404, "no_route", "", "", false, false);
    row("GET /old/ HTTP/1.1", "Host: 127.0.0.1:8765", route, 0, "", "old style", "/", false, false);
    // A route's own origin is allowed on it (on the port the browser reached Airlock on), nothing else is.
    const QByteArray vm1Upgrade = QByteArray(kUpgrade).replace("127.0.0.1", "vm1.localhost");
    row("GET /vm1/ HTTP/1.1", vm1Upgrade + "|Origin: http://vm1.localhost:8765", route, 0, "", "vm1", "/base/", true,
        false);
    row("GET /vm1/ HTTP/1.1", kUpgrade + "|Origin: http://vm1.localhost:8765", refuse, 403, "origin_not_allowed", "vm1",
        "/base/", false, false);
    row("GET /vm1/ HTTP/1.1", vm1Upgrade + "|Origin: http://vm1.localhost:9999", refuse, 403, "origin_not_allowed",
        "vm1", "/base/", false, false);
    row("GET /vm1/ HTTP/1.1", kUpgrade + "|Origin: http://page.localhost:8765", refuse, 403, "origin_not_allowed",
        "vm1", "/base/", false, false);
    row("GET /vm1/ HTTP/1.1", kUpgrade + "|Origin: http://127.0.0.1:8765", refuse, 403, "origin_not_allowed", "vm1",
        "/base/", false, false);
    row("GET /old/ HTTP/1.1", "Host: 127.0.0.1:8765|Origin: http://127.0.0.1:8765", refuse, 403, "origin_not_allowed",
        "old style", "/", false, false);
    // Requests from other sites without Origin (navigations, img, script, iframe): the Referer names the page.
    const QByteArray page = "Host: page.localhost:8765|Sec-Fetch-Mode: no-cors|Sec-Fetch-Dest: image";
    row("GET /page/ HTTP/1.1", page + "|Sec-Fetch-Site: cross-site", refuse, 403, "cross_site_request", "page", "/",
        false, false);
    row("GET /page/ HTTP/1.1", page + "|Sec-Fetch-Site: same-site|Referer: http://vm1.localhost:8765/vm1/", refuse, 403,
        "cross_site_request", "page", "/", false, false);
    row("GET /page/ HTTP/1.1",
        "Host: 127.0.0.1:8765|Sec-Fetch-Site: cross-site|Sec-Fetch-Mode: navigate|Sec-Fetch-Dest: iframe", refuse, 403,
        "cross_site_request", "page", "/", false, false);
    row("GET /page/ HTTP/1.1", page + "|Sec-Fetch-Site: same-origin", route, 0, "", "page", "/", false, false);
    // A route's page cannot take itself to the shared origin, where it would be same-origin with every route.
    row("GET /vm1/ HTTP/1.1",
        "Host: 127.0.0.1:8765|Sec-Fetch-Site: cross-site|Sec-Fetch-Mode: navigate|Referer: http://vm1.localhost:8765/",
        refuse, 403, "cross_site_request", "vm1", "/base/", false, false);
    row("GET /page/ HTTP/1.1", page + "|Sec-Fetch-Site: none|Sec-Fetch-Mode: navigate", route, 0, "", "page", "/",
        false, false);
    row("GET /page/ HTTP/1.1", page + "|Sec-Fetch-Site: same-site|Referer: http://page.localhost:8765/page/x", route, 0,
        "", "page", "/", false, false);
    row("GET /vm1/ HTTP/1.1",
        "Host: 127.0.0.1:8765|Sec-Fetch-Site: cross-site|Sec-Fetch-Mode: navigate|"
        "Referer: https://console.example.com/machines",
        route, 0, "", "vm1", "/base/", false, false);
    row("POST /vm1/ HTTP/1.1",
        "Host: 127.0.0.1:8765|Sec-Fetch-Site: cross-site|Origin: https://console.example.com|Content-Length: 0", route,
        0, "", "vm1", "/base/", false, false);
    row("GET /vm1/ HTTP/1.1",
        "Host: 127.0.0.1:8765|Sec-Fetch-Site: cross-site|Referer: https://console.example.com.evil.example/", refuse,
        403, "cross_site_request", "vm1", "/base/", false, false);
    // Plain HTTP body framing.
    row("POST /page/ HTTP/1.1", "Host: localhost|Content-Length: 5|Content-Length: 6", refuse, 400, "bad_request_body",
        "page", "/", false, false);
}

void tst_RequestGate::admit()
{
    QFETCH(QByteArray, requestLine);
    QFETCH(QByteArray, headers);
    QFETCH(Admission::Verdict, verdict);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QString, route);
    QFETCH(QByteArray, backendTarget);
    QFETCH(bool, upgrade);
    QFETCH(bool, bridge);

    auto context = makeContext();
    const Admission admission = RequestGate::admit(makeHead(requestLine, headers), *context);
    QCOMPARE(admission.verdict, verdict);
    QCOMPARE(admission.status, status);
    QCOMPARE(failure::id(admission.reason), reason);
    QCOMPARE(admission.refused(), !reason.isEmpty());
    if (admission.refused())
        QVERIFY2(!admission.detail.isEmpty(), "a refusal says why");
    QCOMPARE(admission.match.index >= 0 ? context->routes().route(admission.match.index).name : QString(), route);
    QCOMPARE(admission.match.backendTarget, backendTarget);
    QCOMPARE(admission.upgrade, upgrade);
    QCOMPARE(admission.bridge, bridge);
    if (upgrade)
        QCOMPARE(admission.kind, RequestRecord::Kind::WebSocket);
}

void tst_RequestGate::bridgeSubprotocol_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("offer");
    QTest::addColumn<bool>("admitted");
    QTest::addColumn<QByteArray>("answer");

    const auto row = [](const QByteArray& path, const QByteArray& offer, bool admitted, const QByteArray& answer) {
        const QByteArray name =
            path + " offered [" + offer + "] -> " + (admitted ? QByteArray("[" + answer + "]") : QByteArray("refused"));
        QTest::newRow(name.constData()) << path << offer << admitted << answer;
    };
    // pass: "binary" when offered (websockify, noVNC), nothing when nothing was offered.
    row("/vnc/", "", true, "");
    row("/vnc/", "binary", true, "binary");
    row("/vnc/", "base64, binary", true, "binary");
    row("/vnc/", "base64", false, "");
    // fixed: the route's name when offered.
    row("/ssh/", "ssh", true, "ssh");
    row("/ssh/", "", true, "");
    row("/ssh/", "binary", false, "");
    // strip: the client's first offer.
    row("/raw/", "telnet, binary", true, "telnet");
}

void tst_RequestGate::bridgeSubprotocol()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, offer);
    QFETCH(bool, admitted);
    QFETCH(QByteArray, answer);

    auto context = makeContext();
    const QByteArray headers = offer.isEmpty() ? kUpgrade : QByteArray(kUpgrade + "|Sec-WebSocket-Protocol: " + offer);
    const Admission admission = RequestGate::admit(makeHead("GET " + path + " HTTP/1.1", headers), *context);
    QCOMPARE(admission.refused(), !admitted);
    if (admitted) {
        QCOMPARE(admission.bridgeProtocol, answer);
    } else {
        QCOMPARE(admission.status, 400);
        QCOMPARE(failure::id(admission.reason), QStringLiteral("bridge_subprotocol"));
        QVERIFY2(admission.detail.contains(QString::fromLatin1(offer)), qPrintable(admission.detail));
    }
}

void tst_RequestGate::httpFramingAndKeepAlive_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<BodyFraming::Kind>("framing");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<bool>("keepAlive");

    const auto row = [](const QByteArray& line, const QByteArray& headers, BodyFraming::Kind framing, qint64 length,
                        bool keepAlive) {
        const QByteArray name = line + " [" + headers + "]";
        QTest::newRow(name.constData()) << line << headers << framing << length << keepAlive;
    };
    row("GET /page/ HTTP/1.1", "Host: localhost", BodyFraming::Kind::None, 0, true);
    row("GET /page/ HTTP/1.1", "Host: localhost|Connection: close", BodyFraming::Kind::None, 0, false);
    row("GET /page/ HTTP/1.0", "-", BodyFraming::Kind::None, 0, false);
    row("GET /page/ HTTP/1.0", "Connection: keep-alive", BodyFraming::Kind::None, 0, true);
    row("POST /page/ HTTP/1.1", "Host: localhost|Content-Length: 12", BodyFraming::Kind::Length, 12, true);
    row("POST /page/ HTTP/1.1", "Host: localhost|Transfer-Encoding: chunked", BodyFraming::Kind::Chunked, 0, true);
}

void tst_RequestGate::httpFramingAndKeepAlive()
{
    QFETCH(QByteArray, requestLine);
    QFETCH(QByteArray, headers);
    QFETCH(BodyFraming::Kind, framing);
    QFETCH(qint64, length);
    QFETCH(bool, keepAlive);

    auto context = makeContext();
    const Admission admission = RequestGate::admit(makeHead(requestLine, headers), *context);
    QCOMPARE(admission.verdict, Admission::Verdict::Route);
    QCOMPARE(admission.kind, RequestRecord::Kind::Http);
    QCOMPARE(admission.upgrade, false);
    QCOMPARE(admission.requestFraming.kind, framing);
    QCOMPARE(admission.requestFraming.length, length);
    QCOMPARE(admission.clientKeepAlive, keepAlive);
}

// A valid upgrade takes a token from the limiter; refused and plain requests take none.
void tst_RequestGate::handshakeRateLimit()
{
    auto context = makeContext(1);
    const HttpHead upgrade = makeHead("GET /vm1/ HTTP/1.1", kUpgrade);
    QVERIFY(!RequestGate::admit(makeHead("GET /page/ HTTP/1.1", "Host: localhost"), *context).refused());
    QVERIFY(RequestGate::admit(makeHead("GET /vm1/ HTTP/1.1", "Host: localhost|Upgrade: websocket|"
                                                              "Connection: Upgrade"),
                               *context)
                .refused());
    QVERIFY(!RequestGate::admit(upgrade, *context).refused());
    const Admission third = RequestGate::admit(upgrade, *context);
    QCOMPARE(third.status, 429);
    QCOMPARE(failure::id(third.reason), QStringLiteral("handshake_rate_limited"));
    QVERIFY(third.match.index >= 0);
}

QTEST_GUILESS_MAIN(tst_RequestGate)
#include "tst_requestgate.moc"
