// The bridge codec: client frames to the bytes they carry, TCP bytes to binary frames. Pure, no sockets.
#include "RandomBytes.h"
#include "WsFrameWriter.h"
#include "ws/FrameCodec.h"

#include <QRandomGenerator>
#include <QTest>

using airlock::FrameCodec;
using airlock::FrameTap;
using airlock::test::randomBytes;
using airlock::test::WsFrameWriter;

namespace {

// What a bridge pump would have sent to TCP and answered to the client after presenting `stream` to a
// codec in pieces of the given sizes (cycled), keeping unconsumed bytes as the next piece's prefix.
struct Decoded
{
    QByteArray payload;
    QByteArrayList pings;
    qsizetype leftover = 0;
    QString broken; // set when decode() reports a payload outside what it consumed
};

Decoded decodeInPieces(FrameCodec& codec, const QByteArray& stream, const QList<qsizetype>& pieces)
{
    Decoded result;
    QByteArray tail;
    qsizetype offset = 0;
    int piece = 0;
    while (offset < stream.size()) {
        const qsizetype n = qMin(pieces.at(piece++ % pieces.size()), stream.size() - offset);
        QByteArray buffer = tail + stream.mid(offset, n);
        offset += n;
        qsizetype payloadLength = -1;
        const qsizetype consumed = codec.decode(buffer.data(), buffer.size(), &payloadLength, &result.pings);
        if (payloadLength < 0 || payloadLength > consumed) {
            result.broken = QStringLiteral("payload length %1 outside [0, %2]").arg(payloadLength).arg(consumed);
            return result;
        }
        result.payload += buffer.left(payloadLength);
        tail = buffer.mid(consumed);
    }
    result.leftover = tail.size();
    return result;
}

FrameTap::Options strictOptions()
{
    FrameTap::Options options;
    options.strict = true;
    return options;
}

} // namespace

class tst_FrameCodec : public QObject
{
    Q_OBJECT

private slots:
    void decodesDataFramesInAnyChunking_data();
    void decodesDataFramesInAnyChunking();
    void streamsLargePayloadBeforeItsEnd();
    void answersPingsAndIgnoresPongs();
    void skipsPongsAnsweringAirlock();
    void stopsAtCloseFrame();
    void rejectsProtocolViolations_data();
    void rejectsProtocolViolations();
    void randomStreams_data();
    void randomStreams();
    void lenientRoutesPassUnmaskedFrames();
    void reservedOpcodesFailWhateverStrictness_data();
    void reservedOpcodesFailWhateverStrictness();
    void binaryHeaderIsValidServerFrame_data();
    void binaryHeaderIsValidServerFrame();
};

void tst_FrameCodec::decodesDataFramesInAnyChunking_data()
{
    QTest::addColumn<QList<qsizetype>>("pieces");
    QTest::newRow("whole stream") << QList<qsizetype>{1 << 20};
    QTest::newRow("one byte at a time") << QList<qsizetype>{1};
    QTest::newRow("odd pieces") << QList<qsizetype>{3, 7, 1, 130, 2};
    QTest::newRow("header-sized pieces") << QList<qsizetype>{2, 4, 6, 14};
}

void tst_FrameCodec::decodesDataFramesInAnyChunking()
{
    QFETCH(QList<qsizetype>, pieces);
    const QByteArray big = randomBytes(70000, 7);  // 64-bit length field
    const QByteArray medium = randomBytes(300, 8); // 16-bit length field
    QByteArray stream;
    stream += WsFrameWriter::binary("RFB 003.008\n", true);
    stream += WsFrameWriter::text("text carries bytes too", true);
    stream += WsFrameWriter::binary(medium.left(100), true, false); // fragmented message
    stream += WsFrameWriter::continuation(medium.mid(100), true, true);
    stream += WsFrameWriter::binary(QByteArray(), true); // empty message
    stream += WsFrameWriter::binary(big, true);
    WsFrameWriter::Frame unusualKey;
    unusualKey.opcode = 0x2;
    unusualKey.masked = true;
    unusualKey.maskKey = 0xFFFFFFFF;
    unusualKey.payload = "last";
    stream += WsFrameWriter::encode(unusualKey);

    FrameCodec codec(strictOptions());
    const Decoded decoded = decodeInPieces(codec, stream, pieces);
    QVERIFY2(decoded.broken.isEmpty(), qPrintable(decoded.broken));
    QCOMPARE(decoded.leftover, 0);
    QVERIFY(!codec.tap().hasViolation());
    const QByteArray expected = QByteArray("RFB 003.008\n") + "text carries bytes too" + medium + big + "last";
    QCOMPARE(decoded.payload.size(), expected.size());
    QVERIFY(decoded.payload == expected);
    QCOMPARE(codec.tap().stats().messages, 6);
    QVERIFY(decoded.pings.isEmpty());
}

void tst_FrameCodec::streamsLargePayloadBeforeItsEnd()
{
    const QByteArray payload = randomBytes(1 << 20, 11);
    const QByteArray frame = WsFrameWriter::binary(payload, true);
    FrameCodec codec(strictOptions());
    QByteArray firstHalf = frame.left(frame.size() / 2);
    qsizetype payloadLength = 0;
    QByteArrayList pings;
    const qsizetype consumed = codec.decode(firstHalf.data(), firstHalf.size(), &payloadLength, &pings);
    // Everything that arrived is passed on: TCP must not wait for the end of a 1 MiB message.
    QCOMPARE(consumed, firstHalf.size());
    QCOMPARE(payloadLength, firstHalf.size() - 14);
    QVERIFY(firstHalf.left(payloadLength) == payload.left(payloadLength));
    QVERIFY(codec.tap().inMessage());
}

void tst_FrameCodec::answersPingsAndIgnoresPongs()
{
    QByteArray stream = WsFrameWriter::binary("a", true) + WsFrameWriter::ping("are you there", true) +
                        WsFrameWriter::pong("unsolicited", true) + WsFrameWriter::ping(QByteArray(), true) +
                        WsFrameWriter::binary("b", true, false) + WsFrameWriter::ping("mid-message", true) +
                        WsFrameWriter::continuation("c", true);
    FrameCodec codec(strictOptions());
    const Decoded decoded = decodeInPieces(codec, stream, {1});
    QVERIFY2(decoded.broken.isEmpty(), qPrintable(decoded.broken));
    QCOMPARE(decoded.payload, QByteArray("abc"));
    QCOMPARE(decoded.pings, (QByteArrayList{"are you there", QByteArray(), "mid-message"}));
    QCOMPARE(codec.tap().stats().pongs, 1);
}

void tst_FrameCodec::skipsPongsAnsweringAirlock()
{
    FrameTap::Options options = strictOptions();
    options.dropPongPrefix = "airlock-ka:1:";
    QByteArray stream = WsFrameWriter::binary("before", true) + WsFrameWriter::pong("airlock-ka:1:7", true) +
                        WsFrameWriter::binary("after", true);
    FrameCodec codec(options);
    const Decoded decoded = decodeInPieces(codec, stream, {stream.size()});
    QVERIFY2(decoded.broken.isEmpty(), qPrintable(decoded.broken));
    QCOMPARE(decoded.payload, QByteArray("beforeafter"));
    QCOMPARE(decoded.leftover, 0);
    QCOMPARE(codec.tap().stats().droppedPongs, 1);
}

void tst_FrameCodec::stopsAtCloseFrame()
{
    QByteArray stream = WsFrameWriter::binary("bye", true) + WsFrameWriter::close(1000, "done", true) +
                        WsFrameWriter::binary("never", true);
    FrameCodec codec(strictOptions());
    const Decoded decoded = decodeInPieces(codec, stream, {5});
    QVERIFY2(decoded.broken.isEmpty(), qPrintable(decoded.broken));
    QCOMPARE(decoded.payload, QByteArray("bye"));
    QVERIFY(codec.tap().closed());
    QCOMPARE(codec.tap().close().code, quint16(1000));
    QCOMPARE(codec.tap().close().reason, QByteArray("done"));
}

void tst_FrameCodec::rejectsProtocolViolations_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("payloadBefore");
    QTest::newRow("unmasked client frame") << WsFrameWriter::binary("x", false) << 1002 << QByteArray();
    QTest::newRow("invalid UTF-8 text") << QByteArray(WsFrameWriter::binary("ok", true) +
                                                      WsFrameWriter::text("\xC3\x28", true))
                                        << 1007 << QByteArray("ok");
    QTest::newRow("continuation outside a message") << WsFrameWriter::continuation("x", true) << 1002 << QByteArray();
    WsFrameWriter::Frame reserved;
    reserved.opcode = 0x3;
    reserved.masked = true;
    QTest::newRow("reserved opcode") << WsFrameWriter::encode(reserved) << 1002 << QByteArray();
}

void tst_FrameCodec::rejectsProtocolViolations()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, code);
    QFETCH(QByteArray, payloadBefore);
    FrameCodec codec(strictOptions());
    const Decoded decoded = decodeInPieces(codec, stream, {stream.size()});
    QVERIFY2(decoded.broken.isEmpty(), qPrintable(decoded.broken));
    QVERIFY(codec.tap().hasViolation());
    QCOMPARE(int(codec.tap().violation().closeCode), code);
    QCOMPARE(decoded.payload, payloadBefore);
}

void tst_FrameCodec::randomStreams_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

// Random valid client streams (text or binary messages in random fragments, pings and pongs between
// fragments, random mask keys and lengths across all three length encodings) in random pieces: the payload
// that comes out is exactly what went in, and every ping is handed back.
void tst_FrameCodec::randomStreams()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QByteArray stream;
    QByteArray expected;
    QByteArrayList expectedPings;
    const int messages = random.bounded(1, 12);
    for (int m = 0; m < messages; ++m) {
        const bool text = random.bounded(2) == 0;
        const int sizes[] = {0, 1, 125, 126, 127, 65535, 65536, 70001};
        const qsizetype size = random.bounded(4) == 0 ? sizes[random.bounded(8)] : random.bounded(3000);
        const QByteArray payload =
            text ? QByteArray(size, char('a' + random.bounded(26))) : randomBytes(size, seed * 31 + quint32(m));
        expected += payload;
        qsizetype at = 0;
        bool first = true;
        do {
            const qsizetype n = qMin(payload.size() - at, qsizetype(random.bounded(1, 40000)));
            WsFrameWriter::Frame frame;
            frame.opcode = first ? (text ? 0x1 : 0x2) : 0x0;
            frame.payload = payload.mid(at, n);
            frame.masked = true;
            frame.maskKey = random.generate();
            at += n;
            frame.fin = at >= payload.size();
            stream += WsFrameWriter::encode(frame);
            first = false;
            if (random.bounded(3) == 0) {
                const QByteArray ping = randomBytes(random.bounded(126), seed + quint32(at));
                stream += WsFrameWriter::ping(ping, true);
                expectedPings.append(ping);
            }
            if (random.bounded(4) == 0)
                stream += WsFrameWriter::pong("unsolicited", true);
        } while (at < payload.size());
    }
    QList<qsizetype> pieces;
    for (int i = 0; i < 16; ++i)
        pieces.append(random.bounded(1, 20000));

    FrameCodec codec(strictOptions());
    const Decoded decoded = decodeInPieces(codec, stream, pieces);
    QVERIFY2(decoded.broken.isEmpty(), qPrintable(decoded.broken));
    QVERIFY2(!codec.tap().hasViolation(), codec.tap().violation().reason.constData());
    QCOMPARE(decoded.leftover, 0);
    QCOMPARE(decoded.payload.size(), expected.size());
    QVERIFY(decoded.payload == expected);
    QCOMPARE(decoded.pings, expectedPings);
    QCOMPARE(codec.tap().stats().messages, messages);
}

// strictFrames off: a client that does not mask still gets its bytes through, unchanged.
void tst_FrameCodec::lenientRoutesPassUnmaskedFrames()
{
    FrameTap::Options lenient;
    lenient.strict = false;
    FrameCodec codec(lenient);
    const QByteArray stream = WsFrameWriter::binary("plain", false) + WsFrameWriter::ping("p", false) +
                              WsFrameWriter::binary(" and masked", true);
    const Decoded decoded = decodeInPieces(codec, stream, {3});
    QVERIFY2(decoded.broken.isEmpty(), qPrintable(decoded.broken));
    QVERIFY(!codec.tap().hasViolation());
    QCOMPARE(decoded.payload, QByteArray("plain and masked"));
    QCOMPARE(decoded.pings, QByteArrayList{"p"});
}

void tst_FrameCodec::reservedOpcodesFailWhateverStrictness_data()
{
    QTest::addColumn<bool>("strict");
    QTest::addColumn<int>("opcode");
    for (const bool strict : {false, true}) {
        for (const int opcode : {0x3, 0x4, 0x5, 0x6, 0x7, 0xB, 0xC, 0xD, 0xE, 0xF})
            QTest::addRow("%s, opcode 0x%X", strict ? "strict" : "lenient", opcode) << strict << opcode;
    }
}

// The bridge is the WebSocket endpoint: no extension was agreed that could give a reserved opcode a meaning,
// so RFC 6455 5.2 fails the connection, even on a route whose strictFrames is off. Nothing of the frame reaches
// TCP; what came before it does.
void tst_FrameCodec::reservedOpcodesFailWhateverStrictness()
{
    QFETCH(bool, strict);
    QFETCH(int, opcode);
    FrameTap::Options options;
    options.strict = strict;
    FrameCodec codec(options);
    WsFrameWriter::Frame reserved;
    reserved.opcode = quint8(opcode);
    reserved.payload = "hidden";
    reserved.masked = true;
    const QByteArray stream =
        WsFrameWriter::binary("before", true) + WsFrameWriter::encode(reserved) + WsFrameWriter::binary("after", true);
    const Decoded decoded = decodeInPieces(codec, stream, {1, 7, 64});
    QVERIFY2(decoded.broken.isEmpty(), qPrintable(decoded.broken));
    QVERIFY(codec.tap().hasViolation());
    QCOMPARE(int(codec.tap().violation().closeCode), 1002);
    QCOMPARE(codec.tap().violation().reason, "reserved opcode 0x" + QByteArray::number(opcode, 16).toUpper());
    QCOMPARE(decoded.payload, QByteArray("before"));
}

void tst_FrameCodec::binaryHeaderIsValidServerFrame_data()
{
    QTest::addColumn<int>("length");
    for (const int length : {0, 1, 125, 126, 65535, 65536, 300000})
        QTest::addRow("%d bytes", length) << length;
}

void tst_FrameCodec::binaryHeaderIsValidServerFrame()
{
    QFETCH(int, length);
    const QByteArray payload = randomBytes(length, quint32(length));
    const QByteArray frame = FrameCodec::binaryHeader(quint64(length)) + payload;
    QCOMPARE(frame, WsFrameWriter::binary(payload, false));
    FrameTap tap(FrameTap::Direction::ServerToClient, strictOptions());
    QCOMPARE(tap.inspect(frame), frame.size());
    QVERIFY(!tap.hasViolation());
    QCOMPARE(tap.stats().binaryMessages, 1);
    QCOMPARE(tap.stats().payloadBytes, length);
}

QTEST_GUILESS_MAIN(tst_FrameCodec)
#include "tst_framecodec.moc"
