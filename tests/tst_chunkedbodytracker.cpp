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
    void framing_data();
    void framing();
};

void tst_ChunkedBodyTracker::bodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");

    QTest::newRow("one chunk") << QByteArray("5\r\nhello\r\n0\r\n\r\n") << true;
    QTest::newRow("hex sizes") << QByteArray("a\r\n0123456789\r\nA\r\n0123456789\r\n0\r\n\r\n") << true;
    QTest::newRow("extensions") << QByteArray("5;name=value\r\nhello\r\n0;last\r\n\r\n") << true;
    QTest::newRow("trailers") << QByteArray("5\r\nhello\r\n0\r\nX-Checksum: 1\r\nX-More: 2\r\n\r\n") << true;
    QTest::newRow("empty body") << QByteArray("0\r\n\r\n") << true;
    QTest::newRow("bare LF") << QByteArray("5\nhello\n0\n\n") << true;
    QTest::newRow("bad hex") << QByteArray("xyz\r\n") << false;
    QTest::newRow("missing size") << QByteArray("\r\nhello") << false;
    QTest::newRow("data without CRLF") << QByteArray("5\r\nhelloX0\r\n\r\n") << false;
    QTest::newRow("size overflow") << QByteArray("fffffffffffffffff\r\n") << false;
    QTest::newRow("size line too long") << (QByteArray("5;") + QByteArray(5000, 'a') + "\r\n") << false;
}

void tst_ChunkedBodyTracker::bodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    ChunkedBodyTracker tracker;
    const QByteArray withNext = body + "GET /next HTTP/1.1\r\n\r\n";
    const qsizetype used = tracker.feed(withNext);
    QCOMPARE(tracker.isDone(), valid);
    QCOMPARE(tracker.hasError(), !valid);
    if (valid)
        QCOMPARE(withNext.mid(used), QByteArray("GET /next HTTP/1.1\r\n\r\n"));
}

void tst_ChunkedBodyTracker::byteByByte()
{
    const QByteArray body = "4\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nT: v\r\n\r\nNEXT";
    ChunkedBodyTracker tracker;
    qsizetype used = 0;
    for (qsizetype i = 0; i < body.size() && !tracker.isDone(); ++i)
        used += tracker.feed(QByteArrayView(body).sliced(i, 1));
    QVERIFY(tracker.isDone());
    QCOMPARE(body.mid(used), QByteArray("NEXT"));
}

void tst_ChunkedBodyTracker::framing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("request");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("length");

    using K = BodyFraming::Kind;
    QTest::newRow("request without body") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true << int(K::None) << 0LL;
    QTest::newRow("request content-length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12\r\n\r\n") << true << int(K::Length) << 12LL;
    QTest::newRow("request repeated equal lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3, 3\r\n\r\n") << true << int(K::Length) << 3LL;
    QTest::newRow("request conflicting lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n") << true << int(K::Invalid)
        << 0LL;
    QTest::newRow("request negative length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << true << int(K::Invalid) << 0LL;
    QTest::newRow("request chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << true
                                     << int(K::Chunked) << 0LL;
    QTest::newRow("request TE and CL (smuggling)")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n") << true
        << int(K::Invalid) << 0LL;
    QTest::newRow("request gzip TE") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << true
                                     << int(K::Invalid) << 0LL;
    QTest::newRow("response length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n") << false
                                     << int(K::Length) << 7LL;
    QTest::newRow("response until close")
        << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << false << int(K::UntilClose) << 0LL;
    QTest::newRow("response 204") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << int(K::None) << 0LL;
    QTest::newRow("response 304") << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 9\r\n\r\n") << false
                                  << int(K::None) << 0LL;
    QTest::newRow("response chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << false
                                      << int(K::Chunked) << 0LL;
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
}

QTEST_GUILESS_MAIN(tst_ChunkedBodyTracker)
#include "tst_chunkedbodytracker.moc"
