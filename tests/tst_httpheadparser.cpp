#include "http/HttpHeadParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace airlock;

Q_DECLARE_METATYPE(airlock::HttpHeadParser::Kind)

class tst_HttpHeadParser : public QObject
{
    Q_OBJECT

private slots:
    void validRequests_data();
    void validRequests();
    void badRequests_data();
    void badRequests();
    void splitAnywhere();
    void stopsAtHeadEnd();
    void limitsAreEnforcedBeforeTheHeadEnds();
    void verdictDoesNotDependOnReads_data();
    void verdictDoesNotDependOnReads();
    void responses_data();
    void responses();
    void headerAccessors();
};

void tst_HttpHeadParser::validRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("headerCount");

    QTest::newRow("simple GET") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("GET")
                                << QByteArray("/") << 1 << 1;
    QTest::newRow("HTTP/1.0 no headers") << QByteArray("GET /x HTTP/1.0\r\n\r\n") << QByteArray("GET")
                                         << QByteArray("/x") << 0 << 0;
    QTest::newRow("query kept") << QByteArray("GET /a/b?c=d&e HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("GET")
                                << QByteArray("/a/b?c=d&e") << 1 << 1;
    QTest::newRow("bare LF line ends") << QByteArray("GET / HTTP/1.1\nHost: a\nX: y\n\n") << QByteArray("GET")
                                       << QByteArray("/") << 1 << 2;
    QTest::newRow("leading empty lines skipped") << QByteArray("\r\n\r\nPOST /p HTTP/1.1\r\nHost: a\r\n\r\n")
                                                 << QByteArray("POST") << QByteArray("/p") << 1 << 1;
    QTest::newRow("whitespace around value")
        << QByteArray("GET / HTTP/1.1\r\nHost: \t a \t\r\n\r\n") << QByteArray("GET") << QByteArray("/") << 1 << 1;
    QTest::newRow("empty header value") << QByteArray("GET / HTTP/1.1\r\nX-Empty:\r\n\r\n") << QByteArray("GET")
                                        << QByteArray("/") << 1 << 1;
    QTest::newRow("obs-text in value") << QByteArray("GET / HTTP/1.1\r\nX: caf\xc3\xa9\r\n\r\n") << QByteArray("GET")
                                       << QByteArray("/") << 1 << 1;
}

void tst_HttpHeadParser::validRequests()
{
    QFETCH(QByteArray, raw);
    HttpHeadParser parser(HttpHeadParser::Kind::Request);
    QCOMPARE(parser.feed(raw), raw.size());
    QVERIFY2(parser.isComplete(), qPrintable(parser.errorDetail()));
    QTEST(parser.head().method, "method");
    QTEST(parser.head().target, "target");
    QTEST(parser.head().versionMinor, "minor");
    QTEST(parser.head().headers.size(), "headerCount");
}

void tst_HttpHeadParser::badRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");

    QTest::newRow("no target") << QByteArray("GET HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("extra space in request line") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("method with slash") << QByteArray("G/T / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
    QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n") << 400;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nJunk\r\n\r\n") << 400;
    QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\n: v\r\n\r\n") << 400;
    static const char withNul[] = "GET / HTTP/1.1\r\nX: a\0b\r\n\r\n";
    QTest::newRow("NUL in value") << QByteArray(withNul, sizeof(withNul) - 1) << 400;
    QTest::newRow("bare CR in value") << QByteArray("GET / HTTP/1.1\r\nX: a\rb\r\n\r\n") << 400;
    QTest::newRow("control char in target") << QByteArray("GET /\x01 HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("request line too long")
        << (QByteArray("GET /") + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n") << 414;
    QTest::newRow("head too large") << (QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(17000, 'a') + "\r\n\r\n")
                                    << 431;
    QByteArray many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 200; ++i)
        many += "X" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("too many header fields") << many + "\r\n" << 431;
}

void tst_HttpHeadParser::badRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    HttpHeadParser parser(HttpHeadParser::Kind::Request);
    parser.feed(raw);
    QVERIFY(parser.hasError());
    QCOMPARE(parser.errorStatus(), status);
    QVERIFY(!parser.errorDetail().isEmpty());
    QCOMPARE(parser.feed("more"), 0);
}

void tst_HttpHeadParser::splitAnywhere()
{
    const QByteArray raw = "GET /split?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nUpgrade: websocket\r\n"
                           "Connection: Upgrade\r\n\r\nFRAMEBYTES";
    for (int split = 1; split < raw.size(); ++split) {
        HttpHeadParser parser(HttpHeadParser::Kind::Request);
        qsizetype used = parser.feed(QByteArrayView(raw).first(split));
        if (!parser.isComplete())
            used += parser.feed(QByteArrayView(raw).sliced(split));
        QVERIFY2(parser.isComplete(), qPrintable(QString::number(split)));
        QCOMPARE(raw.mid(used), QByteArray("FRAMEBYTES"));
        QCOMPARE(parser.head().headers.value("upgrade"), QByteArray("websocket"));
    }
    // Random chunking, byte soup included.
    QRandomGenerator rng(42);
    for (int round = 0; round < 200; ++round) {
        HttpHeadParser parser(HttpHeadParser::Kind::Request);
        qsizetype pos = 0;
        while (!parser.isComplete() && pos < raw.size()) {
            const qsizetype n = qMin<qsizetype>(raw.size() - pos, 1 + rng.bounded(7));
            pos += parser.feed(QByteArrayView(raw).sliced(pos, n));
        }
        QVERIFY(parser.isComplete());
        QCOMPARE(raw.mid(pos), QByteArray("FRAMEBYTES"));
    }
}

void tst_HttpHeadParser::stopsAtHeadEnd()
{
    HttpHeadParser parser(HttpHeadParser::Kind::Request);
    const QByteArray raw = "GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /next HTTP/1.1\r\n\r\n";
    const qsizetype used = parser.feed(raw);
    QCOMPARE(raw.mid(used), QByteArray("GET /next HTTP/1.1\r\n\r\n"));
    parser.reset();
    QCOMPARE(parser.feed(raw.mid(used)), raw.size() - used);
    QCOMPARE(parser.head().target, QByteArray("/next"));
}

void tst_HttpHeadParser::limitsAreEnforcedBeforeTheHeadEnds()
{
    // A client that never ends its head must be cut off at the limit, not buffered forever.
    HttpHeadParser::Limits limits;
    limits.maxHeaderBytes = 1024;
    HttpHeadParser parser(HttpHeadParser::Kind::Request, limits);
    parser.feed("GET / HTTP/1.1\r\n");
    for (int i = 0; i < 100 && !parser.hasError(); ++i)
        parser.feed("X-Filler: aaaaaaaaaaaaaaaaaaaaaa\r\n");
    QVERIFY(parser.hasError());
    QCOMPARE(parser.errorStatus(), 431);
    QVERIFY(parser.bufferedBytes() < 2048);

    HttpHeadParser lineParser(HttpHeadParser::Kind::Request);
    for (int i = 0; i < 100 && !lineParser.hasError(); ++i)
        lineParser.feed(QByteArray(100, 'a'));
    QCOMPARE(lineParser.errorStatus(), 414);
}

void tst_HttpHeadParser::verdictDoesNotDependOnReads_data()
{
    QTest::addColumn<HttpHeadParser::Kind>("kind");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("maxStartLineBytes");
    QTest::addColumn<int>("verdict"); // 0: complete, 1: needs more, else the error status

    const auto request = HttpHeadParser::Kind::Request;
    const auto response = HttpHeadParser::Kind::Response;
    QTest::newRow("long request line, head unfinished")
        << request << QByteArray("GET /" + QByteArray(40, 'a') + " HTTP/1.1\r\nHost: a\r\n") << 16 << 414;
    QTest::newRow("long status line") << response << QByteArray("HTTP/1.1 200 " + QByteArray(40, 'a') + "\r\n\r\n")
                                      << 16 << 502;
    QTest::newRow("CRLF right at the limit") << request << QByteArray("GET / HTTP/1.1\r\n\r\n") << 14 << 0;
    QTest::newRow("long line with a bare CR")
        << request << QByteArray("GET /a\r" + QByteArray(40, 'b') + " HTTP/1.1\r\n\r\n") << 16 << 414;
}

// Found by fuzz_httphead_request and fuzz_httphead_response: the start line limit was checked only while the
// line was unfinished, and in the whole head only for requests and after the bare CR check, so the same
// bytes got different verdicts depending on how they were split into reads.
void tst_HttpHeadParser::verdictDoesNotDependOnReads()
{
    QFETCH(HttpHeadParser::Kind, kind);
    QFETCH(QByteArray, raw);
    QFETCH(int, maxStartLineBytes);
    QFETCH(int, verdict);
    HttpHeadParser::Limits limits;
    limits.maxStartLineBytes = maxStartLineBytes;
    for (const qsizetype piece : {raw.size(), qsizetype(1), qsizetype(5)}) {
        HttpHeadParser parser(kind, limits);
        for (qsizetype at = 0; at < raw.size(); at += piece)
            parser.feed(QByteArrayView(raw).sliced(at, qMin(piece, raw.size() - at)));
        const int got = parser.isComplete() ? 0 : parser.hasError() ? parser.errorStatus() : 1;
        QVERIFY2(got == verdict, qPrintable(QStringLiteral("pieces of %1: %2").arg(piece).arg(got)));
    }
}

void tst_HttpHeadParser::responses_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");

    QTest::newRow("101") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n") << true << 101
                         << QByteArray("Switching Protocols");
    QTest::newRow("empty reason") << QByteArray("HTTP/1.1 204 \r\n\r\n") << true << 204 << QByteArray();
    QTest::newRow("no reason no space") << QByteArray("HTTP/1.0 404\r\n\r\n") << true << 404 << QByteArray();
    QTest::newRow("two-digit status") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << false << 0 << QByteArray();
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << false << 0 << QByteArray();
}

void tst_HttpHeadParser::responses()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, ok);
    HttpHeadParser parser(HttpHeadParser::Kind::Response);
    parser.feed(raw);
    QCOMPARE(parser.isComplete(), ok);
    if (ok) {
        QTEST(parser.head().status, "status");
        QTEST(parser.head().reason, "reason");
    } else {
        QCOMPARE(parser.errorStatus(), 502);
    }
}

void tst_HttpHeadParser::headerAccessors()
{
    HttpHeadParser parser(HttpHeadParser::Kind::Request);
    parser.feed("GET / HTTP/1.1\r\nConnection: keep-alive, Upgrade\r\nsec-websocket-protocol: a, b\r\n"
                "Sec-WebSocket-Protocol: c\r\nX-Dup: 1\r\nX-Dup: 2\r\n\r\n");
    QVERIFY(parser.isComplete());
    HttpHead head = parser.head();
    QVERIFY(head.headers.hasToken("connection", "upgrade"));
    QCOMPARE(head.headers.tokens("Sec-WebSocket-Protocol"), (QByteArrayList{"a", "b", "c"}));
    QCOMPARE(head.headers.count("x-dup"), 2);
    head.headers.set("X-Dup", "3");
    QCOMPARE(head.headers.values("X-Dup"), QByteArrayList{"3"});
    QCOMPARE(head.headers.remove("x-dup"), 1);
    QCOMPARE(head.serialize(), QByteArray("GET / HTTP/1.1\r\nConnection: keep-alive, Upgrade\r\n"
                                          "sec-websocket-protocol: a, b\r\nSec-WebSocket-Protocol: c\r\n\r\n"));
}

QTEST_GUILESS_MAIN(tst_HttpHeadParser)
#include "tst_httpheadparser.moc"
