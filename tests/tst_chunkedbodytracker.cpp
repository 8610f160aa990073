#include "http/BodyFraming.h"
#include "http/ChunkedBodyTracker.h"
#include "http/HttpHeadParser.h"

#include <QTest>

using namespace airlock;

class tst_ChunkedBodyTracker : public QObject
{
    Q_OBJECT

private slots:
    void bodies_data();
    void bodies();
    void byteByByte();
    void refusedLineIsNotTaken();
    void framing_data();
    void framing();
};

void tst_ChunkedBodyTracker::bodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");

    QTest::newRow("one chunk") << QByteArray("5\r\nhello\r\n0\r\n\r\n") << true;
    QTest::newRow("hex sizes") << QByteArray("a\r\n0123456789\r\nA\r\n0123456789\r\n0\r\n\r\n") << true;
    QTest::newRow("leading zeros") << QByteArray("0005\r\nhello\r\n000\r\n\r\n") << true;
    QTest::newRow("extensions") << QByteArray("5;name=value\r\nhello\r\n0;last\r\n\r\n") << true;
    QTest::newRow("extension, quoted value")
        << QByteArray("5;name=\"a \\\"quoted\\\" value;\"\r\nhello\r\n0\r\n\r\n") << true;
    QTest::newRow("extension, whitespace around ; and =") << QByteArray("5 ; a = b ;c\r\nhello\r\n0\r\n\r\n") << true;
    QTest::newRow("trailers") << QByteArray("5\r\nhello\r\n0\r\nX-Checksum: 1\r\nX-More: 2\r\n\r\n") << true;
    QTest::newRow("empty body") << QByteArray("0\r\n\r\n") << true;
    QTest::newRow("largest size") << QByteArray("7fffffffffffffff\r\n") << true; // not done, but not refused

    QTest::newRow("bare LF") << QByteArray("5\nhello\n0\n\n") << false;
    QTest::newRow("bare LF after data") << QByteArray("5\r\nhello\n0\r\n\r\n") << false;
    QTest::newRow("bare LF ends the trailers") << QByteArray("0\r\n\n") << false;
    QTest::newRow("bare CR in size line") << QByteArray("5\r;a\r\nhello\r\n0\r\n\r\n") << false;
    QTest::newRow("bad hex") << QByteArray("xyz\r\n") << false;
    QTest::newRow("sign") << QByteArray("+5\r\nhello\r\n0\r\n\r\n") << false;
    QTest::newRow("0x prefix") << QByteArray("0x5\r\nhello\r\n0\r\n\r\n") << false;
    QTest::newRow("two sizes (5 6)") << QByteArray("5 6\r\nhello\r\n0\r\n\r\n") << false;
    QTest::newRow("whitespace before size") << QByteArray(" 5\r\nhello\r\n0\r\n\r\n") << false;
    QTest::newRow("whitespace after size") << QByteArray("5 \r\nhello\r\n0\r\n\r\n") << false;
    QTest::newRow("extension without name") << QByteArray("5;\r\nhello\r\n0\r\n\r\n") << false;
    QTest::newRow("extension name not a token") << QByteArray("5;a@b\r\nhello\r\n0\r\n\r\n") << false;
    QTest::newRow("extension without value") << QByteArray("5;a=\r\nhello\r\n0\r\n\r\n") << false;
    QTest::newRow("extension, control character") << QByteArray("5;a=b\x01\r\nhello\r\n0\r\n\r\n") << false;
    QTest::newRow("extension, unterminated quote") << QByteArray("5;a=\"b\r\nhello\r\n0\r\n\r\n") << false;
    QTest::newRow("missing size") << QByteArray("\r\nhello") << false;
    QTest::newRow("data without CRLF") << QByteArray("5\r\nhelloX0\r\n\r\n") << false;
    QTest::newRow("size overflow") << QByteArray("fffffffffffffffff\r\n") << false;
    QTest::newRow("size above 63 bits") << QByteArray("8000000000000000\r\n") << false;
    QTest::newRow("size line too long") << (QByteArray("5;") + QByteArray(5000, 'a') + "\r\n") << false;
    QTest::newRow("trailer without colon") << QByteArray("0\r\nX-Checksum 1\r\n\r\n") << false;
    QTest::newRow("trailer, folded line") << QByteArray("0\r\nX-A: 1\r\n 2\r\n\r\n") << false;
    QTest::newRow("trailer, control character") << QByteArray("0\r\nX-A: 1\x01\r\n\r\n") << false;
}

void tst_ChunkedBodyTracker::bodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    ChunkedBodyTracker tracker;
    const QByteArray withNext = body + "GET /next HTTP/1.1\r\n\r\n";
    const qsizetype used = tracker.feed(withNext);
    QCOMPARE(tracker.hasError(), !valid);
    if (!valid || body.startsWith("7fff"))
        return;
    QVERIFY(tracker.isDone());
    QCOMPARE(withNext.mid(used), QByteArray("GET /next HTTP/1.1\r\n\r\n"));
}

// As a pump feeds it: what it does not take yet (a chunk line still without its end) comes again with the
// next bytes.
void tst_ChunkedBodyTracker::byteByByte()
{
    const QByteArray body = "4\r\nWiki\r\n5;x=\"y\"\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nT: v\r\n\r\nNEXT";
    ChunkedBodyTracker tracker;
    qsizetype used = 0;
    QByteArray pending;
    for (qsizetype i = 0; i < body.size() && !tracker.isDone(); ++i) {
        pending += body.at(i);
        const qsizetype n = tracker.feed(pending);
        QVERIFY(!tracker.hasError());
        used += n;
        pending.remove(0, n);
    }
    QVERIFY(tracker.isDone());
    QCOMPARE(body.mid(used), QByteArray("NEXT"));
}

// The bytes before a refused line belong to the body; nothing of the line itself does, so nothing of it is
// forwarded, also when it arrived in pieces.
void tst_ChunkedBodyTracker::refusedLineIsNotTaken()
{
    const QByteArray good = "5\r\nhello\r\n";
    ChunkedBodyTracker tracker;
    QCOMPARE(tracker.feed(QByteArray(good + "5 ")), good.size());
    QVERIFY(!tracker.hasError());
    QCOMPARE(tracker.feed("5 6\r\nworld\r\n"), 0);
    QVERIFY(tracker.hasError());
    QCOMPARE(tracker.errorDetail(), QStringLiteral("invalid chunk size line"));
}

void tst_ChunkedBodyTracker::framing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("request");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<int>("errorStatus"); // for Invalid

    using K = BodyFraming::Kind;
    const auto post = [](const QByteArray& fields) { return QByteArray("POST / HTTP/1.1\r\n" + fields + "\r\n"); };
    const auto ok = [](const QByteArray& fields) { return QByteArray("HTTP/1.1 200 OK\r\n" + fields + "\r\n"); };
    QTest::newRow("request without body") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true << int(K::None) << 0LL << 0;
    QTest::newRow("request content-length") << post("Content-Length: 12\r\n") << true << int(K::Length) << 12LL << 0;
    QTest::newRow("request content-length 0") << post("Content-Length: 0\r\n") << true << int(K::None) << 0LL << 0;
    QTest::newRow("request content-length, leading zeros")
        << post("Content-Length: 007\r\n") << true << int(K::Length) << 7LL << 0;
    QTest::newRow("request repeated equal lengths (5, 5)")
        << post("Content-Length: 3, 3\r\n") << true << int(K::Invalid) << 0LL << 400;
    QTest::newRow("request two equal Content-Length fields")
        << post("Content-Length: 3\r\nContent-Length: 3\r\n") << true << int(K::Invalid) << 0LL << 400;
    QTest::newRow("request conflicting lengths")
        << post("Content-Length: 3\r\nContent-Length: 4\r\n") << true << int(K::Invalid) << 0LL << 400;
    QTest::newRow("request negative length") << post("Content-Length: -1\r\n") << true << int(K::Invalid) << 0LL << 400;
    QTest::newRow("request signed length") << post("Content-Length: +1\r\n") << true << int(K::Invalid) << 0LL << 400;
    QTest::newRow("request non-digit length")
        << post("Content-Length: 1a\r\n") << true << int(K::Invalid) << 0LL << 400;
    QTest::newRow("request length list with empty item")
        << post("Content-Length: 5,\r\n") << true << int(K::Invalid) << 0LL << 400;
    QTest::newRow("request length overflow")
        << post("Content-Length: 99999999999999999999\r\n") << true << int(K::Invalid) << 0LL << 400;
    QTest::newRow("request chunked") << post("Transfer-Encoding: chunked\r\n") << true << int(K::Chunked) << 0LL << 0;
    QTest::newRow("request Chunked, other case")
        << post("Transfer-Encoding: Chunked\r\n") << true << int(K::Chunked) << 0LL << 0;
    QTest::newRow("request TE and CL (smuggling)")
        << post("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n") << true << int(K::Invalid) << 0LL << 400;
    QTest::newRow("request gzip TE") << post("Transfer-Encoding: gzip\r\n") << true << int(K::Invalid) << 0LL << 501;
    QTest::newRow("request chunked twice")
        << post("Transfer-Encoding: chunked, chunked\r\n") << true << int(K::Invalid) << 0LL << 400;
    QTest::newRow("request chunked in two fields")
        << post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n") << true << int(K::Invalid) << 0LL
        << 400;
    QTest::newRow("request chunked with a parameter")
        << post("Transfer-Encoding: chunked;q=1\r\n") << true << int(K::Invalid) << 0LL << 400;
    QTest::newRow("request gzip then chunked")
        << post("Transfer-Encoding: gzip, chunked\r\n") << true << int(K::Invalid) << 0LL << 400;

    QTest::newRow("response length") << ok("Content-Length: 7\r\n") << false << int(K::Length) << 7LL << 0;
    QTest::newRow("response until close") << ok({}) << false << int(K::UntilClose) << 0LL << 0;
    QTest::newRow("response 204") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << int(K::None) << 0LL << 0;
    QTest::newRow("response 304") << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 9\r\n\r\n") << false
                                  << int(K::None) << 0LL << 0;
    QTest::newRow("response chunked") << ok("Transfer-Encoding: chunked\r\n") << false << int(K::Chunked) << 0LL << 0;
    QTest::newRow("response repeated equal lengths (5, 5)")
        << ok("Content-Length: 5, 5\r\n") << false << int(K::Invalid) << 0LL << 502;
    QTest::newRow("response conflicting lengths")
        << ok("Content-Length: 5\r\nContent-Length: 6\r\n") << false << int(K::Invalid) << 0LL << 502;
    QTest::newRow("response non-digit length")
        << ok("Content-Length: five\r\n") << false << int(K::Invalid) << 0LL << 502;
    QTest::newRow("response TE and CL") << ok("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n") << false
                                        << int(K::Invalid) << 0LL << 502;
    QTest::newRow("response gzip then chunked")
        << ok("Transfer-Encoding: gzip, chunked\r\n") << false << int(K::Invalid) << 0LL << 502;
    QTest::newRow("response identity TE")
        << ok("Transfer-Encoding: identity\r\n") << false << int(K::Invalid) << 0LL << 502;
}

void tst_ChunkedBodyTracker::framing()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, request);
    HttpHeadParser parser(request ? HttpHeadParser::Kind::Request : HttpHeadParser::Kind::Response);
    parser.feed(head);
    QVERIFY(parser.isComplete());
    const BodyFraming f =
        request ? BodyFraming::forRequest(parser.head()) : BodyFraming::forResponse(parser.head(), "GET");
    QTEST(int(f.kind), "kind");
    QTEST(f.length, "length");
    if (f.kind == BodyFraming::Kind::Invalid)
        QTEST(f.errorStatus, "errorStatus");
}

QTEST_GUILESS_MAIN(tst_ChunkedBodyTracker)
#include "tst_chunkedbodytracker.moc"
