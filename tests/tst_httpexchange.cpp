// HttpExchange on its own, between two real socket pairs on 127.0.0.1: the test plays the HTTP client on
// one and the backend on the other, and reads what the exchange forwarded and how it said it ended.
#include "http/HttpHeadParser.h"
#include "proxy/HttpExchange.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace airlock;

namespace {

// Two connected sockets: `inner` is the one the exchange uses, `outer` the test's end of the line.
struct Line
{
    QTcpServer server;
    QTcpSocket outer;
    std::unique_ptr<QTcpSocket> inner;
    QByteArray received; // what arrived at `outer`
    bool closed = false; // `outer` saw the other end close

    bool open()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return false;
        QObject::connect(&outer, &QTcpSocket::readyRead, [this] { received += outer.readAll(); });
        QObject::connect(&outer, &QTcpSocket::disconnected, [this] { closed = true; });
        outer.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!server.waitForNewConnection(10000) || !outer.waitForConnected(10000))
            return false;
        inner.reset(server.nextPendingConnection());
        inner->setParent(nullptr);
        return inner != nullptr;
    }
};

struct Request
{
    HttpHead head;
    QByteArray afterHead; // bytes the client sent after its head
};

Request parseRequest(const QByteArray& bytes)
{
    HttpHeadParser parser(HttpHeadParser::Kind::Request);
    const qsizetype used = parser.feed(bytes);
    return {parser.takeHead(), bytes.mid(used)};
}

HttpExchange::Settings settingsFor(const HttpHead& request, int responseTimeoutMs = 10000, int idleMs = 0)
{
    HttpExchange::Settings settings;
    settings.method = request.method;
    settings.requestVersionMinor = request.versionMinor;
    settings.requestFraming = BodyFraming::forRequest(request);
    settings.clientKeepAlive = true;
    settings.responseTimeoutMs = responseTimeoutMs;
    settings.idleMs = idleMs;
    return settings;
}

} // namespace

class tst_HttpExchange : public QObject
{
    Q_OBJECT

private slots:
    void forwardsBothBodies_data();
    void forwardsBothBodies();
    void keepsConnectionsForTheNextExchange();
    void failure_data();
    void failure();
    void forwardsARefusedUpgrade();
};

void tst_HttpExchange::forwardsBothBodies_data()
{
    QTest::addColumn<QByteArray>("request");   // what the client sends, head first
    QTest::addColumn<QByteArray>("body");      // the request body as the backend must get it (framing included)
    QTest::addColumn<QByteArray>("response");  // what the backend answers
    QTest::addColumn<QByteArray>("forwarded"); // the response body the client must get
    QTest::addColumn<bool>("reusable");        // both connections may carry another exchange

    const QByteArray chunked("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
    QTest::newRow("Content-Length both ways")
        << QByteArray("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world")
        << QByteArray("hello world") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nfine")
        << QByteArray("fine") << true;
    QTest::newRow("chunked both ways")
        << QByteArray("POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked) << chunked
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked) << chunked << true;
    QTest::newRow("no request body, response until close")
        << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray()
        << QByteArray("HTTP/1.1 200 OK\r\n\r\nuntil the end") << QByteArray("until the end") << false;
}

void tst_HttpExchange::forwardsBothBodies()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, response);
    QFETCH(QByteArray, forwarded);
    QFETCH(bool, reusable);

    Line client;
    Line backend;
    QVERIFY(client.open());
    QVERIFY(backend.open());

    // The head has gone to the backend; the body comes in two parts: one already read, one still on the way.
    const Request parsed = parseRequest(request);
    const qsizetype split = parsed.afterHead.size() / 2;
    HttpExchange exchange(client.inner.get(), backend.inner.get(), settingsFor(parsed.head), nullptr);
    QSignalSpy completed(&exchange, &HttpExchange::completed);
    QSignalSpy failed(&exchange, &HttpExchange::failed);
    exchange.start(parsed.afterHead.left(split));
    client.outer.write(parsed.afterHead.mid(split));
    QTRY_COMPARE_WITH_TIMEOUT(backend.received, body, 10000);

    backend.outer.write(response);
    if (!reusable)
        backend.outer.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 10000);
    QCOMPARE(failed.size(), 0);
    // Written to the client's socket when it completed; the test's end reads it a little later.
    QTRY_VERIFY2_WITH_TIMEOUT(client.received.endsWith(QByteArray("\r\n\r\n" + forwarded)), client.received.constData(),
                              10000);
    QVERIFY2(client.received.startsWith("HTTP/1.1 200 OK\r\n"), client.received.constData());
    QCOMPARE(client.received.contains("Connection: close\r\n"), !reusable);
    QCOMPARE(exchange.backendReusable(), reusable);
    QCOMPARE(exchange.clientReusable(), reusable);
    QCOMPARE(exchange.bytesFromClient(), qint64(body.size()));
    QCOMPARE(exchange.bytesFromBackend(), qint64(forwarded.size()));
}

// One exchange after the other on the same two connections; the client's next request arrived with the
// first body and is handed back, not forwarded.
void tst_HttpExchange::keepsConnectionsForTheNextExchange()
{
    Line client;
    Line backend;
    QVERIFY(client.open());
    QVERIFY(backend.open());
    const QByteArray next("GET /second HTTP/1.1\r\nHost: x\r\n\r\n");

    for (int round = 1; round <= 2; ++round) {
        const Request parsed = parseRequest("POST /first HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc" +
                                            (round == 1 ? next : QByteArray()));
        HttpExchange exchange(client.inner.get(), backend.inner.get(), settingsFor(parsed.head), nullptr);
        QSignalSpy completed(&exchange, &HttpExchange::completed);
        exchange.start(parsed.afterHead);
        QTRY_COMPARE_WITH_TIMEOUT(backend.received, QByteArray("abc"), 10000);
        backend.outer.write("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            client.received, QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"),
            10000);
        QVERIFY(exchange.backendReusable());
        QVERIFY(exchange.clientReusable());
        QCOMPARE(exchange.takeClientRemainder(), round == 1 ? next : QByteArray());
        client.received.clear();
        backend.received.clear();
    }
    QVERIFY(!client.closed);
    QVERIFY(!backend.closed);
}

void tst_HttpExchange::failure_data()
{
    QTest::addColumn<QByteArray>("answer");       // what the backend writes
    QTest::addColumn<QString>("then");            // "wait", "backend closes" or "client closes"
    QTest::addColumn<QString>("reason");          // the failure's reason id
    QTest::addColumn<int>("close");               // HttpExchange::Failure::Close
    QTest::addColumn<int>("status");              // for Close::Answer
    QTest::addColumn<QByteArray>("clientPrefix"); // what the client got before the failure

    using Close = HttpExchange::Failure::Close;
    const QByteArray partial("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
    QTest::newRow("silent backend: response_timeout")
        << QByteArray() << "wait"
        << "response_timeout" << int(Close::Answer) << 504 << QByteArray();
    QTest::newRow("half a head, backend closes: backend_closed")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << "backend closes"
        << "backend_closed" << int(Close::Answer) << 502 << QByteArray();
    QTest::newRow("malformed head: bad_backend_response")
        << QByteArray("HTTP/1.1 abc\r\n\r\n") << "wait"
        << "bad_backend_response" << int(Close::Answer) << 502 << QByteArray();
    QTest::newRow("101 to a plain request: bad_backend_response")
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << "wait"
        << "bad_backend_response" << int(Close::Answer) << 502 << QByteArray();
    QTest::newRow("stalled body: idle_timeout")
        << partial << "wait"
        << "idle_timeout" << int(Close::Abort) << 0 << QByteArray("HTTP/1.1 200 OK\r\n");
    QTest::newRow("body cut short: backend_closed")
        << partial << "backend closes"
        << "backend_closed" << int(Close::Flush) << 0 << QByteArray("HTTP/1.1 200 OK\r\n");
    QTest::newRow("client gone mid-body: client_gone")
        << partial << "client closes"
        << "client_gone" << int(Close::Abort) << 0 << QByteArray("HTTP/1.1 200 OK\r\n");
    QTest::newRow("malformed chunked body: bad_backend_response")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << "wait"
        << "bad_backend_response" << int(Close::Flush) << 0 << QByteArray("HTTP/1.1 200 OK\r\n");
}

void tst_HttpExchange::failure()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, then);
    QFETCH(QString, reason);
    QFETCH(int, close);
    QFETCH(int, status);
    QFETCH(QByteArray, clientPrefix);

    Line client;
    Line backend;
    QVERIFY(client.open());
    QVERIFY(backend.open());
    const Request parsed = parseRequest("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
    HttpExchange exchange(client.inner.get(), backend.inner.get(), settingsFor(parsed.head, 300, 300), nullptr);
    QSignalSpy completed(&exchange, &HttpExchange::completed);
    QSignalSpy failed(&exchange, &HttpExchange::failed);
    exchange.start({});
    backend.outer.write(answer);
    if (!clientPrefix.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(client.received.startsWith(clientPrefix), 10000);
    if (then == QLatin1String("backend closes"))
        backend.outer.disconnectFromHost();
    else if (then == QLatin1String("client closes"))
        client.outer.disconnectFromHost();

    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const auto failure = failed.at(0).at(0).value<HttpExchange::Failure>();
    QCOMPARE(failure::id(failure.reason), reason);
    QCOMPARE(int(failure.close), close);
    QCOMPARE(failure.status, status);
    QCOMPARE(failure.outcome, reason == QLatin1String("client_gone") ? RequestRecord::Outcome::ClientGone
                                                                     : RequestRecord::Outcome::UpstreamFailed);
    QCOMPARE(exchange.responseStarted(), !clientPrefix.isEmpty());
    QVERIFY(client.received.startsWith(clientPrefix));
    QCOMPARE(completed.size(), 0);
    // It said so once and leaves both sockets to its owner: late backend bytes stay unread in the socket.
    if (then != QLatin1String("backend closes")) {
        backend.outer.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(backend.inner->bytesAvailable() > 0, 10000);
    }
    QCOMPARE(failed.size(), 1);
    QCOMPARE(completed.size(), 0);
}

// An upgrade the backend answered with 404: the answer reaches the client, whose connection closes after it.
void tst_HttpExchange::forwardsARefusedUpgrade()
{
    Line client;
    Line backend;
    QVERIFY(client.open());
    QVERIFY(backend.open());
    HttpHeadParser parser(HttpHeadParser::Kind::Response);
    parser.feed("HTTP/1.1 404 Not Found\r\nContent-Length: 7\r\nConnection: keep-alive\r\n\r\n");
    const Request parsed =
        parseRequest("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
    HttpExchange exchange(client.inner.get(), backend.inner.get(), settingsFor(parsed.head), nullptr);
    QSignalSpy completed(&exchange, &HttpExchange::completed);
    QSignalSpy sent(&exchange, &HttpExchange::responseHeadSent);
    exchange.startWithResponse(parser.takeHead(), "no");
    backend.outer.write(" such");
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        client.received, QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 7\r\nConnection: close\r\n\r\nno such"),
        10000);
    QCOMPARE(sent.size(), 1);
    QVERIFY(!exchange.clientReusable());
    QVERIFY(exchange.backendReusable());
}

QTEST_GUILESS_MAIN(tst_HttpExchange)
#include "tst_httpexchange.moc"
