// Plain HTTP through a route: the terminal's page, scripts and API calls.
#include "HttpBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "ScriptedBackend.h"

#include <QPointer>
#include <QTest>

using namespace airlock;

class tst_HttpForwarding : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void getWithContentLength();
    void keepAliveReusesBothConnections();
    void idleBackendThatTalksIsNotReused_data();
    void idleBackendThatTalksIsNotReused();
    void pipelinedRequests();
    void chunkedResponsePassesVerbatim();
    void chunkedRequestBody();
    void contentLengthRequestBody();
    void responseUntilClose();
    void headResponseHasNoBody();
    void largeResponse();
    void expectContinue();
    void connectionCloseFromClient();
    void smugglingShapesRefused();
    void malformedChunkLineNotForwarded();
    void ambiguousResponseLengthIs502();
    void http10ClientGetsNoInterimAndNoChunks();

private:
    std::unique_ptr<HttpBackend> m_backend;
    std::unique_ptr<ProxyFixture> m_proxy;
};

void tst_HttpForwarding::init()
{
    m_backend = std::make_unique<HttpBackend>();
    QVERIFY(m_backend->listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/app"), m_backend->url(QStringLiteral("/")));
    route.forwardCookies = true; // the backend's Set-Cookie passes as it is (tst_routeisolation: the default)
    m_proxy = std::make_unique<ProxyFixture>(ProxyFixture::config({route}));
    QVERIFY(m_proxy->start());
}

void tst_HttpForwarding::cleanup()
{
    m_proxy.reset();
    m_backend.reset();
}

void tst_HttpForwarding::getWithContentLength()
{
    RawClient raw(m_proxy->port());
    raw.send("GET /app/index.html?v=2 HTTP/1.1\r\nHost: localhost:8765\r\n\r\n");
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 200);
    QVERIFY(response.endsWith("path=/index.html?v=2"));
    QVERIFY(response.contains("Set-Cookie: a=b\r\n"));
    const QByteArray request = m_backend->requests().value(0);
    QVERIFY2(request.startsWith("GET /index.html?v=2 HTTP/1.1\r\n"), request.constData());
    QVERIFY(request.contains(QStringLiteral("Host: 127.0.0.1:%1\r\n").arg(m_backend->url().port()).toLatin1()));
    QVERIFY(request.contains("X-Forwarded-Host: localhost:8765\r\n"));
    QVERIFY(m_proxy->waitForRecords(1));
    QCOMPARE(m_proxy->records().size(), 1);
    QCOMPARE(m_proxy->lastRecord().outcome, RequestRecord::Outcome::Forwarded);
    QCOMPARE(m_proxy->lastRecord().httpStatus, 200);
}

void tst_HttpForwarding::keepAliveReusesBothConnections()
{
    RawClient raw(m_proxy->port());
    for (int i = 0; i < 5; ++i) {
        raw.clear();
        raw.send("GET /app/n" + QByteArray::number(i) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const QByteArray response = raw.readResponse();
        QVERIFY(response.endsWith(QByteArray("path=/n" + QByteArray::number(i))));
        QVERIFY(!response.contains("Connection: close"));
    }
    QVERIFY(raw.isConnected());
    QCOMPARE(m_backend->connections(), 1);
    QVERIFY(m_proxy->waitForRecords(5));
}

void tst_HttpForwarding::idleBackendThatTalksIsNotReused_data()
{
    QTest::addColumn<QByteArray>("stray"); // what the backend sends between two exchanges

    QTest::newRow("a response nobody asked for") << ScriptedBackend::response(200, "OK", "stray");
    QTest::newRow("garbage") << QByteArray("x");
}

// Bytes from a kept-alive backend between two exchanges belong to no request: the connection is dropped at
// once, and the next request goes out on a new one rather than take those bytes for its answer.
void tst_HttpForwarding::idleBackendThatTalksIsNotReused()
{
    QFETCH(QByteArray, stray);

    QPointer<QTcpSocket> first;
    ScriptedBackend backend([&](QTcpSocket* s, const HttpHead& request) {
        if (!first)
            first = s;
        s->write(ScriptedBackend::response(200, "OK", request.target));
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(
        ProxyFixture::config({ProxyFixture::route(QStringLiteral("/page"), backend.url(QStringLiteral("http")))}));
    QVERIFY(proxy.start());

    RawClient raw(proxy.port());
    raw.send("GET /page/one HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(raw.readResponse().endsWith("/one"));
    QVERIFY(first);
    first->write(stray);
    QTRY_VERIFY_WITH_TIMEOUT(first->state() == QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(raw.isConnected()); // only the backend leg went

    raw.clear();
    raw.send("GET /page/two HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 200);
    QVERIFY2(response.endsWith("/two"), response.constData());
    QCOMPARE(backend.connections(), 2);
    QVERIFY(proxy.waitForRecords(2));
}

void tst_HttpForwarding::pipelinedRequests()
{
    RawClient raw(m_proxy->port());
    raw.send("GET /app/one HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /app/two HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray both = raw.readUntil("path=/two");
    QVERIFY(both.indexOf("path=/one") < both.indexOf("path=/two"));
}

void tst_HttpForwarding::chunkedResponsePassesVerbatim()
{
    RawClient raw(m_proxy->port());
    raw.send("GET /app/chunked HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray response = raw.readUntil("0\r\n\r\n");
    QVERIFY(response.contains("Transfer-Encoding: chunked\r\n"));
    QVERIFY(response.endsWith("\r\n\r\n5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n"));
    // The connection stays usable after a chunked response.
    raw.clear();
    raw.send("GET /app/after HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(raw.readResponse().endsWith("path=/after"));
}

void tst_HttpForwarding::chunkedRequestBody()
{
    RawClient raw(m_proxy->port());
    raw.send("POST /app/echo-body HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
             "4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n");
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 200);
    QVERIFY(response.endsWith("4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n"));
}

void tst_HttpForwarding::contentLengthRequestBody()
{
    RawClient raw(m_proxy->port());
    const QByteArray body(100000, 'x');
    raw.send("POST /app/echo-body HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n" + body);
    const QByteArray response = raw.readResponse();
    QVERIFY(response.endsWith(body));
    raw.clear();
    raw.send("GET /app/next HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(raw.readResponse().endsWith("path=/next"));
}

void tst_HttpForwarding::responseUntilClose()
{
    RawClient raw(m_proxy->port());
    raw.send("GET /app/close HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(raw.waitForClose());
    QVERIFY(raw.received().endsWith("until close"));
    QVERIFY(raw.received().contains("Connection: close\r\n"));
}

void tst_HttpForwarding::headResponseHasNoBody()
{
    RawClient raw(m_proxy->port());
    raw.send("HEAD /app/head HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /app/after HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray got = raw.readUntil("path=/after");
    QVERIFY(got.contains("Content-Length: 1234\r\n"));
    QVERIFY(got.contains("\r\n\r\nHTTP/1.1 200 OK"));
}

void tst_HttpForwarding::largeResponse()
{
    RawClient raw(m_proxy->port());
    raw.send("GET /app/big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray response = raw.readResponse(20000);
    QVERIFY(response.endsWith(QByteArray(4 << 20, 'b')));
}

void tst_HttpForwarding::expectContinue()
{
    ScriptedBackend backend([](QTcpSocket* s, const HttpHead&) {
        s->write("HTTP/1.1 100 Continue\r\n\r\n");
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
            if (s->bytesAvailable() >= 3)
                s->write(ScriptedBackend::response(201, "Created", "got " + s->readAll()));
        });
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(
        ProxyFixture::config({ProxyFixture::route(QStringLiteral("/c"), backend.url(QStringLiteral("http")))}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send("PUT /c HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n");
    QVERIFY(raw.readUntil("\r\n\r\n").startsWith("HTTP/1.1 100 Continue\r\n"));
    raw.send("abc");
    QVERIFY(raw.readUntil("got abc").contains("HTTP/1.1 201 Created"));
}

void tst_HttpForwarding::connectionCloseFromClient()
{
    RawClient raw(m_proxy->port());
    raw.send("GET /app/x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QVERIFY(raw.waitForClose());
    QVERIFY(raw.received().contains("Connection: close\r\n"));
    QVERIFY(raw.received().endsWith("path=/x"));
}

void tst_HttpForwarding::smugglingShapesRefused()
{
    RawClient raw(m_proxy->port());
    raw.send("POST /app/x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
             "0\r\n\r\n");
    QCOMPARE(RawClient::statusOf(raw.readResponse()), 400);
    QCOMPARE(m_backend->connections(), 0);
}

// "5 6" as a chunk size: one parser would read 5, another refuse it. Airlock refuses it (400) and the backend
// gets the body up to that line, never the line itself.
void tst_HttpForwarding::malformedChunkLineNotForwarded()
{
    QByteArray body;
    ScriptedBackend backend([&body](QTcpSocket* s, const HttpHead&) {
        body += s->readAll();
        QObject::connect(s, &QTcpSocket::readyRead, s, [s, &body] { body += s->readAll(); });
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(
        ProxyFixture::config({ProxyFixture::route(QStringLiteral("/c"), backend.url(QStringLiteral("http")))}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send("POST /c HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
             "5\r\nhello\r\n5 6\r\nworld\r\n0\r\n\r\n");
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 400);
    QVERIFY2(response.contains("X-Airlock-Error: bad_request_body\r\n"), response.constData());
    QVERIFY2(response.endsWith("invalid chunk size line\n"), response.constData());
    QVERIFY(raw.waitForClose());
    QCOMPARE(backend.requests().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(body, QByteArray("5\r\nhello\r\n"), 5000);
}

// "Content-Length: 5, 5" from the backend: forwarded as written, the client might read it differently than
// Airlock did, so the client gets a 502 and nothing of that response.
void tst_HttpForwarding::ambiguousResponseLengthIs502()
{
    ScriptedBackend backend([](QTcpSocket* s, const HttpHead&) {
        s->write("HTTP/1.1 200 OK\r\nContent-Length: 5, 5\r\nX-From-Backend: 1\r\n\r\nhello");
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(
        ProxyFixture::config({ProxyFixture::route(QStringLiteral("/c"), backend.url(QStringLiteral("http")))}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send("GET /c HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray response = raw.readResponse();
    QCOMPARE(RawClient::statusOf(response), 502);
    QVERIFY2(response.contains("X-Airlock-Error: bad_backend_response\r\n"), response.constData());
    QVERIFY2(response.contains("multiple Content-Length values"), response.constData());
    QVERIFY(!response.contains("X-From-Backend"));
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(proxy.lastRecord().httpStatus, 502);
}

// An HTTP/1.0 client knows neither interim responses nor chunked bodies: it gets the final head without
// Transfer-Encoding, the chunk data as the body, and the end of the connection as its end.
void tst_HttpForwarding::http10ClientGetsNoInterimAndNoChunks()
{
    ScriptedBackend backend([](QTcpSocket* s, const HttpHead&) {
        s->write("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
                 "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n"
                 "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Sum: 1\r\n\r\n");
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(
        ProxyFixture::config({ProxyFixture::route(QStringLiteral("/c"), backend.url(QStringLiteral("http")))}));
    QVERIFY(proxy.start());
    RawClient raw(proxy.port());
    raw.send("GET /c HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n");
    QVERIFY(raw.waitForClose());
    const QByteArray response = raw.received();
    QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
    QVERIFY2(!response.contains(" 100 ") && !response.contains(" 103 "), response.constData());
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    const QByteArray head = response.left(headEnd + 4);
    QVERIFY2(!head.contains("Transfer-Encoding"), head.constData());
    QVERIFY2(!head.contains("Trailer"), head.constData());
    QVERIFY2(head.contains("Connection: close\r\n"), head.constData());
    QCOMPARE(response.mid(headEnd + 4), QByteArray("hello world"));
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(proxy.lastRecord().outcome, RequestRecord::Outcome::Forwarded);
}

QTEST_GUILESS_MAIN(tst_HttpForwarding)
#include "tst_httpforwarding.moc"
