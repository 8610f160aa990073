#include "http/HttpHeadParser.h"
#include "ws/Handshake.h"

#include <QTest>

using airlock::Handshake;
using airlock::HttpHead;
using airlock::HttpHeaders;
using airlock::HttpHeadParser;

namespace {

// Parses a head written with "\n" line ends; an unparsable head is reported as status -1 so
// the test using it fails visibly.
HttpHead parse(HttpHeadParser::Kind kind, QByteArray raw)
{
    raw.replace("\n", "\r\n");
    raw.append("\r\n");
    HttpHeadParser parser(kind);
    parser.feed(raw);
    if (!parser.isComplete()) {
        HttpHead broken;
        broken.status = -1;
        return broken;
    }
    return parser.takeHead();
}

HttpHead request(const QByteArray& raw)
{
    return parse(HttpHeadParser::Kind::Request, raw);
}

HttpHead response(const QByteArray& raw)
{
    return parse(HttpHeadParser::Kind::Response, raw);
}

HttpHeaders headers(const QByteArray& lines)
{
    return request("GET / HTTP/1.1\nHost: x\n" + lines).headers;
}

const QByteArray kRfcKey = QByteArrayLiteral("dGhlIHNhbXBsZSBub25jZQ==");
const QByteArray kRfcAccept = QByteArrayLiteral("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");

QByteArray upgradeRequest(const QByteArray& extraLines)
{
    return "GET /vm1/ws HTTP/1.1\nHost: 127.0.0.1:8765\n" + extraLines;
}

const QByteArray kGoodLines = QByteArrayLiteral("Upgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Version: "
                                                "13\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\n");

} // namespace

class tst_Handshake : public QObject
{
    Q_OBJECT

private slots:
    void acceptKey_data();
    void acceptKey();
    void generatedKeysAreValidAndFresh();
    void isValidClientKey_data();
    void isValidClientKey();
    void isUpgradeRequest_data();
    void isUpgradeRequest();
    void checkRequest_data();
    void checkRequest();
    void offeredSubprotocols_data();
    void offeredSubprotocols();
    void extensionNames_data();
    void extensionNames();
    void checkResponse_data();
    void checkResponse();
};

void tst_Handshake::acceptKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("accept");
    QTest::newRow("RFC 6455 section 1.3 example") << kRfcKey << kRfcAccept;
    // Cross-checked with: printf '%s' 'x3JJHMbDL1EzLkh9GBhXDw==258EAFA5-E914-47DA-95CA-C5AB0DC85B11'
    //   | openssl sha1 -binary | base64
    QTest::newRow("second known pair") << QByteArrayLiteral("x3JJHMbDL1EzLkh9GBhXDw==")
                                       << QByteArrayLiteral("HSmrc0sMlYUkAGmm5OPpG2HaGWk=");
}

void tst_Handshake::acceptKey()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, accept);
    QCOMPARE(Handshake::acceptKey(key), accept);
}

void tst_Handshake::generatedKeysAreValidAndFresh()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 16; ++i) {
        const QByteArray key = Handshake::generateClientKey();
        QCOMPARE(key.size(), 24);
        QVERIFY(Handshake::isValidClientKey(key));
        QCOMPARE(QByteArray::fromBase64(key).size(), 16);
        seen.insert(key);
    }
    QCOMPARE(seen.size(), 16);
}

void tst_Handshake::isValidClientKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("RFC example") << kRfcKey << true;
    QTest::newRow("plus and slash") << QByteArrayLiteral("+/+/+/+/+/+/+/+/+/+/+w==") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("15 bytes") << QByteArray(15, 'k').toBase64() << false;
    QTest::newRow("17 bytes") << QByteArray(17, 'k').toBase64() << false;
    QTest::newRow("missing padding") << kRfcKey.left(22) << false;
    QTest::newRow("url-safe alphabet") << QByteArrayLiteral("dGhlIHNhbXBsZSBub25jZQ-_") << false;
    QTest::newRow("url-safe char inside") << QByteArrayLiteral("dGhlIHNhbXBsZSBub25j-Q==") << false;
    QTest::newRow("space inside") << QByteArrayLiteral("dGhlIHNhbXBs ZSBub25jZQ=") << false;
    QTest::newRow("padding in the middle") << QByteArrayLiteral("dGhlIHNhbXBsZSBub25j=Q==") << false;
}

void tst_Handshake::isValidClientKey()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, valid);
    QCOMPARE(Handshake::isValidClientKey(key), valid);
}

void tst_Handshake::isUpgradeRequest_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("upgrade");
    QTest::newRow("websocket upgrade") << upgradeRequest(kGoodLines) << true;
    QTest::newRow("mixed case token, no Connection") << upgradeRequest("Upgrade: WebSocket\n") << true;
    QTest::newRow("token in a list") << upgradeRequest("Upgrade: h2c, websocket\n") << true;
    QTest::newRow("plain GET") << upgradeRequest("Accept: */*\n") << false;
    QTest::newRow("h2c upgrade only") << upgradeRequest("Upgrade: h2c\nConnection: Upgrade\n") << false;
}

void tst_Handshake::isUpgradeRequest()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, upgrade);
    const HttpHead head = request(raw);
    QVERIFY(head.isRequest());
    QCOMPARE(Handshake::isUpgradeRequest(head), upgrade);
}

void tst_Handshake::checkRequest_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detailContains");

    const QByteArray upgrade = "Upgrade: websocket\n";
    const QByteArray connection = "Connection: Upgrade\n";
    const QByteArray version = "Sec-WebSocket-Version: 13\n";
    const QByteArray key = "Sec-WebSocket-Key: " + kRfcKey + "\n";

    QTest::newRow("valid") << upgradeRequest(kGoodLines) << true << 0 << QString();
    QTest::newRow("valid, Connection keep-alive, Upgrade")
        << upgradeRequest(upgrade + "Connection: keep-alive, Upgrade\n" + version + key) << true << 0 << QString();
    QTest::newRow("valid, lower-case names and tokens")
        << upgradeRequest("upgrade: websocket\nconnection: upgrade\nsec-websocket-version: 13\nsec-websocket-key: " +
                          kRfcKey + "\n")
        << true << 0 << QString();
    QTest::newRow("POST") << ("POST /vm1/ws HTTP/1.1\nHost: x\n" + kGoodLines) << false << 400
                          << QStringLiteral("POST");
    QTest::newRow("HTTP/1.0") << ("GET /vm1/ws HTTP/1.0\nHost: x\n" + kGoodLines) << false << 400
                              << QStringLiteral("HTTP/1.1");
    QTest::newRow("no Connection upgrade token") << upgradeRequest(upgrade + "Connection: keep-alive\n" + version + key)
                                                 << false << 400 << QStringLiteral("Connection");
    QTest::newRow("no Upgrade header") << upgradeRequest(connection + version + key) << false << 400
                                       << QStringLiteral("Upgrade");
    QTest::newRow("Upgrade h2c") << upgradeRequest("Upgrade: h2c\n" + connection + version + key) << false << 400
                                 << QStringLiteral("websocket");
    QTest::newRow("version 8 is 426") << upgradeRequest(upgrade + connection + "Sec-WebSocket-Version: 8\n" + key)
                                      << false << 426 << QStringLiteral("Sec-WebSocket-Version");
    QTest::newRow("two versions is 426") << upgradeRequest(upgrade + connection + "Sec-WebSocket-Version: 13, 8\n" +
                                                           key)
                                         << false << 426 << QStringLiteral("13, 8");
    QTest::newRow("missing version is 400") << upgradeRequest(upgrade + connection + key) << false << 400
                                            << QStringLiteral("missing Sec-WebSocket-Version");
    QTest::newRow("missing key") << upgradeRequest(upgrade + connection + version) << false << 400
                                 << QStringLiteral("missing Sec-WebSocket-Key");
    QTest::newRow("key of 15 bytes") << upgradeRequest(upgrade + connection + version +
                                                       "Sec-WebSocket-Key: " + QByteArray(15, 'k').toBase64() + "\n")
                                     << false << 400 << QStringLiteral("16 bytes");
    QTest::newRow("two keys") << upgradeRequest(upgrade + connection + version + key + key) << false << 400
                              << QStringLiteral("more than one");
}

void tst_Handshake::checkRequest()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, ok);
    QFETCH(int, status);
    QFETCH(QString, detailContains);

    const HttpHead head = request(raw);
    QVERIFY(head.isRequest());
    const Handshake::RequestCheck check = Handshake::checkRequest(head);
    QCOMPARE(check.ok, ok);
    QCOMPARE(check.status, status);
    if (ok)
        QVERIFY(check.detail.isEmpty());
    else
        QVERIFY2(check.detail.contains(detailContains), qPrintable(check.detail));
}

void tst_Handshake::offeredSubprotocols_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("none") << QByteArray() << QByteArrayList();
    QTest::newRow("one") << QByteArrayLiteral("Sec-WebSocket-Protocol: zero-companion\n")
                         << QByteArrayList{"zero-companion"};
    QTest::newRow("list with spaces") << QByteArrayLiteral("Sec-WebSocket-Protocol: tty ,  binary,base64\n")
                                      << QByteArrayList{"tty", "binary", "base64"};
    QTest::newRow("repeated headers keep order")
        << QByteArrayLiteral("Sec-WebSocket-Protocol: a, b\nX-Other: 1\nsec-websocket-protocol: c\n")
        << QByteArrayList{"a", "b", "c"};
    QTest::newRow("empty elements dropped")
        << QByteArrayLiteral("Sec-WebSocket-Protocol: ,a,,b,\n") << QByteArrayList{"a", "b"};
}

void tst_Handshake::offeredSubprotocols()
{
    QFETCH(QByteArray, lines);
    QFETCH(QByteArrayList, expected);
    QCOMPARE(Handshake::offeredSubprotocols(headers(lines)), expected);
}

void tst_Handshake::extensionNames_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::addColumn<bool>("deflate");
    QTest::newRow("none") << QByteArray() << QByteArrayList() << false;
    QTest::newRow("Chrome's offer") << QByteArrayLiteral(
                                           "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\n")
                                    << QByteArrayList{"permessage-deflate"} << true;
    QTest::newRow("two entries, params dropped")
        << QByteArrayLiteral("Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits=15, x-webkit-"
                             "deflate-frame\n")
        << QByteArrayList{"permessage-deflate", "x-webkit-deflate-frame"} << true;
    QTest::newRow("repeated headers")
        << QByteArrayLiteral("Sec-WebSocket-Extensions: foo;a=1\nSec-WebSocket-Extensions: Permessage-Deflate\n")
        << QByteArrayList{"foo", "Permessage-Deflate"} << true;
    QTest::newRow("other extension only")
        << QByteArrayLiteral("Sec-WebSocket-Extensions: x-foo\n") << QByteArrayList{"x-foo"} << false;
}

void tst_Handshake::extensionNames()
{
    QFETCH(QByteArray, lines);
    QFETCH(QByteArrayList, expected);
    QFETCH(bool, deflate);
    const HttpHeaders h = headers(lines);
    QCOMPARE(Handshake::extensionNames(h), expected);
    QCOMPARE(Handshake::hasPermessageDeflate(h), deflate);
}

void tst_Handshake::checkResponse_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArrayList>("offeredProtocols");
    QTest::addColumn<QByteArrayList>("offeredExtensions");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("subprotocol");
    QTest::addColumn<QByteArray>("extensions");
    QTest::addColumn<QString>("detailContains");

    const QByteArray head = "HTTP/1.1 101 Switching Protocols\nUpgrade: websocket\nConnection: Upgrade\n"
                            "Sec-WebSocket-Accept: " +
                            kRfcAccept + "\n";
    const QByteArrayList none;
    const QByteArrayList deflate{"permessage-deflate"};

    // Basic acceptance.
    QTest::newRow("plain 101") << head << none << none << true << QByteArray() << QByteArray() << QString();
    QTest::newRow("mixed-case tokens") << QByteArray("HTTP/1.1 101 OK\nupgrade: WebSocket\nconnection: upgrade\n"
                                                     "sec-websocket-accept: " +
                                                     kRfcAccept + "\n")
                                       << none << none << true << QByteArray() << QByteArray() << QString();
    QTest::newRow("404 instead of 101") << QByteArrayLiteral("HTTP/1.1 404 Not Found\nContent-Length: 0\n") << none
                                        << none << false << QByteArray() << QByteArray() << QStringLiteral("404");
    QTest::newRow("200 instead of 101") << QByteArrayLiteral("HTTP/1.1 200 OK\n") << none << none << false
                                        << QByteArray() << QByteArray() << QStringLiteral("200");
    QTest::newRow("no Upgrade header") << QByteArray("HTTP/1.1 101 OK\nConnection: Upgrade\nSec-WebSocket-Accept: " +
                                                     kRfcAccept + "\n")
                                       << none << none << false << QByteArray() << QByteArray()
                                       << QStringLiteral("Upgrade");
    QTest::newRow("no Connection header")
        << QByteArray("HTTP/1.1 101 OK\nUpgrade: websocket\nSec-WebSocket-Accept: " + kRfcAccept + "\n") << none << none
        << false << QByteArray() << QByteArray() << QStringLiteral("Connection");
    QTest::newRow("no accept") << QByteArrayLiteral("HTTP/1.1 101 OK\nUpgrade: websocket\nConnection: Upgrade\n")
                               << none << none << false << QByteArray() << QByteArray()
                               << QStringLiteral("without Sec-WebSocket-Accept");
    QTest::newRow("wrong accept") << QByteArray("HTTP/1.1 101 OK\nUpgrade: websocket\nConnection: Upgrade\n"
                                                "Sec-WebSocket-Accept: " +
                                                Handshake::acceptKey("another key") + "\n")
                                  << none << none << false << QByteArray() << QByteArray()
                                  << QStringLiteral("wrong Sec-WebSocket-Accept");
    QTest::newRow("accept twice") << QByteArray(head + "Sec-WebSocket-Accept: " + kRfcAccept + "\n") << none << none
                                  << false << QByteArray() << QByteArray() << QStringLiteral("more than one");

    // Subprotocol acceptance table.
    const QByteArrayList offered{"tty", "zero-companion"};
    QTest::newRow("offered, first selected") << QByteArray(head + "Sec-WebSocket-Protocol: tty\n") << offered << none
                                             << true << QByteArrayLiteral("tty") << QByteArray() << QString();
    QTest::newRow("offered, second selected")
        << QByteArray(head + "Sec-WebSocket-Protocol: zero-companion\n") << offered << none << true
        << QByteArrayLiteral("zero-companion") << QByteArray() << QString();
    QTest::newRow("offered, none selected")
        << head << offered << none << true << QByteArray() << QByteArray() << QString();
    QTest::newRow("offered, other selected") << QByteArray(head + "Sec-WebSocket-Protocol: chat\n") << offered << none
                                             << false << QByteArray() << QByteArray() << QStringLiteral("not offered");
    QTest::newRow("offered, selected with other case")
        << QByteArray(head + "Sec-WebSocket-Protocol: TTY\n") << offered << none << false << QByteArray()
        << QByteArray() << QStringLiteral("not offered");
    QTest::newRow("offered, two selected in one header")
        << QByteArray(head + "Sec-WebSocket-Protocol: tty, zero-companion\n") << offered << none << false
        << QByteArray() << QByteArray() << QStringLiteral("more than one subprotocol");
    QTest::newRow("offered, two selected in two headers")
        << QByteArray(head + "Sec-WebSocket-Protocol: tty\nSec-WebSocket-Protocol: tty\n") << offered << none << false
        << QByteArray() << QByteArray() << QStringLiteral("more than one subprotocol");
    QTest::newRow("none offered, one selected")
        << QByteArray(head + "Sec-WebSocket-Protocol: zero-companion\n") << none << none << false << QByteArray()
        << QByteArray() << QStringLiteral("none was offered");

    // Extension acceptance table.
    QTest::newRow("deflate offered and accepted with params")
        << QByteArray(head + "Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover\n") << none
        << deflate << true << QByteArray() << QByteArrayLiteral("permessage-deflate; server_no_context_takeover")
        << QString();
    QTest::newRow("deflate offered, accepted in other case")
        << QByteArray(head + "Sec-WebSocket-Extensions: PerMessage-Deflate\n") << none << deflate << true
        << QByteArray() << QByteArrayLiteral("PerMessage-Deflate") << QString();
    QTest::newRow("deflate offered, not accepted")
        << head << none << deflate << true << QByteArray() << QByteArray() << QString();
    QTest::newRow("deflate offered, other accepted")
        << QByteArray(head + "Sec-WebSocket-Extensions: x-foo\n") << none << deflate << false << QByteArray()
        << QByteArray() << QStringLiteral("x-foo");
    QTest::newRow("nothing offered, deflate accepted")
        << QByteArray(head + "Sec-WebSocket-Extensions: permessage-deflate\n") << none << none << false << QByteArray()
        << QByteArray() << QStringLiteral("permessage-deflate");
    QTest::newRow("two offered, both accepted over two headers")
        << QByteArray(head + "Sec-WebSocket-Extensions: permessage-deflate\nSec-WebSocket-Extensions: x-foo; a=1\n")
        << none << QByteArrayList{"permessage-deflate", "x-foo"} << true << QByteArray()
        << QByteArrayLiteral("permessage-deflate, x-foo; a=1") << QString();
    QTest::newRow("subprotocol and extension together")
        << QByteArray(head + "Sec-WebSocket-Protocol: tty\nSec-WebSocket-Extensions: permessage-deflate\n") << offered
        << deflate << true << QByteArrayLiteral("tty") << QByteArrayLiteral("permessage-deflate") << QString();
}

void tst_Handshake::checkResponse()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArrayList, offeredProtocols);
    QFETCH(QByteArrayList, offeredExtensions);
    QFETCH(bool, ok);
    QFETCH(QByteArray, subprotocol);
    QFETCH(QByteArray, extensions);
    QFETCH(QString, detailContains);

    const HttpHead head = response(raw);
    QVERIFY(head.status > 0);
    const Handshake::ResponseCheck check = Handshake::checkResponse(head, kRfcKey, offeredProtocols, offeredExtensions);
    QVERIFY2(check.ok == ok, qPrintable(check.detail));
    if (ok) {
        QVERIFY(check.detail.isEmpty());
        QCOMPARE(check.subprotocol, subprotocol);
        QCOMPARE(check.extensions, extensions);
    } else {
        QVERIFY2(check.detail.contains(detailContains), qPrintable(check.detail));
    }
}

QTEST_GUILESS_MAIN(tst_Handshake)
#include "tst_handshake.moc"
