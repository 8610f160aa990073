// What a real browser sees through Airlock: headless Chromium loads pages served through the proxy (so
// their origin is the loopback listener) and reports what their WebSockets did.
#include "EchoBackend.h"
#include "HeadlessChromium.h"
#include "HttpBackend.h"
#include "ProxyFixture.h"
#include "RefusingPort.h"
#include "ScriptedBackend.h"
#include "TcpEchoBackend.h"
#include "TestCertificates.h"
#include "TestTlsServer.h"
#include "WsFrameReader.h"
#include "WsFrameWriter.h"

#include "config/ConfigLoader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace airlock;
using airlock::test::WsFrameReader;
using airlock::test::WsFrameWriter;

namespace {

// The test page. probe() opens a WebSocket back through Airlock, sends what the plan says, closes after
// the expected number of messages and resolves with everything the page saw once the socket has closed.
const QByteArray probePage = R"html(<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Airlock browser probe</title></head>
<body><p id="status">ready</p>
<script>
  const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
  const sha256 = (data) => crypto.subtle.digest('SHA-256', data).then(hex);
  const pattern = (size) => {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; ++i) bytes[i] = (i * 131 + (i >>> 11)) & 255;
    return bytes;
  };
  window.probe = (path, protocols, plan) => new Promise((resolve) => {
    const seen = { opened: false, protocol: null, extensions: null, errors: 0, sent: [], received: [], close: null,
                   receivedBytes: 0 };
    const pending = [];
    const stream = []; // every binary message in order, for the digest of the whole byte stream
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const whole = new Uint8Array(seen.receivedBytes);
      let at = 0;
      for (const chunk of stream) { whole.set(new Uint8Array(chunk), at); at += chunk.byteLength; }
      pending.push(sha256(whole).then((d) => { seen.streamSha256 = d; }));
      Promise.all(pending).then(() => resolve(seen));
    };
    const ws = new WebSocket('ws://' + (plan.host || location.host) + path, protocols);
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => {
      seen.opened = true;
      seen.protocol = ws.protocol;
      seen.extensions = ws.extensions;
      for (const item of plan.send || []) {
        if (typeof item === 'string') {
          seen.sent.push({ type: 'text', data: item });
          ws.send(item);
        } else {
          const bytes = pattern(item.bytes);
          const entry = { type: 'binary', size: bytes.byteLength };
          seen.sent.push(entry);
          pending.push(sha256(bytes).then((d) => { entry.sha256 = d; }));
          ws.send(bytes);
        }
      }
    };
    ws.onerror = () => { seen.errors += 1; };
    ws.onmessage = (event) => {
      if (typeof event.data === 'string') {
        seen.received.push({ type: 'text', data: event.data });
      } else {
        const entry = { type: 'binary', size: event.data.byteLength };
        seen.received.push(entry);
        seen.receivedBytes += event.data.byteLength;
        stream.push(event.data);
        pending.push(sha256(event.data).then((d) => { entry.sha256 = d; }));
      }
      if (seen.received.length === plan.closeAfter || seen.receivedBytes === plan.closeAfterBytes)
        ws.close(1000, 'done');
    };
    ws.onclose = (event) => {
      seen.close = { code: event.code, reason: event.reason, wasClean: event.wasClean };
      finish();
    };
    setTimeout(() => { seen.timedOut = true; finish(); }, plan.timeoutMs || 8000);
  });
</script></body></html>
)html";

QByteArray patternBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + (i >> 11)) & 0xff);
    return bytes;
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString json(const QJsonValue& value)
{
    if (value.isString())
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class tst_Browser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void demoTerminalPage();
    void subprotocolOffer_data();
    void subprotocolOffer();
    void backendCloseReachesPage_data();
    void backendCloseReachesPage();
    void messagesRoundTrip();
    void tcpBridge();
    void capturedDeflateSession();
    void failuresReachPage_data();
    void failuresReachPage();
    void rateLimitedPageGets1013();
    void httpsPageOpensRouteOrigin();
    void otherRoutesPageCannotOpenItsWebSocket();

private:
    // Loads the probe page through Airlock, runs probe() and returns what the page saw (empty on failure,
    // with the reason in error) and what Chromium logged meanwhile.
    QJsonObject runProbe(const QString& path, const QStringList& protocols, const QJsonObject& plan, QString* error,
                         QStringList* log = nullptr);
    QList<RequestRecord> webSocketRecords(const QString& route) const;
    std::optional<RequestRecord> waitForWebSocketRecord(const QString& route, int count);

    HeadlessChromium m_browser;
    HttpBackend m_pages;                            // serves the probe page on "/"
    EchoBackend m_plainEcho;                        // selects no subprotocol, whatever is offered
    EchoBackend m_ttyEcho{{QStringLiteral("tty")}}; // selects "tty" when offered
    ScriptedBackend m_closing{[](QTcpSocket* s, const HttpHead& request) {
        s->write(ScriptedBackend::switchingProtocols(request));
        s->write(WsFrameWriter::close(4404, "session unknown", false));
        // The page's close reply is all it sends; then the server ends TCP, as RFC 6455 has it.
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->disconnectFromHost(); });
    }};
    ScriptedBackend m_dropping{[](QTcpSocket* s, const HttpHead& request) {
        s->write(ScriptedBackend::switchingProtocols(request));
        // The first message from the page makes the backend vanish without a close frame.
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->abort(); });
    }};
    ScriptedBackend m_refusing{[](QTcpSocket* s, const HttpHead&) {
        s->write(ScriptedBackend::response(404, "Not Found", "no such session\n"));
    }};
    bool m_pageFrameCompressed = false; // the first frame the page sent to /deflate had RSV1 set
    ScriptedBackend m_deflating{[this](QTcpSocket* s, const HttpHead& request) {
        s->write(ScriptedBackend::switchingProtocols(request, {}, "permessage-deflate"));
        WsFrameWriter::Frame hello; // "Hello" compressed, RFC 7692 section 7.2.3.1
        hello.opcode = 0x1;
        hello.rsv = 4;
        hello.payload = QByteArray::fromHex("f248cdc9c90700");
        s->write(WsFrameWriter::encode(hello));
        // The page's close is all that matters after its message: answer it and end.
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, received = QByteArray()]() mutable {
            received += s->readAll();
            if (s->state() != QAbstractSocket::ConnectedState)
                return;
            const QList<WsFrameReader::Frame> frames = WsFrameReader::frames(received);
            if (!frames.isEmpty())
                m_pageFrameCompressed = (frames.first().rsv & 4) != 0; // RSV1
            if (std::any_of(frames.cbegin(), frames.cend(), [](const auto& f) { return f.isClose(); })) {
                s->write(WsFrameWriter::close(1000, {}, false));
                s->disconnectFromHost();
            }
        });
    }};
    TcpEchoBackend m_tcpEcho; // a VNC-like TCP service: greets, then echoes
    // wss:// backend whose certificate the route does not trust (its caFile is another CA).
    std::unique_ptr<TestTlsServer> m_untrustedTls;
    RefusingPort m_deadProxy; // a route's upstream proxy that refuses connections
    ScriptedBackend m_badAccept{[](QTcpSocket* s, const HttpHead&) {
        s->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n");
    }};
    std::unique_ptr<TestTlsServer> m_httpsPages; // serves the probe page over https (the tests' certificate)
    std::unique_ptr<ProxyFixture> m_proxy;
};

void tst_Browser::initTestCase()
{
    if (HeadlessChromium::executable().isEmpty())
        QFAIL("chromium is not installed: run scripts/setup-debian.sh (it installs Debian's chromium package)");
    m_pages.setPage("/", "text/html; charset=utf-8", probePage);
    QVERIFY(m_pages.listen());
    QVERIFY(m_plainEcho.listen());
    QVERIFY(m_ttyEcho.listen());
    QVERIFY(m_closing.listen());
    QVERIFY(m_dropping.listen());
    QVERIFY(m_refusing.listen());
    QVERIFY(m_deflating.listen());
    RouteConfig deflating = ProxyFixture::route(QStringLiteral("/deflate"), m_deflating.url());
    deflating.capture.enabled = true;
    m_tcpEcho.setGreeting("RFB 003.008\n");
    QVERIFY(m_tcpEcho.listen());
    RouteConfig bridge = ProxyFixture::route(QStringLiteral("/vnc"), m_tcpEcho.url());

    TestCertificates& pki = TestCertificates::instance();
    QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
    m_untrustedTls = std::make_unique<TestTlsServer>(pki.serverCertificate(), pki.serverKey());
    QVERIFY(m_untrustedTls->listenLocal());
    RouteConfig tlsFail = ProxyFixture::route(
        QStringLiteral("/tls-fail"), QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(m_untrustedTls->serverPort())));
    tlsFail.tls.caFile = pki.otherCaPath();
    QVERIFY(m_deadProxy.isValid());
    RouteConfig proxyFail = ProxyFixture::route(QStringLiteral("/proxy-fail"), m_plainEcho.url());
    proxyFail.upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
    proxyFail.upstreamProxy.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_deadProxy.port()));
    QVERIFY(m_badAccept.listen());
    m_httpsPages = std::make_unique<TestTlsServer>(pki.serverCertificate(), pki.serverKey());
    m_httpsPages->setMode(TestTlsServer::Mode::HttpPage);
    m_httpsPages->setPage("text/html; charset=utf-8", probePage);
    QVERIFY(m_httpsPages->listenLocal());
    // Routes on origins of their own: a page route and a WebSocket route that allows https test pages only.
    RouteConfig pageA = ProxyFixture::route(QStringLiteral("/pa"), m_pages.url());
    pageA.name = QStringLiteral("pagea");
    pageA.allowedOrigins = {};
    RouteConfig echoB = ProxyFixture::route(QStringLiteral("/eb"), m_plainEcho.url());
    echoB.name = QStringLiteral("echob");
    echoB.allowedOrigins = {QStringLiteral("https://127.0.0.1:*")};

    RouteConfig strip = ProxyFixture::route(QStringLiteral("/nosub-strip"), m_plainEcho.url());
    strip.subprotocol = SubprotocolPolicy::Strip;
    RouteConfig fixed = ProxyFixture::route(QStringLiteral("/nosub-fixed"), m_plainEcho.url());
    fixed.subprotocol = SubprotocolPolicy::Fixed;
    fixed.fixedSubprotocol = "tty";
    m_proxy = std::make_unique<ProxyFixture>(ProxyFixture::config({
        ProxyFixture::route(QStringLiteral("/app"), m_pages.url()),
        ProxyFixture::route(QStringLiteral("/echo"), m_plainEcho.url()),
        ProxyFixture::route(QStringLiteral("/tty-pass"), m_ttyEcho.url()),
        ProxyFixture::route(QStringLiteral("/nosub-pass"), m_plainEcho.url()),
        strip,
        fixed,
        ProxyFixture::route(QStringLiteral("/closing"), m_closing.url()),
        ProxyFixture::route(QStringLiteral("/dropping"), m_dropping.url()),
        ProxyFixture::route(QStringLiteral("/refusing"), m_refusing.url()),
        bridge,
        deflating,
        tlsFail,
        proxyFail,
        ProxyFixture::route(QStringLiteral("/bad-101"), m_badAccept.url()),
        pageA,
        echoB,
    }));
    QVERIFY(m_proxy->start());

    QString error;
    QVERIFY2(m_browser.start(&error), qPrintable(error));
    qInfo("browser: %s", qPrintable(m_browser.product()));
}

void tst_Browser::cleanupTestCase()
{
    m_browser.stop();
    m_proxy.reset();
}

QJsonObject tst_Browser::runProbe(const QString& path, const QStringList& protocols, const QJsonObject& plan,
                                  QString* error, QStringList* log)
{
    const QString page = m_browser.openPage(m_proxy->httpUrl(QStringLiteral("/app/")), error);
    if (page.isEmpty())
        return {};
    const QString expression =
        QStringLiteral("probe(%1, %2, %3)").arg(json(path), json(QJsonArray::fromStringList(protocols)), json(plan));
    const QJsonValue result = m_browser.evaluate(page, expression, error, 15000);
    if (error->isEmpty() && !result.isObject())
        *error = QStringLiteral("probe() gave no result");
    if (log)
        *log = m_browser.log(page);
    m_browser.closePage(page);
    return result.toObject();
}

QList<RequestRecord> tst_Browser::webSocketRecords(const QString& route) const
{
    QList<RequestRecord> out;
    const QList<RequestRecord> all = m_proxy->records();
    for (const RequestRecord& r : all) {
        if (r.kind == RequestRecord::Kind::WebSocket && r.route == route)
            out.append(r);
    }
    return out;
}

std::optional<RequestRecord> tst_Browser::waitForWebSocketRecord(const QString& route, int count)
{
    (void)QTest::qWaitFor(
        [&] {
            m_proxy->hub()->flush();
            return webSocketRecords(route).size() >= count;
        },
        5000);
    const QList<RequestRecord> records = webSocketRecords(route);
    if (records.size() < count)
        return std::nullopt;
    return records.at(count - 1);
}

// Incident 4 end to end: the built-in demo on the default configuration, as a user opens it. The page
// comes from the demo backend through Airlock, its WebSocket gets "tty" and the typed line comes back.
void tst_Browser::demoTerminalPage()
{
    // The default configuration with free ports, so the test never collides with a running Airlock.
    QJsonObject config = QJsonDocument::fromJson(ConfigLoader::defaultConfigJson()).object();
    const quint16 demoPort = freePort();
    QVERIFY(demoPort);
    QJsonObject listen = config.value(QLatin1String("listen")).toObject();
    listen.insert(QLatin1String("port"), 0);
    config.insert(QLatin1String("listen"), listen);
    QJsonObject demo = config.value(QLatin1String("demo")).toObject();
    QVERIFY(demo.value(QLatin1String("enabled")).toBool());
    demo.insert(QLatin1String("port"), demoPort);
    config.insert(QLatin1String("demo"), demo);
    QJsonArray routes = config.value(QLatin1String("routes")).toArray();
    QCOMPARE(routes.size(), 1);
    QJsonObject route = routes.at(0).toObject();
    route.insert(QLatin1String("backend"), QStringLiteral("ws://127.0.0.1:%1/").arg(demoPort));
    routes.replace(0, route);
    config.insert(QLatin1String("routes"), routes);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("airlock.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();

    const QString binary = qEnvironmentVariable("AIRLOCK_BINARY_DIR") + QStringLiteral("/app/airlock");
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    QProcess airlock;
    QByteArray err;
    connect(&airlock, &QProcess::readyReadStandardError, this, [&] { err += airlock.readAllStandardError(); });
    airlock.start(binary, {QStringLiteral("--headless"), QStringLiteral("--config"), file.fileName()});
    QVERIFY(airlock.waitForStarted());
    static const QRegularExpression listening(QStringLiteral("listening on [^ ]+:(\\d+)"));
    QRegularExpressionMatch match;
    (void)QTest::qWaitFor(
        [&] {
            match = listening.match(QString::fromUtf8(err));
            return match.hasMatch() || airlock.state() != QProcess::Running;
        },
        10000);
    QVERIFY2(match.hasMatch(), err.constData());
    const quint16 port = quint16(match.captured(1).toUInt());

    // The demo route's own origin, as the README and the banner give it.
    QTRY_VERIFY2_WITH_TIMEOUT(
        err.contains(QStringLiteral("demo page: http://demo.localhost:%1/demo/").arg(port).toUtf8()), err.constData(),
        5000);
    QString error;
    const QString page = m_browser.openPage(QUrl(QStringLiteral("http://demo.localhost:%1/demo/").arg(port)), &error);
    QVERIFY2(!page.isEmpty(), qPrintable(error));
    const auto evaluate = [&](const QString& expression) {
        QString evalError;
        const QJsonValue value = m_browser.evaluate(page, expression, &evalError);
        return evalError.isEmpty() ? value.toString() : evalError;
    };
    QCOMPARE(evaluate(QStringLiteral("document.title")), QStringLiteral("Airlock demo terminal"));
    const QString status = QStringLiteral("document.getElementById('status').textContent");
    QTRY_VERIFY2_WITH_TIMEOUT(evaluate(status).startsWith(QLatin1String("open: ")), qPrintable(evaluate(status)), 5000);
    QVERIFY2(evaluate(status).endsWith(QLatin1String("(subprotocol \"tty\")")), qPrintable(evaluate(status)));
    QCOMPARE(evaluate(QStringLiteral("socket.protocol")), QStringLiteral("tty"));

    // Type a line the way a user does: into the input, then the Send button.
    const QString line = QStringLiteral("h\u00e9llo \u2713 \u65e5\u672c");
    evaluate(QStringLiteral("document.getElementById('line').value = %1; "
                            "document.querySelector('#form button').click(); ''")
                 .arg(json(line)));
    const QString screen = QStringLiteral("document.getElementById('screen').textContent");
    QTRY_VERIFY2_WITH_TIMEOUT(evaluate(screen).contains(QStringLiteral("< ") + line), qPrintable(evaluate(screen)),
                              5000);
    QVERIFY(evaluate(screen).contains(QStringLiteral("> ") + line));
    qInfo("demo page: %s; screen: %s", qPrintable(evaluate(status)), qPrintable(evaluate(screen).simplified()));

    // Stopping Airlock closes the page's socket with 1001, which the page shows.
    airlock.terminate();
    QTRY_VERIFY2_WITH_TIMEOUT(evaluate(status).startsWith(QLatin1String("closed: code 1001")),
                              qPrintable(evaluate(status)), 5000);
    qInfo("after SIGTERM: %s", qPrintable(evaluate(status)));
    m_browser.closePage(page);
    QVERIFY(QTest::qWaitFor([&] { return airlock.state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(airlock.exitStatus(), QProcess::NormalExit);
    QCOMPARE(airlock.exitCode(), 0);

    // Airlock's own record of the browser's session agrees with what the page showed.
    bool sawSession = false;
    const QList<QByteArray> lines = airlock.readAllStandardOutput().split('\n');
    for (const QByteArray& recordLine : lines) {
        const QJsonObject o = QJsonDocument::fromJson(recordLine).object();
        if (o.value(QLatin1String("kind")).toString() != QLatin1String("websocket"))
            continue;
        sawSession = true;
        QCOMPARE(o.value(QLatin1String("subprotocol")).toString(), QStringLiteral("tty"));
        QCOMPARE(o.value(QLatin1String("close")).toObject().value(QLatin1String("code")).toInt(), 1001);
        QCOMPARE(o.value(QLatin1String("messagesFromClient")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("messagesFromBackend")).toInt(), 1);
    }
    QVERIFY(sawSession);
}

// Incident 1 in a browser: Chromium fails a handshake whose answer drops the subprotocol it offered.
void tst_Browser::subprotocolOffer_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QByteArray>("backendSubprotocol");

    QTest::newRow("pass, backend selects tty") << QStringLiteral("/tty-pass") << true << QByteArray("tty");
    QTest::newRow("pass, backend selects none") << QStringLiteral("/nosub-pass") << false << QByteArray();
    QTest::newRow("strip, backend offered none") << QStringLiteral("/nosub-strip") << true << QByteArray();
    QTest::newRow("fixed:tty, backend selects none") << QStringLiteral("/nosub-fixed") << true << QByteArray();
}

void tst_Browser::subprotocolOffer()
{
    QFETCH(QString, path);
    QFETCH(bool, opens);
    QFETCH(QByteArray, backendSubprotocol);

    const qsizetype before = webSocketRecords(path).size();
    const QString text = QStringLiteral("ls -l");
    QString error;
    QStringList log;
    const QJsonObject seen =
        runProbe(path, {QStringLiteral("tty")},
                 {{QStringLiteral("send"), QJsonArray{text}}, {QStringLiteral("closeAfter"), 1}}, &error, &log);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("%s: page saw %s", qPrintable(path), qPrintable(json(seen)));
    for (const QString& entry : std::as_const(log))
        qInfo("  chromium logged: %s", qPrintable(entry));
    QVERIFY2(!seen.value(QLatin1String("timedOut")).toBool(), qPrintable(json(seen)));
    const QJsonObject close = seen.value(QLatin1String("close")).toObject();
    QCOMPARE(seen.value(QLatin1String("opened")).toBool(), opens);
    if (opens) {
        QCOMPARE(seen.value(QLatin1String("protocol")).toString(), QStringLiteral("tty"));
        QCOMPARE(seen.value(QLatin1String("received")).toArray(),
                 (QJsonArray{
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("data"), text}}}));
        QCOMPARE(close.value(QLatin1String("code")).toInt(), 1000);
        QCOMPARE(close.value(QLatin1String("reason")).toString(), QStringLiteral("done"));
        QVERIFY(close.value(QLatin1String("wasClean")).toBool());
    } else {
        // A failed handshake: an error event, then close 1006 with no reason; the page learns nothing more.
        QCOMPARE(seen.value(QLatin1String("errors")).toInt(), 1);
        QCOMPARE(close.value(QLatin1String("code")).toInt(), 1006);
        QCOMPARE(close.value(QLatin1String("reason")).toString(), QString());
        QVERIFY(!close.value(QLatin1String("wasClean")).toBool());
        QVERIFY2(log.join(u'\n').contains(QLatin1String("Sec-WebSocket-Protocol")), qPrintable(log.join(u'\n')));
    }

    const std::optional<RequestRecord> record = waitForWebSocketRecord(path, int(before) + 1);
    QVERIFY(record);
    QCOMPARE(record->httpStatus, 101);
    QCOMPARE(record->backendSubprotocol, backendSubprotocol);
    QCOMPARE(record->subprotocol, opens ? QByteArray("tty") : QByteArray());
    qInfo("  record: outcome %s, close %d \"%s\" by %s%s", qPrintable(RequestRecord::outcomeName(record->outcome)),
          record->closeCode, record->closeReason.constData(), qPrintable(RequestRecord::sideName(record->closeSide)),
          qPrintable(record->subprotocolNote.isEmpty() ? QString() : QStringLiteral("; ") + record->subprotocolNote));
}

// Incidents 3 and 4: what the page sees when the backend ends or refuses the session.
void tst_Browser::backendCloseReachesPage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonArray>("send");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QVariant>("wasClean"); // null: either

    QTest::newRow("backend closes 4404 after open") << QStringLiteral("/closing") << QJsonArray() << true << 4404
                                                    << QStringLiteral("session unknown") << QVariant(true);
    QTest::newRow("backend connection dropped")
        << QStringLiteral("/dropping") << QJsonArray{QStringLiteral("hello?")} << true << 1014
        << QStringLiteral("backend connection lost") << QVariant(true);
    // Airlock stops forwarding while the page is still sending. If it closed with that input unread, the
    // reset made Chromium's write fail and the page saw 1006 instead. The page may still be in the middle
    // of its message when Airlock's FIN arrives, before it could answer the close: then it is not clean.
    QTest::newRow("backend connection dropped while the page sends")
        << QStringLiteral("/dropping") << QJsonArray{QJsonObject{{QStringLiteral("bytes"), 8 * 1024 * 1024}}} << true
        << 1014 << QStringLiteral("backend connection lost") << QVariant();
    // A page cannot read the HTTP status of a refused upgrade (it would see only 1006), so Airlock completes
    // the upgrade and closes with 4000 + status and a reason.
    QTest::newRow("backend refuses the upgrade with 404")
        << QStringLiteral("/refusing") << QJsonArray() << true << 4404
        << QStringLiteral("backend answered 404 Not Found") << QVariant(true);
}

void tst_Browser::backendCloseReachesPage()
{
    QFETCH(QString, path);
    QFETCH(QJsonArray, send);
    QFETCH(bool, opens);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QVariant, wasClean);

    const qsizetype before = webSocketRecords(path).size();
    QString error;
    QStringList log;
    const QJsonObject seen = runProbe(path, {}, {{QStringLiteral("send"), send}}, &error, &log);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("%s: page saw %s", qPrintable(path), qPrintable(json(seen)));
    for (const QString& entry : std::as_const(log))
        qInfo("  chromium logged: %s", qPrintable(entry));
    QVERIFY2(!seen.value(QLatin1String("timedOut")).toBool(), qPrintable(json(seen)));
    QCOMPARE(seen.value(QLatin1String("opened")).toBool(), opens);
    const QJsonObject close = seen.value(QLatin1String("close")).toObject();
    QCOMPARE(close.value(QLatin1String("code")).toInt(), code);
    QCOMPARE(close.value(QLatin1String("reason")).toString(), reason);
    if (!wasClean.isNull())
        QCOMPARE(close.value(QLatin1String("wasClean")).toBool(), wasClean.toBool());

    const std::optional<RequestRecord> record = waitForWebSocketRecord(path, int(before) + 1);
    QVERIFY(record);
    qInfo("  record: outcome %s, status %d, close %d \"%s\" by %s",
          qPrintable(RequestRecord::outcomeName(record->outcome)), record->httpStatus, record->closeCode,
          record->closeReason.constData(), qPrintable(RequestRecord::sideName(record->closeSide)));
    if (path == QLatin1String("/refusing")) {
        QCOMPARE(record->outcome, RequestRecord::Outcome::BackendRejected);
        QCOMPARE(record->backendStatus, 404);
        QCOMPARE(record->closeSide, RequestRecord::Side::Airlock);
    } else {
        QCOMPARE(record->closeSide, RequestRecord::Side::Backend);
    }
}

// Frames pass through intact: multibyte UTF-8 text and a 1 MiB binary message, both ways.
void tst_Browser::messagesRoundTrip()
{
    const QString text = QStringLiteral("h\u00e9llo w\u00f6rld \u2713 \u65e5\u672c\u8a9e \U0001F680 \u00fc");
    constexpr int size = 1024 * 1024;
    const QString digest = sha256Hex(patternBytes(size));

    const qsizetype before = webSocketRecords(QStringLiteral("/echo")).size();
    QString error;
    const QJsonObject seen =
        runProbe(QStringLiteral("/echo"), {},
                 {{QStringLiteral("send"), QJsonArray{text, QJsonObject{{QStringLiteral("bytes"), size}}}},
                  {QStringLiteral("closeAfter"), 2}},
                 &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!seen.value(QLatin1String("timedOut")).toBool(), qPrintable(json(seen)));
    QVERIFY(seen.value(QLatin1String("opened")).toBool());

    const QJsonArray sent = seen.value(QLatin1String("sent")).toArray();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).toObject().value(QLatin1String("sha256")).toString(), digest); // same bytes as here
    const QJsonArray received = seen.value(QLatin1String("received")).toArray();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("text"));
    QCOMPARE(received.at(0).toObject().value(QLatin1String("data")).toString(), text);
    QCOMPARE(received.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("binary"));
    QCOMPARE(received.at(1).toObject().value(QLatin1String("size")).toInt(), size);
    QCOMPARE(received.at(1).toObject().value(QLatin1String("sha256")).toString(), digest);
    QCOMPARE(seen.value(QLatin1String("close")).toObject().value(QLatin1String("code")).toInt(), 1000);
    qInfo("echo: text of %lld UTF-8 bytes and %d binary bytes came back intact (sha256 %s), extensions \"%s\"",
          qlonglong(text.toUtf8().size()), size, qPrintable(digest.left(16)),
          qPrintable(seen.value(QLatin1String("extensions")).toString()));

    const std::optional<RequestRecord> record = waitForWebSocketRecord(QStringLiteral("/echo"), int(before) + 1);
    QVERIFY(record);
    QCOMPARE(record->messagesFromClient, qint64(2));
    QCOMPARE(record->messagesFromBackend, qint64(2));
    QVERIFY(record->bytesFromClient > size);
    QVERIFY(record->bytesFromBackend > size);
    QCOMPARE(record->closeCode, 1000);
    QCOMPARE(record->closeSide, RequestRecord::Side::Client);
}

// noVNC's side of a tcp:// bridge: the page offers "binary" (as noVNC does), gets the server's greeting,
// and a 12-byte and a 1 MiB binary message come back from the TCP echo service in whatever pieces TCP made.
// Each TCP read becomes one message, so under load the greeting and the first echoed bytes may share one:
// only the concatenated byte stream is compared, never the message boundaries.
void tst_Browser::tcpBridge()
{
    const QByteArray greeting = "RFB 003.008\n";
    constexpr int size = 1024 * 1024;
    const qsizetype before = webSocketRecords(QStringLiteral("/vnc")).size();
    QString error;
    const QJsonObject seen =
        runProbe(QStringLiteral("/vnc"), {QStringLiteral("binary")},
                 {{QStringLiteral("send"), QJsonArray{QJsonObject{{QStringLiteral("bytes"), 12}},
                                                      QJsonObject{{QStringLiteral("bytes"), size}}}},
                  {QStringLiteral("closeAfterBytes"), int(greeting.size()) + 12 + size}},
                 &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!seen.value(QLatin1String("timedOut")).toBool(), qPrintable(json(seen)));
    QVERIFY(seen.value(QLatin1String("opened")).toBool());
    QCOMPARE(seen.value(QLatin1String("protocol")).toString(), QStringLiteral("binary"));
    QCOMPARE(seen.value(QLatin1String("errors")).toInt(), 0);
    const QJsonArray received = seen.value(QLatin1String("received")).toArray();
    QVERIFY(!received.isEmpty());
    QCOMPARE(seen.value(QLatin1String("receivedBytes")).toInt(), int(greeting.size()) + 12 + size);
    QCOMPARE(seen.value(QLatin1String("streamSha256")).toString(),
             sha256Hex(greeting + patternBytes(12) + patternBytes(size)));
    for (const QJsonValue& message : received)
        QCOMPARE(message.toObject().value(QLatin1String("type")).toString(), QStringLiteral("binary"));
    const QJsonObject close = seen.value(QLatin1String("close")).toObject();
    QCOMPARE(close.value(QLatin1String("code")).toInt(), 1000);
    QVERIFY(close.value(QLatin1String("wasClean")).toBool());
    qInfo("tcp bridge: %lld binary messages, %d bytes back, clean close 1000", qlonglong(received.size()),
          seen.value(QLatin1String("receivedBytes")).toInt());

    const std::optional<RequestRecord> record = waitForWebSocketRecord(QStringLiteral("/vnc"), int(before) + 1);
    QVERIFY(record);
    QCOMPARE(record->subprotocol, QByteArray("binary"));
    QCOMPARE(record->closeSide, RequestRecord::Side::Client);
    QCOMPARE(record->bytesFromBackend, qint64(greeting.size() + 12 + size));
}

// Chromium negotiates permessage-deflate and compresses what the page sends: message capture records the
// text the page and the backend meant.
void tst_Browser::capturedDeflateSession()
{
    const QString typed = QStringLiteral("ls -l /var/log && echo done");
    const qsizetype before = webSocketRecords(QStringLiteral("/deflate")).size();
    QString error;
    const QJsonObject seen =
        runProbe(QStringLiteral("/deflate"), {},
                 {{QStringLiteral("send"), QJsonArray{typed}}, {QStringLiteral("closeAfter"), 1}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!seen.value(QLatin1String("timedOut")).toBool(), qPrintable(json(seen)));
    QCOMPARE(seen.value(QLatin1String("extensions")).toString(), QStringLiteral("permessage-deflate"));
    QCOMPARE(seen.value(QLatin1String("received")).toArray().at(0).toObject().value(QLatin1String("data")).toString(),
             QStringLiteral("Hello"));

    const std::optional<RequestRecord> record = waitForWebSocketRecord(QStringLiteral("/deflate"), int(before) + 1);
    QVERIFY(record);
    QCOMPARE(record->extensions, QByteArray("permessage-deflate"));
    QByteArrayList captured;
    for (const CapturedMessage& m : record->messages)
        captured.append(CapturedMessage::typeName(m.type).toLatin1() + ':' + m.data);
    QVERIFY2(captured.contains("send:" + typed.toUtf8()) && captured.contains("receive:Hello"),
             captured.join(" | ").constData());
    QCOMPARE(record->messagesNotCaptured, 0);
    QVERIFY2(m_pageFrameCompressed, "Chromium sent its message uncompressed: the test proves nothing");
}

// What a page reads when the upstream fails (it could not read an HTTP status): the synthetic 101 selects
// its first offer, so the handshake succeeds, and the close carries the code and a reason naming the cause.
// With two offers, the first is selected whether the route fails or strips the offer.
void tst_Browser::failuresReachPage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("protocols");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<QString>("failure"); // the record's failure reason; empty: a normal session

    const QStringList two = {QStringLiteral("tty"), QStringLiteral("binary")};
    QTest::newRow("TLS verification fails")
        << QStringLiteral("/tls-fail") << QStringList() << 1014 << QStringLiteral("backend failed: TLS verification of")
        << QStringLiteral("tls_failed");
    QTest::newRow("TLS fails, two offers")
        << QStringLiteral("/tls-fail") << two << 1014 << QStringLiteral("backend failed: TLS verification of")
        << QStringLiteral("tls_failed");
    QTest::newRow("upstream proxy refuses")
        << QStringLiteral("/proxy-fail") << QStringList() << 1014
        << QStringLiteral("upstream proxy failed: cannot reach proxy") << QStringLiteral("proxy_unreachable");
    QTest::newRow("invalid 101 from the backend")
        << QStringLiteral("/bad-101") << QStringList() << 1014
        << QStringLiteral("backend's 101 answer is not valid: wrong Sec-WebSocket-Accept")
        << QStringLiteral("bad_backend_upgrade");
    QTest::newRow("invalid 101, two offers")
        << QStringLiteral("/bad-101") << two << 1014
        << QStringLiteral("backend's 101 answer is not valid: wrong Sec-WebSocket-Accept")
        << QStringLiteral("bad_backend_upgrade");
    QTest::newRow("backend refuses, two offers")
        << QStringLiteral("/refusing") << two << 4404 << QStringLiteral("backend answered 404 Not Found")
        << QStringLiteral("backend_refused_upgrade");
    QTest::newRow("strip, two offers") << QStringLiteral("/nosub-strip") << two << 1000 << QStringLiteral("done")
                                       << QString();
}

void tst_Browser::failuresReachPage()
{
    QFETCH(QString, path);
    QFETCH(QStringList, protocols);
    QFETCH(int, code);
    QFETCH(QString, reasonPart);
    QFETCH(QString, failure);

    const qsizetype before = webSocketRecords(path).size();
    QString error;
    QStringList log;
    const QJsonObject seen =
        runProbe(path, protocols,
                 {{QStringLiteral("send"), QJsonArray{QStringLiteral("hello")}}, {QStringLiteral("closeAfter"), 1}},
                 &error, &log);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("%s: page saw %s", qPrintable(path), qPrintable(json(seen)));
    QVERIFY2(!seen.value(QLatin1String("timedOut")).toBool(), qPrintable(json(seen)));
    // No handshake failure: the page saw "open", the first offer, and no error event.
    QVERIFY2(seen.value(QLatin1String("opened")).toBool(), qPrintable(log.join(u'\n')));
    QCOMPARE(seen.value(QLatin1String("protocol")).toString(), protocols.value(0));
    QCOMPARE(seen.value(QLatin1String("errors")).toInt(), 0);
    const QJsonObject close = seen.value(QLatin1String("close")).toObject();
    QCOMPARE(close.value(QLatin1String("code")).toInt(), code);
    QVERIFY2(close.value(QLatin1String("reason")).toString().contains(reasonPart), qPrintable(json(close)));
    QVERIFY(close.value(QLatin1String("wasClean")).toBool());

    const std::optional<RequestRecord> record = waitForWebSocketRecord(path, int(before) + 1);
    QVERIFY(record);
    QCOMPARE(record->subprotocol, protocols.value(0).toLatin1());
    QCOMPARE(failure::id(record->failureReason), failure);
    if (!failure.isEmpty()) {
        QCOMPARE(record->closeCode, code);
        QCOMPARE(record->closeSide, RequestRecord::Side::Airlock);
    }
}

// limits.handshakesPerSecond: a page that opens four sockets at once gets 1013 (try again later) with a
// reason on those over the limit, and the others work.
void tst_Browser::rateLimitedPageGets1013()
{
    Config config = ProxyFixture::config({ProxyFixture::route(QStringLiteral("/echo"), m_plainEcho.url())});
    config.limits.handshakesPerSecond = 1;
    ProxyFixture limited(config);
    QVERIFY(limited.start());

    QString error;
    const QString page = m_browser.openPage(m_proxy->httpUrl(QStringLiteral("/app/")), &error);
    QVERIFY2(!page.isEmpty(), qPrintable(error));
    const QJsonObject plan{{QStringLiteral("host"), QStringLiteral("127.0.0.1:%1").arg(limited.port())},
                           {QStringLiteral("send"), QJsonArray{QStringLiteral("hello")}},
                           {QStringLiteral("closeAfter"), 1}};
    const QString one = QStringLiteral("probe('/echo', [], %1)").arg(json(plan));
    const QJsonValue result =
        m_browser.evaluate(page, QStringLiteral("Promise.all([%1, %1, %1, %1])").arg(one), &error, 20000);
    m_browser.closePage(page);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("four sockets at once: %s", qPrintable(json(result)));

    int accepted = 0;
    int limitedCount = 0;
    const QJsonArray seen = result.toArray();
    QCOMPARE(seen.size(), 4);
    for (const QJsonValue& value : seen) {
        const QJsonObject s = value.toObject();
        const QJsonObject close = s.value(QLatin1String("close")).toObject();
        QVERIFY2(s.value(QLatin1String("opened")).toBool(), qPrintable(json(s)));
        QCOMPARE(s.value(QLatin1String("errors")).toInt(), 0);
        if (close.value(QLatin1String("code")).toInt() == 1013) {
            ++limitedCount;
            QCOMPARE(close.value(QLatin1String("reason")).toString(),
                     QStringLiteral("more than 1 WebSocket handshakes per second"));
            QVERIFY(s.value(QLatin1String("received")).toArray().isEmpty());
        } else {
            ++accepted;
            QCOMPARE(close.value(QLatin1String("code")).toInt(), 1000);
            QCOMPARE(s.value(QLatin1String("received")).toArray().size(), 1);
        }
    }
    QVERIFY2(accepted >= 1 && limitedCount >= 1, qPrintable(json(result)));
}

// Per-route origins keep the loopback proxy's reason to exist: an https page may open ws://NAME.localhost
// (potentially trustworthy, like ws://127.0.0.1) without a mixed-content error, while ws:// to another
// host is still blocked on the same page.
void tst_Browser::httpsPageOpensRouteOrigin()
{
    const qsizetype before = webSocketRecords(QStringLiteral("echob")).size();
    QString error;
    const QString page =
        m_browser.openPage(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_httpsPages->serverPort())), &error);
    QVERIFY2(!page.isEmpty(), qPrintable(error));
    const QJsonValue blocked = m_browser.evaluate(
        page,
        QStringLiteral("(() => { try { new WebSocket('ws://airlock-test.invalid:9/'); return 'allowed'; } "
                       "catch (e) { return e.name; } })()"),
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(blocked.toString(), QStringLiteral("SecurityError")); // the page is subject to mixed content
    const QJsonObject plan{{QStringLiteral("host"), QStringLiteral("echob.localhost:%1").arg(m_proxy->port())},
                           {QStringLiteral("send"), QJsonArray{QStringLiteral("over https")}},
                           {QStringLiteral("closeAfter"), 1}};
    const QJsonValue result =
        m_browser.evaluate(page, QStringLiteral("probe('/eb', [], %1)").arg(json(plan)), &error, 15000);
    const QStringList log = m_browser.log(page);
    m_browser.closePage(page);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject seen = result.toObject();
    qInfo("https page -> ws://echob.localhost: %s", qPrintable(json(seen)));
    // The control above is logged as mixed content; the route's socket must not be.
    bool controlLogged = false;
    for (const QString& entry : log) {
        controlLogged = controlLogged || entry.contains(QLatin1String("airlock-test.invalid"));
        QVERIFY2(!entry.contains(QLatin1String("echob.localhost")) ||
                     !entry.contains(QLatin1String("Mixed Content"), Qt::CaseInsensitive),
                 qPrintable(entry));
    }
    QVERIFY2(controlLogged, qPrintable(log.join(u'\n')));
    QVERIFY2(seen.value(QLatin1String("opened")).toBool(), qPrintable(log.join(u'\n')));
    QCOMPARE(seen.value(QLatin1String("errors")).toInt(), 0);
    QCOMPARE(seen.value(QLatin1String("received")).toArray().size(), 1);
    QCOMPARE(seen.value(QLatin1String("close")).toObject().value(QLatin1String("code")).toInt(), 1000);

    const std::optional<RequestRecord> record = waitForWebSocketRecord(QStringLiteral("echob"), int(before) + 1);
    QVERIFY(record);
    QCOMPARE(record->failureReason, FailureReason::None);
    QVERIFY2(record->clientRequestHead.contains("\r\nOrigin: https://127.0.0.1:"),
             record->clientRequestHead.constData());
    QVERIFY2(record->clientRequestHead.contains("\r\nHost: echob.localhost:"), record->clientRequestHead.constData());
}

// A page served through route A is its own origin: it cannot open route B's WebSocket. The page reads a
// 4403 with the reason, and the record names the Origin check.
void tst_Browser::otherRoutesPageCannotOpenItsWebSocket()
{
    const qsizetype before = webSocketRecords(QStringLiteral("echob")).size();
    QString error;
    const QString page =
        m_browser.openPage(QUrl(QStringLiteral("http://pagea.localhost:%1/pa/").arg(m_proxy->port())), &error);
    QVERIFY2(!page.isEmpty(), qPrintable(error));
    const QJsonObject plan{{QStringLiteral("host"), QStringLiteral("echob.localhost:%1").arg(m_proxy->port())},
                           {QStringLiteral("send"), QJsonArray{QStringLiteral("from route A")}},
                           {QStringLiteral("closeAfter"), 1}};
    const QJsonValue result =
        m_browser.evaluate(page, QStringLiteral("probe('/eb', [], %1)").arg(json(plan)), &error, 15000);
    m_browser.closePage(page);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject seen = result.toObject();
    qInfo("route A's page -> route B: %s", qPrintable(json(seen)));
    QVERIFY2(!seen.value(QLatin1String("timedOut")).toBool(), qPrintable(json(seen)));
    QVERIFY(seen.value(QLatin1String("received")).toArray().isEmpty());
    const QJsonObject close = seen.value(QLatin1String("close")).toObject();
    QCOMPARE(close.value(QLatin1String("code")).toInt(), 4403);
    QVERIFY2(close.value(QLatin1String("reason"))
                 .toString()
                 .startsWith(QStringLiteral("origin http://pagea.localhost:%1 is not allowed").arg(m_proxy->port())),
             qPrintable(json(close)));

    const std::optional<RequestRecord> record = waitForWebSocketRecord(QStringLiteral("echob"), int(before) + 1);
    QVERIFY(record);
    QCOMPARE(failure::id(record->failureReason), QStringLiteral("origin_not_allowed"));
    QCOMPARE(record->closeCode, 4403);
}

QTEST_GUILESS_MAIN(tst_Browser)
#include "tst_browser.moc"
