#include "http/HeaderPolicy.h"

#include "HeaderLines.h"

#include <QTest>
#include <QUuid>

using namespace airlock;

class tst_HeaderPolicy : public QObject
{
    Q_OBJECT

private slots:
    void removeHopByHop_data();
    void removeHopByHop();
    void addForwarded_data();
    void addForwarded();
    void ensureRequestId_data();
    void ensureRequestId();
    void applyRoute_data();
    void applyRoute();
};

using airlock::test::injected;

void tst_HeaderPolicy::removeHopByHop_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("end-to-end headers keep their order and spelling")
        << QByteArray("Host: a|X-B: 1|Accept: */*") << QByteArray("Host: a|X-B: 1|Accept: */*");
    QTest::newRow("fixed hop-by-hop set")
        << QByteArray("Host: a|Keep-Alive: 5|Proxy-Connection: keep-alive|TE: trailers|Upgrade: websocket|"
                      "Proxy-Authorization: Basic eDp5|Proxy-Authenticate: Basic|Accept: */*")
        << QByteArray("Host: a|Accept: */*");
    QTest::newRow("Connection and the headers it names")
        << QByteArray("Connection: close, X-Private|X-Private: 1|x-private: 2|X-Public: 3")
        << QByteArray("X-Public: 3");
    QTest::newRow("several Connection headers")
        << QByteArray("connection: X-A|CONNECTION: x-b|X-A: 1|X-B: 2|X-C: 3") << QByteArray("X-C: 3");
    QTest::newRow("Transfer-Encoding and Trailer kept")
        << QByteArray("Transfer-Encoding: chunked|Trailer: X-Sum|Connection: keep-alive")
        << QByteArray("Transfer-Encoding: chunked|Trailer: X-Sum");
    QTest::newRow("Connection cannot remove Host or framing")
        << QByteArray("Host: a|Content-Length: 4|Transfer-Encoding: chunked|Trailer: X|"
                      "Connection: Host, Content-Length, Transfer-Encoding, Trailer")
        << QByteArray("Host: a|Content-Length: 4|Transfer-Encoding: chunked|Trailer: X");
    QTest::newRow("WebSocket upgrade headers beside Upgrade stay")
        << QByteArray("Connection: Upgrade|Upgrade: websocket|Sec-WebSocket-Key: k|Sec-WebSocket-Version: 13")
        << QByteArray("Sec-WebSocket-Key: k|Sec-WebSocket-Version: 13");
}

void tst_HeaderPolicy::removeHopByHop()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    HttpHeaders headers = airlock::test::headersFromLines(input);
    HeaderPolicy::removeHopByHop(headers);
    QCOMPARE(airlock::test::linesFromHeaders(headers), expected);
}

void tst_HeaderPolicy::addForwarded_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("clientAddress");
    QTest::addColumn<QByteArray>("clientHost");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("first hop") << QByteArray("Host: 127.0.0.1:8765") << QStringLiteral("127.0.0.1")
                               << QByteArray("127.0.0.1:8765")
                               << QByteArray("Host: 127.0.0.1:8765|X-Forwarded-For: 127.0.0.1|X-Forwarded-Proto: http|"
                                             "X-Forwarded-Host: 127.0.0.1:8765");
    QTest::newRow("existing X-Forwarded-For list is extended")
        << QByteArray("X-Forwarded-For: 203.0.113.7, 10.0.0.1|x-forwarded-for: 10.0.0.2") << QStringLiteral("::1")
        << QByteArray("localhost:8765")
        << QByteArray("X-Forwarded-For: 203.0.113.7, 10.0.0.1, 10.0.0.2, ::1|X-Forwarded-Proto: http|"
                      "X-Forwarded-Host: localhost:8765");
    QTest::newRow("client's proto and host are replaced, Forwarded untouched")
        << QByteArray("X-Forwarded-Proto: https|X-Forwarded-Host: evil.example|Forwarded: for=192.0.2.1")
        << QStringLiteral("127.0.0.1") << QByteArray("localhost")
        << QByteArray("Forwarded: for=192.0.2.1|X-Forwarded-For: 127.0.0.1|X-Forwarded-Proto: http|"
                      "X-Forwarded-Host: localhost");
    QTest::newRow("no client Host: no X-Forwarded-Host")
        << QByteArray("X-Forwarded-Host: evil.example") << QStringLiteral("127.0.0.1") << QByteArray()
        << QByteArray("X-Forwarded-For: 127.0.0.1|X-Forwarded-Proto: http");
}

void tst_HeaderPolicy::addForwarded()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, clientAddress);
    QFETCH(QByteArray, clientHost);
    QFETCH(QByteArray, expected);

    HttpHeaders headers = airlock::test::headersFromLines(input);
    HeaderPolicy::addForwarded(headers, clientAddress, clientHost);
    QCOMPARE(airlock::test::linesFromHeaders(headers), expected);
}

void tst_HeaderPolicy::ensureRequestId_data()
{
    QTest::addColumn<QByteArrayList>("clientIds");
    QTest::addColumn<bool>("kept");

    QTest::newRow("absent") << QByteArrayList{} << false;
    QTest::newRow("visible ASCII kept") << QByteArrayList{"req-42_a.b:c"} << true;
    QTest::newRow("one char kept") << QByteArrayList{"x"} << true;
    QTest::newRow("128 chars kept") << QByteArrayList{QByteArray(128, 'a')} << true;
    QTest::newRow("129 chars replaced") << QByteArrayList{QByteArray(129, 'a')} << false;
    QTest::newRow("empty replaced") << QByteArrayList{QByteArray()} << false;
    QTest::newRow("space replaced") << QByteArrayList{"a b"} << false;
    QTest::newRow("control char replaced") << QByteArrayList{"a\tb"} << false;
    QTest::newRow("non-ASCII replaced") << QByteArrayList{"caf\xc3\xa9"} << false;
    QTest::newRow("two ids replaced") << QByteArrayList{"a", "b"} << false;
}

void tst_HeaderPolicy::ensureRequestId()
{
    QFETCH(QByteArrayList, clientIds);
    QFETCH(bool, kept);

    HttpHeaders headers;
    headers.append("Host", "a");
    for (const QByteArray& id : clientIds)
        headers.append("x-request-id", id);

    const QByteArray id = HeaderPolicy::ensureRequestId(headers);
    QCOMPARE(headers.count("X-Request-Id"), 1);
    QCOMPARE(headers.value("X-Request-Id"), id);
    if (kept) {
        QCOMPARE(id, clientIds.first());
    } else {
        QCOMPARE(id.size(), 36);
        QVERIFY(!id.startsWith('{'));
        QVERIFY(!QUuid::fromString(QLatin1String(id)).isNull());
    }
    QCOMPARE(headers.value("Host"), QByteArray("a"));
}

void tst_HeaderPolicy::applyRoute_data()
{
    QTest::addColumn<QList<QByteArray>>("strip");
    QTest::addColumn<QList<InjectedHeader>>("inject");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray client("Host: a|Authorization: Basic eDp5|Cookie: s=1|X-Terminal-Token: forged|Accept: */*");

    QTest::newRow("no rules: unchanged") << QList<QByteArray>{} << QList<InjectedHeader>{} << client << client;
    QTest::newRow("strip only keeps the rest")
        << QList<QByteArray>{"cookie", "accept"} << QList<InjectedHeader>{} << client
        << QByteArray("Host: a|Authorization: Basic eDp5|X-Terminal-Token: forged");
    QTest::newRow("inject replaces client credentials and same-named headers")
        << QList<QByteArray>{} << QList<InjectedHeader>{injected("x-terminal-token", "real", true)} << client
        << QByteArray("Host: a|Accept: */*|x-terminal-token: real");
    QTest::newRow("inject several, kept in route order")
        << QList<QByteArray>{"accept"}
        << QList<InjectedHeader>{injected("Authorization", "Bearer t"), injected("X-Env", "prod")} << client
        << QByteArray("Host: a|X-Terminal-Token: forged|Authorization: Bearer t|X-Env: prod");
    QTest::newRow("injected name matches case-insensitively")
        << QList<QByteArray>{} << QList<InjectedHeader>{injected("x-env", "prod")}
        << QByteArray("X-ENV: dev|x-Env: test|Host: a") << QByteArray("Host: a|x-env: prod");
}

void tst_HeaderPolicy::applyRoute()
{
    QFETCH(QList<QByteArray>, strip);
    QFETCH(QList<InjectedHeader>, inject);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    HttpHeaders headers = airlock::test::headersFromLines(input);
    HeaderPolicy::applyRoute(headers, strip, inject);
    QCOMPARE(airlock::test::linesFromHeaders(headers), expected);
}

QTEST_GUILESS_MAIN(tst_HeaderPolicy)
#include "tst_headerpolicy.moc"
