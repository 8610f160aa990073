#include "WsFrameWriter.h"
#include "ws/FrameTap.h"

#include <QRandomGenerator>
#include <QTest>

using airlock::FrameTap;
using airlock::test::WsFrameWriter;
using Direction = FrameTap::Direction;

Q_DECLARE_METATYPE(airlock::FrameTap::Direction)

namespace {

constexpr qint64 MiB = 1024 * 1024;

// What a pump observed after presenting a stream to a tap in some chunking.
struct Run
{
    qsizetype forwarded = 0;
    bool violation = false;
    int code = 0;
    QByteArray reason;
    FrameTap::Stats stats;
    bool closed = false;
    FrameTap::Close close;
    bool boundary = true;
    bool inMessage = false;
    // Harness invariants, reported as text so a test can print them.
    QString broken;
};

FrameTap::Options options(bool strict, bool deflate = false, qint64 maxBytes = 0)
{
    FrameTap::Options o;
    o.strict = strict;
    o.deflateNegotiated = deflate;
    o.maxMessageBytes = maxBytes;
    return o;
}

// Acts like the pump: appends each arriving chunk to its unforwarded buffer, asks the tap how
// much may go, forwards that prefix and keeps the rest for the next round.
Run pump(const QByteArray& stream, Direction direction, const FrameTap::Options& opts,
         const QList<qsizetype>& chunkSizes)
{
    FrameTap tap(direction, opts);
    Run run;
    QByteArray pending;
    QByteArray forwarded;
    qsizetype offset = 0;
    for (qsizetype size : chunkSizes) {
        pending.append(stream.mid(offset, size));
        offset += size;
        const QByteArray before = pending;
        const bool stoppedBefore = tap.hasViolation() || tap.closed();
        const qsizetype n = tap.inspect(pending);
        if (pending != before)
            run.broken += QStringLiteral("input modified; ");
        if (n < 0 || n > pending.size())
            run.broken += QStringLiteral("returned %1 of %2 bytes; ").arg(n).arg(pending.size());
        if (stoppedBefore && n != 0)
            run.broken += QStringLiteral("forwarded after a violation or close; ");
        forwarded.append(pending.left(n));
        pending.remove(0, n);
    }
    if (forwarded != stream.left(forwarded.size()))
        run.broken += QStringLiteral("forwarded bytes differ from the stream; ");
    if (tap.stats().bytes != forwarded.size())
        run.broken += QStringLiteral("stats.bytes %1 != forwarded %2; ").arg(tap.stats().bytes).arg(forwarded.size());
    if (tap.violation().reason.size() > 123)
        run.broken += QStringLiteral("reason longer than 123 bytes; ");
    run.forwarded = forwarded.size();
    run.violation = tap.hasViolation();
    run.code = tap.violation().closeCode;
    run.reason = tap.violation().reason;
    run.stats = tap.stats();
    run.closed = tap.closed();
    run.close = tap.close();
    run.boundary = tap.atFrameBoundary();
    run.inMessage = tap.inMessage();
    return run;
}

QList<qsizetype> whole(const QByteArray& stream)
{
    return {stream.size()};
}

QList<qsizetype> byteByByte(const QByteArray& stream)
{
    return QList<qsizetype>(stream.size(), 1);
}

// Mostly small chunks, sometimes large ones, from a fixed seed.
QList<qsizetype> randomSplits(const QByteArray& stream, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<qsizetype> sizes;
    qsizetype left = stream.size();
    while (left > 0) {
        const qsizetype limit = rng.bounded(8) == 0 ? 5000 : 20;
        const qsizetype size = qMin(left, qsizetype(rng.bounded(1, int(limit) + 1)));
        sizes.append(size);
        left -= size;
    }
    return sizes;
}

QList<qint64> statList(const FrameTap::Stats& s)
{
    return {s.frames, s.messages, s.textMessages, s.binaryMessages, s.payloadBytes, s.pings, s.pongs};
}

const char* name(Direction d)
{
    return d == Direction::ClientToServer ? "client->server" : "server->client";
}

qsizetype headerSize(qsizetype payload, bool masked)
{
    return 2 + (payload > 0xFFFF ? 8 : (payload > 125 ? 2 : 0)) + (masked ? 4 : 0);
}

WsFrameWriter::Frame frame(quint8 opcode, const QByteArray& payload, bool masked, bool fin = true, quint8 rsv = 0)
{
    WsFrameWriter::Frame f;
    f.opcode = opcode;
    f.payload = payload;
    f.masked = masked;
    f.fin = fin;
    f.rsv = rsv;
    return f;
}

QByteArray encoded(quint8 opcode, const QByteArray& payload, bool masked, bool fin = true, quint8 rsv = 0)
{
    return WsFrameWriter::encode(frame(opcode, payload, masked, fin, rsv));
}

// Like pump(), and skips the frames the tap asks to drop: returns the bytes forwarded.
QByteArray pumpWithDrops(const QByteArray& stream, Direction direction, const FrameTap::Options& opts,
                         const QList<qsizetype>& chunkSizes, FrameTap::Stats* stats)
{
    FrameTap tap(direction, opts);
    QByteArray pending;
    QByteArray forwarded;
    qsizetype offset = 0;
    for (qsizetype size : chunkSizes) {
        pending.append(stream.mid(offset, size));
        offset += size;
        for (;;) {
            const qsizetype n = tap.inspect(pending);
            forwarded.append(pending.left(n));
            pending.remove(0, n);
            const qsizetype drop = tap.takeDrop();
            if (drop == 0)
                break;
            pending.remove(0, drop);
        }
    }
    *stats = tap.stats();
    return forwarded;
}

} // namespace

class tst_FrameTap : public QObject
{
    Q_OBJECT

private slots:
    void validStreams_data();
    void validStreams();
    void violations_data();
    void violations();
    void randomValidStreams_data();
    void randomValidStreams();
    void hugeAnnouncedFrame_data();
    void hugeAnnouncedFrame();
    void controlFrameWaitsForWholePayload_data();
    void controlFrameWaitsForWholePayload();
    void headerWaitsUntilComplete_data();
    void headerWaitsUntilComplete();
    void stateAfterEachStep();
    void nothingPassesAfterViolationOrClose_data();
    void nothingPassesAfterViolationOrClose();
    void dropsOnlyMarkedPongs_data();
    void dropsOnlyMarkedPongs();
};

void tst_FrameTap::validStreams_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<bool>("deflate");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<qsizetype>("forwarded");
    // frames, messages, text, binary, payloadBytes, pings, pongs
    QTest::addColumn<QList<qint64>>("stats");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<QByteArray>("closeReason");
    QTest::addColumn<bool>("boundary");
    QTest::addColumn<bool>("inMessage");

    using W = WsFrameWriter;
    for (Direction d : {Direction::ClientToServer, Direction::ServerToClient}) {
        const bool m = d == Direction::ClientToServer;
        const auto row = [d](const char* what) -> QTestData& { return QTest::addRow("%s (%s)", what, name(d)) << d; };

        QByteArray s = W::text("hello", m);
        row("single text") << true << false << qint64(0) << s << s.size() << QList<qint64>{1, 1, 1, 0, 5, 0, 0} << false
                           << 0 << QByteArray() << true << false;

        s = W::text("Hel", m, false) + W::ping("p1", m) + W::continuation("lo", m, false) + W::pong("", m) +
            W::continuation(" world", m);
        row("fragmented text with interleaved ping and pong")
            << true << false << qint64(0) << s << s.size() << QList<qint64>{5, 1, 1, 0, 11, 1, 1} << false << 0
            << QByteArray() << true << false;

        // h C3|A9 l l o ' ' E2|82 AC ' ' F0 9F|98 80 ! : every cut falls inside a sequence.
        const QByteArray utf8 = QByteArrayLiteral("h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80!");
        s = W::text(utf8.mid(0, 2), m, false) + W::continuation(utf8.mid(2, 6), m, false) +
            W::continuation(utf8.mid(8, 4), m, false) + W::ping("mid", m) + W::continuation(utf8.mid(12, 2), m, false) +
            W::continuation(utf8.mid(14), m);
        row("multibyte UTF-8 cut inside sequences across fragments")
            << true << false << qint64(0) << s << s.size() << QList<qint64>{6, 1, 1, 0, 16, 1, 0} << false << 0
            << QByteArray() << true << false;

        s = W::binary(QByteArrayLiteral("\xFF\xFE\x00"), m);
        row("binary payload is not UTF-8 checked")
            << true << false << qint64(0) << s << s.size() << QList<qint64>{1, 1, 0, 1, 3, 0, 0} << false << 0
            << QByteArray() << true << false;

        s = W::text("", m) + W::binary("", m, false) + W::continuation("", m);
        row("empty messages and an empty final fragment")
            << true << false << qint64(0) << s << s.size() << QList<qint64>{3, 2, 1, 1, 0, 0, 0} << false << 0
            << QByteArray() << true << false;

        QByteArray big(70000, 'a');
        for (int i = 0; i < big.size(); i += 7)
            big[i] = char(0x20 + i % 90);
        s = W::binary(QByteArray(300, 'x'), m) + W::text(big, m);
        row("16-bit and 64-bit payload lengths")
            << true << false << qint64(0) << s << s.size() << QList<qint64>{2, 2, 1, 1, 70300, 0, 0} << false << 0
            << QByteArray() << true << false;

        s = W::text("x", m) + W::close(1000, "bye", m);
        row("close with code and reason stops forwarding")
            << true << false << qint64(0) << (s + W::text("never", m)) << s.size() << QList<qint64>{2, 1, 1, 0, 1, 0, 0}
            << true << 1000 << QByteArrayLiteral("bye") << true << false;

        s = W::close(-1, "", m);
        row("close without status code") << true << false << qint64(0) << (s + W::ping("p", m)) << s.size()
                                         << QList<qint64>{1, 0, 0, 0, 0, 0, 0} << true << 0 << QByteArray() << true
                                         << false;

        const QByteArray reason = QByteArrayLiteral("sessi\xC3\xB3n unknown");
        s = W::text("a", m, false) + W::close(4404, reason, m);
        row("close 4404 with UTF-8 reason inside a fragmented message")
            << true << false << qint64(0) << s << s.size() << QList<qint64>{2, 0, 0, 0, 1, 0, 0} << true << 4404
            << reason << true << true;

        s = encoded(0x1, QByteArrayLiteral("\xFF\x00"), m, false, 4) + W::continuation("\x80", m) +
            encoded(0x2, "\x01", m, true, 4) + W::text("plain", m);
        row("deflate: RSV1 on first frames, compressed text not UTF-8 checked")
            << true << true << qint64(0) << s << s.size() << QList<qint64>{4, 3, 2, 1, 9, 0, 0} << false << 0
            << QByteArray() << true << false;

        s = W::text("wrong mask", !m) + encoded(0x3, "r", m) + encoded(0x2, "b", m, true, 3) + W::text("\xFF", m) +
            W::continuation("c", m) + encoded(0x9, QByteArray(200, 'p'), m) + encoded(0xB, "", m) +
            W::close(1005, "\xFF", m);
        row("non-strict: protocol errors pass, close still ends the stream")
            << false << false << qint64(0) << (s + W::text("after", m)) << s.size()
            << QList<qint64>{8, 3, 2, 1, 14, 1, 0} << true << 1005 << QByteArrayLiteral("\xFF") << true << false;

        WsFrameWriter::Frame longLength = frame(0x2, "five!", m);
        longLength.lengthBits = 64;
        s = WsFrameWriter::encode(longLength);
        row("non-strict: a length not in its shortest encoding passes")
            << false << false << qint64(0) << s << s.size() << QList<qint64>{1, 1, 0, 1, 5, 0, 0} << false << 0
            << QByteArray() << true << false;

        s = W::text("abcd", m, false) + W::continuation("efghij", m) + W::binary(QByteArray(10, 'b'), m);
        row("maxMessageBytes reached exactly across fragments")
            << true << false << qint64(10) << s << s.size() << QList<qint64>{3, 2, 1, 1, 20, 0, 0} << false << 0
            << QByteArray() << true << false;

        s = W::text("0123456789", m).left(headerSize(10, m) + 4);
        row("data frame partly arrived is forwarded")
            << true << false << qint64(0) << s << s.size() << QList<qint64>{0, 0, 0, 0, 4, 0, 0} << false << 0
            << QByteArray() << false << true;

        s = W::text("ok", m);
        row("ping partly arrived is held")
            << true << false << qint64(0) << (s + W::ping("0123456789", m).left(headerSize(10, m) + 5)) << s.size()
            << QList<qint64>{1, 1, 1, 0, 2, 0, 0} << false << 0 << QByteArray() << true << false;

        row("header partly arrived is held")
            << true << false << qint64(0) << (s + WsFrameWriter::header(0x2, 70000, m).left(5)) << s.size()
            << QList<qint64>{1, 1, 1, 0, 2, 0, 0} << false << 0 << QByteArray() << true << false;

        row("close partly arrived is held")
            << true << false << qint64(0) << W::close(1000, "bye", m).left(4) << qsizetype(0)
            << QList<qint64>{0, 0, 0, 0, 0, 0, 0} << false << 0 << QByteArray() << true << false;
    }
}

void tst_FrameTap::validStreams()
{
    QFETCH(Direction, direction);
    QFETCH(bool, strict);
    QFETCH(bool, deflate);
    QFETCH(qint64, maxBytes);
    QFETCH(QByteArray, stream);
    QFETCH(qsizetype, forwarded);
    QFETCH(QList<qint64>, stats);
    QFETCH(bool, closed);
    QFETCH(int, closeCode);
    QFETCH(QByteArray, closeReason);
    QFETCH(bool, boundary);
    QFETCH(bool, inMessage);

    const FrameTap::Options opts = options(strict, deflate, maxBytes);
    QList<QPair<QString, QList<qsizetype>>> plans{{QStringLiteral("whole"), whole(stream)},
                                                  {QStringLiteral("byte by byte"), byteByByte(stream)}};
    for (quint32 seed = 1; seed <= 5; ++seed)
        plans.append({QStringLiteral("random splits, seed %1").arg(seed), randomSplits(stream, seed)});

    for (const auto& [plan, sizes] : plans) {
        const Run run = pump(stream, direction, opts, sizes);
        const QByteArray where = plan.toUtf8();
        QVERIFY2(run.broken.isEmpty(), qPrintable(plan + QStringLiteral(": ") + run.broken));
        QVERIFY2(!run.violation, QByteArray(where + ": " + run.reason).constData());
        QVERIFY2(run.forwarded == forwarded, where.constData());
        QVERIFY2(statList(run.stats) == stats, where.constData());
        QCOMPARE(run.stats.bytes, qint64(forwarded));
        QVERIFY2(run.closed == closed, where.constData());
        QVERIFY2(run.close.seen == closed, where.constData());
        QVERIFY2(int(run.close.code) == closeCode, where.constData());
        QVERIFY2(run.close.reason == closeReason, where.constData());
        QVERIFY2(run.boundary == boundary, where.constData());
        QVERIFY2(run.inMessage == inMessage, where.constData());
    }
}

void tst_FrameTap::violations_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<bool>("deflate");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<qsizetype>("frameStart");      // what a whole feed forwards
    QTest::addColumn<qsizetype>("lastForwardable"); // no chunking may forward more
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");

    using W = WsFrameWriter;
    for (Direction d : {Direction::ClientToServer, Direction::ServerToClient}) {
        const bool m = d == Direction::ClientToServer;
        // Valid traffic before the offending frame and valid traffic after it that must not pass.
        const QByteArray before = W::ping("p", m) + W::text("ok", m);
        const QByteArray after = W::text("after", m);
        const qsizetype at = before.size();
        const qsizetype hdr = 2 + (m ? 4 : 0);

        const auto add = [&](const QByteArray& what, const QByteArray& bad, int code, const QByteArray& reason,
                             qsizetype badFrameOffset = 0, qsizetype forwardableInBad = -1, bool deflate = false,
                             qint64 maxBytes = 0, bool strict = true) {
            const qsizetype start = at + badFrameOffset;
            const qsizetype last = forwardableInBad < 0 ? start : start + forwardableInBad;
            QTest::addRow("%s (%s)", what.constData(), name(d))
                << d << strict << deflate << maxBytes << (before + bad + after) << start << last << code << reason;
        };

        // Masking by direction.
        if (m) {
            add("unmasked client text", W::text("hi", false), 1002, "unmasked client frame");
            add("unmasked client ping", W::ping("", false), 1002, "unmasked client frame");
        } else {
            add("masked server text", W::text("hi", true), 1002, "masked server frame");
            add("masked server close", W::close(1000, "", true), 1002, "masked server frame");
        }

        // Reserved bits.
        add("RSV1 without deflate", encoded(0x1, "x", m, true, 4), 1002, "RSV1 set without permessage-deflate");
        add("RSV2 set", encoded(0x2, "x", m, true, 2), 1002, "RSV2 or RSV3 set");
        add("RSV3 set", encoded(0x2, "x", m, true, 1), 1002, "RSV2 or RSV3 set");
        add("RSV2 set with deflate", encoded(0x1, "x", m, true, 2), 1002, "RSV2 or RSV3 set", 0, -1, true);
        const QByteArray first = encoded(0x1, "x", m, false, 4);
        add("deflate: RSV1 on a continuation frame", first + encoded(0x0, "y", m, true, 4), 1002,
            "RSV1 set on a continuation frame", first.size(), -1, true);
        add("deflate: RSV1 on a ping", encoded(0x9, "", m, true, 4), 1002, "RSV1 set on a control frame", 0, -1, true);

        // Reserved opcodes.
        for (quint8 op : {0x3, 0x4, 0x5, 0x6, 0x7, 0xB, 0xC, 0xD, 0xE, 0xF}) {
            const QByteArray hex = QByteArray::number(op, 16).toUpper();
            add("reserved opcode 0x" + hex, encoded(op, "x", m), 1002, "reserved opcode 0x" + hex);
        }

        // Control frame rules.
        add("fragmented ping", encoded(0x9, "x", m, false), 1002, "fragmented control frame");
        add("fragmented close", encoded(0x8, QByteArrayLiteral("\x03\xE8"), m, false), 1002,
            "fragmented control frame");
        add("ping of 126 bytes", W::ping(QByteArray(126, 'p'), m), 1002, "control frame payload exceeds 125 bytes");
        add("close of 126 bytes", W::close(1000, QByteArray(124, 'r'), m), 1002,
            "control frame payload exceeds 125 bytes");
        WsFrameWriter::Frame longForm = frame(0xA, "pong", m);
        longForm.lengthBits = 16;
        add("pong with a 16-bit length field", WsFrameWriter::encode(longForm), 1002,
            "control frame payload exceeds 125 bytes");

        // Fragmentation order.
        add("continuation without an open message", W::continuation("x", m), 1002,
            "continuation frame without an open message");
        const QByteArray done = W::text("done", m);
        add("continuation after a finished message", done + W::continuation("x", m), 1002,
            "continuation frame without an open message", done.size());
        const QByteArray open = W::text("a", m, false);
        add("text inside a fragmented message", open + W::text("b", m), 1002,
            "new data frame inside a fragmented message", open.size());
        add("binary inside a fragmented text message after a ping", open + W::ping("", m) + W::binary("b", m), 1002,
            "new data frame inside a fragmented message", open.size() + W::ping("", m).size());

        // Length encoding.
        WsFrameWriter::Frame topBit = frame(0x2, QByteArray(), m);
        topBit.useRawLength64 = true;
        topBit.rawLength64 = 0x8000000000000000ULL;
        add("64-bit length with the top bit set", WsFrameWriter::encode(topBit), 1002,
            "64-bit payload length has the top bit set");
        WsFrameWriter::Frame short16 = frame(0x2, "five!", m);
        short16.lengthBits = 16;
        add("5 bytes in a 16-bit length", WsFrameWriter::encode(short16), 1002,
            "payload length not in its shortest encoding");
        WsFrameWriter::Frame short64 = frame(0x1, QByteArray(200, 't'), m);
        short64.lengthBits = 64;
        add("200 bytes in a 64-bit length", WsFrameWriter::encode(short64), 1002,
            "payload length not in its shortest encoding");

        // Close frame contents.
        add("close with 1-byte payload", encoded(0x8, "\x03", m), 1002, "close frame with 1-byte payload");
        for (int code : {0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535}) {
            const QByteArray number = QByteArray::number(code);
            add("close code " + number, W::close(code, "", m), 1002, "invalid close code " + number);
        }
        add("close reason not UTF-8", W::close(1000, "bad \xFF", m), 1007, "invalid UTF-8 in close reason");
        add("close reason ends mid-sequence", W::close(1000, "\xE2\x82", m), 1007, "invalid UTF-8 in close reason");
        add("close reason with a surrogate", W::close(4000, "\xED\xA0\x80", m), 1007, "invalid UTF-8 in close reason");

        // UTF-8 of text messages. Under a chunked feed the valid bytes before the bad one may pass.
        add("invalid byte in a text frame",
            W::text("ab\xFF"
                    "cd",
                    m),
            1007, "invalid UTF-8 in text message", 0, hdr + 2);
        add("overlong in a text frame", W::text("\xC0\xAF", m), 1007, "invalid UTF-8 in text message", 0, hdr);
        const QByteArray lead = W::text("ab\xED", m, false);
        add("surrogate split across fragments", lead + W::continuation("\xA0\x80", m), 1007,
            "invalid UTF-8 in text message", lead.size(), hdr);
        add("message ends mid-sequence at FIN", W::text("ab\xE2\x82", m), 1007, "invalid UTF-8 in text message", 0,
            hdr + 3);
        const QByteArray unfinished = W::text("ab\xE2\x82", m, false);
        add("message ends mid-sequence at an empty final fragment", unfinished + W::continuation("", m), 1007,
            "invalid UTF-8 in text message", unfinished.size(), 0);
        const QByteArray withPing = W::text("ok", m, false) + W::ping("", m);
        add("invalid fragment after an interleaved ping", withPing + W::continuation("\xC0\xAF", m), 1007,
            "invalid UTF-8 in text message", withPing.size(), hdr);
        add("invalid byte after 3000 valid ones", W::text(QByteArray(QByteArray(3000, 'a') + "\xFF"), m), 1007,
            "invalid UTF-8 in text message", 0, hdr + 2 + 3000);
        add("invalid byte in a fragment announced at 70000 bytes",
            W::text(QByteArray(QByteArray(69999, 'a') + "\xFF"), m), 1007, "invalid UTF-8 in text message", 0,
            hdr + 8 + 69999);

        // Message size limit, from the announced lengths.
        add("single frame over maxMessageBytes", W::text("0123456789x", m), 1009, "message exceeds 10 bytes", 0, -1,
            false, 10);
        const QByteArray six = W::text("012345", m, false);
        add("fragments over maxMessageBytes", six + W::continuation("6789x", m), 1009, "message exceeds 10 bytes",
            six.size(), -1, false, 10);
        add("16 MiB announced over a 1 MiB limit", WsFrameWriter::header(0x2, 16 * MiB, m) + QByteArray(100, 'z'), 1009,
            "message exceeds 1048576 bytes", 0, -1, false, MiB);
        add("non-strict still enforces maxMessageBytes", W::binary(QByteArray(11, 'b'), m), 1009,
            "message exceeds 10 bytes", 0, -1, false, 10, false);
    }
}

void tst_FrameTap::violations()
{
    QFETCH(Direction, direction);
    QFETCH(bool, strict);
    QFETCH(bool, deflate);
    QFETCH(qint64, maxBytes);
    QFETCH(QByteArray, stream);
    QFETCH(qsizetype, frameStart);
    QFETCH(qsizetype, lastForwardable);
    QFETCH(int, code);
    QFETCH(QByteArray, reason);

    const FrameTap::Options opts = options(strict, deflate, maxBytes);
    const Run reference = pump(stream, direction, opts, whole(stream));
    QVERIFY2(reference.broken.isEmpty(), qPrintable(reference.broken));
    QVERIFY(reference.violation);
    QCOMPARE(reference.code, code);
    QCOMPARE(reference.reason, reason);
    QCOMPARE(reference.forwarded, frameStart);
    QVERIFY(reference.boundary);
    QVERIFY(!reference.closed);

    QList<QPair<QString, QList<qsizetype>>> plans{{QStringLiteral("byte by byte"), byteByByte(stream)}};
    for (quint32 seed = 1; seed <= 5; ++seed)
        plans.append({QStringLiteral("random splits, seed %1").arg(seed), randomSplits(stream, seed)});
    for (const auto& [plan, sizes] : plans) {
        const Run run = pump(stream, direction, opts, sizes);
        const QByteArray where = plan.toUtf8();
        QVERIFY2(run.broken.isEmpty(), qPrintable(plan + QStringLiteral(": ") + run.broken));
        QVERIFY2(run.violation, where.constData());
        QVERIFY2(run.code == code, where.constData());
        QVERIFY2(run.reason == reason, where.constData());
        QVERIFY2(run.forwarded >= frameStart && run.forwarded <= lastForwardable,
                 qPrintable(plan + QStringLiteral(": forwarded %1").arg(run.forwarded)));
        // The pump may add its own close frame only when what it forwarded ends at a frame end.
        QVERIFY2(run.boundary == (run.forwarded == frameStart), where.constData());
        QVERIFY2(run.stats.frames == reference.stats.frames, where.constData());
        QVERIFY2(run.stats.messages == reference.stats.messages, where.constData());
        QVERIFY2(run.stats.pings == reference.stats.pings, where.constData());
    }
}

void tst_FrameTap::randomValidStreams_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<quint32>("seed");
    for (Direction d : {Direction::ClientToServer, Direction::ServerToClient}) {
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u (%s)", seed, name(d)) << d << seed;
    }
}

void tst_FrameTap::randomValidStreams()
{
    QFETCH(Direction, direction);
    QFETCH(quint32, seed);
    const bool m = direction == Direction::ClientToServer;

    QRandomGenerator rng(seed);
    const auto randomText = [&rng](int codePoints) {
        QByteArray out;
        for (int i = 0; i < codePoints; ++i) {
            char32_t cp = 0;
            switch (rng.bounded(4)) {
            case 0:
                cp = char32_t(rng.bounded(0x20, 0x7F));
                break;
            case 1:
                cp = char32_t(rng.bounded(0x80, 0x800));
                break;
            case 2:
                do
                    cp = char32_t(rng.bounded(0x800, 0x10000));
                while (cp >= 0xD800 && cp <= 0xDFFF);
                break;
            default:
                cp = char32_t(rng.bounded(0x10000, 0x110000));
                break;
            }
            out.append(QString::fromUcs4(&cp, 1).toUtf8());
        }
        return out;
    };
    const auto masked = [&](quint8 opcode, const QByteArray& payload, bool fin) {
        WsFrameWriter::Frame f = frame(opcode, payload, m, fin);
        f.maskKey = rng.generate();
        return WsFrameWriter::encode(f);
    };

    QByteArray stream;
    QList<qint64> expected{0, 0, 0, 0, 0, 0, 0};
    const int messageCount = int(rng.bounded(1, 12));
    for (int msg = 0; msg < messageCount; ++msg) {
        const bool isText = rng.bounded(2) == 0;
        const int size = rng.bounded(10) == 0 ? int(rng.bounded(200, 3000)) : int(rng.bounded(0, 60));
        QByteArray payload;
        if (isText) {
            payload = randomText(size);
        } else {
            payload.resize(size);
            for (char& c : payload)
                c = char(rng.bounded(256));
        }
        // Cut anywhere, including inside UTF-8 sequences, and put pings or pongs between fragments.
        QList<qsizetype> cuts;
        const int fragments = int(rng.bounded(1, 5));
        for (int i = 1; i < fragments; ++i)
            cuts.append(qsizetype(rng.bounded(int(payload.size()) + 1)));
        std::sort(cuts.begin(), cuts.end());
        cuts.append(payload.size());
        qsizetype from = 0;
        for (qsizetype i = 0; i < cuts.size(); ++i) {
            const bool fin = i == cuts.size() - 1;
            stream += masked(i == 0 ? (isText ? 0x1 : 0x2) : 0x0, payload.mid(from, cuts[i] - from), fin);
            from = cuts[i];
            ++expected[0];
            if (!fin && rng.bounded(3) == 0) {
                const bool ping = rng.bounded(2) == 0;
                stream += masked(ping ? 0x9 : 0xA, QByteArray(int(rng.bounded(126)), 'c'), true);
                ++expected[0];
                ++expected[ping ? 5 : 6];
            }
        }
        ++expected[1];
        ++expected[isText ? 2 : 3];
        expected[4] += payload.size();
    }

    const FrameTap::Options strict = options(true);
    for (quint32 split = 0; split < 4; ++split) {
        const QList<qsizetype> sizes = split == 0 ? whole(stream) : randomSplits(stream, seed * 100 + split);
        const Run run = pump(stream, direction, strict, sizes);
        QVERIFY2(run.broken.isEmpty(), qPrintable(run.broken));
        QVERIFY2(!run.violation, run.reason.constData());
        QCOMPARE(run.forwarded, stream.size());
        QCOMPARE(statList(run.stats), expected);
        QVERIFY(run.boundary);
        QVERIFY(!run.inMessage);
    }
}

void tst_FrameTap::hugeAnnouncedFrame_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<quint64>("announced");
    QTest::addColumn<bool>("sendAll");

    for (Direction d : {Direction::ClientToServer, Direction::ServerToClient}) {
        QTest::addRow("16 MiB binary, partly sent (%s)", name(d)) << d << 0x2 << quint64(16 * MiB) << false;
        QTest::addRow("16 MiB text, partly sent (%s)", name(d)) << d << 0x1 << quint64(16 * MiB) << false;
        QTest::addRow("2^62 bytes binary, partly sent (%s)", name(d)) << d << 0x2 << (quint64(1) << 62) << false;
        QTest::addRow("16 MiB binary, sent in 64 KiB chunks (%s)", name(d)) << d << 0x2 << quint64(16 * MiB) << true;
        QTest::addRow("16 MiB text, sent in 64 KiB chunks (%s)", name(d)) << d << 0x1 << quint64(16 * MiB) << true;
    }
}

void tst_FrameTap::hugeAnnouncedFrame()
{
    QFETCH(Direction, direction);
    QFETCH(int, opcode);
    QFETCH(quint64, announced);
    QFETCH(bool, sendAll);
    const bool m = direction == Direction::ClientToServer;

    // The announced length is never used to size anything: 2^62 would fail to allocate.
    FrameTap tap(direction, options(true));
    const quint32 key = 0x1234ABCD;
    const QByteArray header = WsFrameWriter::header(quint8(opcode), announced, m, true, 0, key);
    // One 64 KiB block of payload repeated; with a key repeating every 4 bytes, the masked
    // block is the same at every multiple of 4.
    const QByteArray plain(64 * 1024, 'a');
    const QByteArray block = m ? WsFrameWriter::mask(plain, key) : plain;

    const QByteArray start = header + block.left(1000);
    QCOMPARE(tap.inspect(start), start.size());
    QVERIFY(!tap.hasViolation());
    QVERIFY(!tap.atFrameBoundary());
    QVERIFY(tap.inMessage());
    QCOMPARE(tap.stats().frames, 0);
    QCOMPARE(tap.stats().payloadBytes, 1000);
    QCOMPARE(tap.stats().bytes, start.size());
    if (!sendAll)
        return;

    // Continue from payload offset 1000 (a multiple of 4, so the block lines up).
    quint64 sent = 1000;
    QCOMPARE(tap.inspect(QByteArrayView(block).sliced(1000)), block.size() - 1000);
    sent += quint64(block.size() - 1000);
    while (sent < announced) {
        const qsizetype n = qsizetype(qMin<quint64>(quint64(block.size()), announced - sent));
        QCOMPARE(tap.inspect(QByteArrayView(block).first(n)), n);
        sent += quint64(n);
    }
    QVERIFY(!tap.hasViolation());
    QVERIFY(tap.atFrameBoundary());
    QVERIFY(!tap.inMessage());
    QCOMPARE(tap.stats().frames, 1);
    QCOMPARE(tap.stats().messages, 1);
    QCOMPARE(tap.stats().textMessages, opcode == 0x1 ? 1 : 0);
    QCOMPARE(tap.stats().payloadBytes, qint64(announced));
    QCOMPARE(tap.stats().bytes, header.size() + qint64(announced));
}

void tst_FrameTap::controlFrameWaitsForWholePayload_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QByteArray>("control");
    QTest::addColumn<bool>("isClose");
    for (Direction d : {Direction::ClientToServer, Direction::ServerToClient}) {
        const bool m = d == Direction::ClientToServer;
        QTest::addRow("ping with 125 bytes (%s)", name(d))
            << d << WsFrameWriter::ping(QByteArray(125, 'p'), m) << false;
        QTest::addRow("pong with 3 bytes (%s)", name(d)) << d << WsFrameWriter::pong("abc", m) << false;
        QTest::addRow("close with reason (%s)", name(d)) << d << WsFrameWriter::close(1001, "going away", m) << true;
    }
}

void tst_FrameTap::controlFrameWaitsForWholePayload()
{
    QFETCH(Direction, direction);
    QFETCH(QByteArray, control);
    QFETCH(bool, isClose);
    const bool m = direction == Direction::ClientToServer;

    // Before the control frame: a data frame whose payload passes as it arrives.
    const QByteArray data = WsFrameWriter::binary("0123456789", m);
    const QByteArray stream = data + control;
    for (qsizetype k = data.size(); k < stream.size(); ++k) {
        FrameTap tap(direction, options(true));
        QCOMPARE(tap.inspect(QByteArrayView(stream).first(k)), data.size());
        QVERIFY(!tap.closed());
        QVERIFY(tap.atFrameBoundary());
    }
    FrameTap tap(direction, options(true));
    QCOMPARE(tap.inspect(stream), stream.size());
    QCOMPARE(tap.closed(), isClose);
    QCOMPARE(tap.stats().frames, 2);
}

void tst_FrameTap::headerWaitsUntilComplete_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<quint64>("length");
    QTest::addColumn<int>("headerBytes");
    for (Direction d : {Direction::ClientToServer, Direction::ServerToClient}) {
        const int mask = d == Direction::ClientToServer ? 4 : 0;
        QTest::addRow("7-bit length (%s)", name(d)) << d << quint64(100) << 2 + mask;
        QTest::addRow("16-bit length (%s)", name(d)) << d << quint64(1000) << 4 + mask;
        QTest::addRow("64-bit length (%s)", name(d)) << d << quint64(100000) << 10 + mask;
    }
}

void tst_FrameTap::headerWaitsUntilComplete()
{
    QFETCH(Direction, direction);
    QFETCH(quint64, length);
    QFETCH(int, headerBytes);
    const bool m = direction == Direction::ClientToServer;

    const QByteArray header = WsFrameWriter::header(0x2, length, m);
    QCOMPARE(header.size(), headerBytes);
    const QByteArray stream = header + QByteArray(3, 'd');
    for (int k = 0; k < headerBytes; ++k) {
        FrameTap tap(direction, options(true));
        QCOMPARE(tap.inspect(QByteArrayView(stream).first(k)), 0);
        QVERIFY(tap.atFrameBoundary());
    }
    FrameTap tap(direction, options(true));
    QCOMPARE(tap.inspect(QByteArrayView(stream).first(headerBytes)), headerBytes);
    QVERIFY(!tap.atFrameBoundary());
    QCOMPARE(tap.inspect(QByteArrayView(stream).sliced(headerBytes)), 3);
    QCOMPARE(tap.stats().payloadBytes, 3);
}

void tst_FrameTap::stateAfterEachStep()
{
    // Client to server: header, partial payload, fragment end, ping, final fragment, close.
    FrameTap tap(Direction::ClientToServer, options(true));
    const QByteArray first = WsFrameWriter::text("Hello, ", true, false);
    const QByteArray ping = WsFrameWriter::ping("k", true);
    const QByteArray last = WsFrameWriter::continuation("world", true);
    const QByteArray close = WsFrameWriter::close(1000, "", true);

    QVERIFY(tap.atFrameBoundary());
    QVERIFY(!tap.inMessage());

    QCOMPARE(tap.inspect(first.left(6)), 6); // header only
    QVERIFY(!tap.atFrameBoundary());
    QVERIFY(tap.inMessage());

    QCOMPARE(tap.inspect(first.mid(6)), first.size() - 6);
    QVERIFY(tap.atFrameBoundary());
    QVERIFY(tap.inMessage()); // fragmented message still open

    QCOMPARE(tap.inspect(ping), ping.size());
    QVERIFY(tap.atFrameBoundary());
    QVERIFY(tap.inMessage());
    QCOMPARE(tap.stats().pings, 1);

    QCOMPARE(tap.inspect(QByteArray(last + close.left(3))), last.size());
    QVERIFY(tap.atFrameBoundary());
    QVERIFY(!tap.inMessage());
    QCOMPARE(tap.stats().messages, 1);
    QCOMPARE(tap.stats().textMessages, 1);
    QCOMPARE(tap.stats().payloadBytes, 12);
    QVERIFY(!tap.closed());

    QCOMPARE(tap.inspect(close), close.size());
    QVERIFY(tap.closed());
    QVERIFY(tap.close().seen);
    QCOMPARE(tap.close().code, quint16(1000));
    QCOMPARE(tap.stats().frames, 4);
    QCOMPARE(tap.stats().bytes, first.size() + ping.size() + last.size() + close.size());
}

void tst_FrameTap::nothingPassesAfterViolationOrClose_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QByteArray>("stopper");
    QTest::addColumn<bool>("violation");
    for (Direction d : {Direction::ClientToServer, Direction::ServerToClient}) {
        const bool m = d == Direction::ClientToServer;
        QTest::addRow("after a violation (%s)", name(d)) << d << encoded(0x3, "", m) << true;
        QTest::addRow("after a close frame (%s)", name(d)) << d << WsFrameWriter::close(1000, "", m) << false;
    }
}

void tst_FrameTap::nothingPassesAfterViolationOrClose()
{
    QFETCH(Direction, direction);
    QFETCH(QByteArray, stopper);
    QFETCH(bool, violation);
    const bool m = direction == Direction::ClientToServer;

    FrameTap tap(direction, options(true));
    const QByteArray good = WsFrameWriter::text("fine", m);
    const qsizetype n = tap.inspect(QByteArray(good + stopper));
    QCOMPARE(n, violation ? good.size() : good.size() + stopper.size());
    QCOMPARE(tap.hasViolation(), violation);
    QCOMPARE(tap.closed(), !violation);
    const FrameTap::Stats before = tap.stats();
    // Whatever comes next, valid or not, in one piece or many, nothing more passes.
    QCOMPARE(tap.inspect(good), 0);
    QCOMPARE(tap.inspect(QByteArray(stopper + good)), 0);
    QCOMPARE(tap.inspect(QByteArray()), 0);
    QCOMPARE(tap.stats().bytes, before.bytes);
    QCOMPARE(tap.stats().frames, before.frames);
    QCOMPARE(tap.hasViolation(), violation);
}

void tst_FrameTap::dropsOnlyMarkedPongs_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArray>("expected"); // what must be forwarded
    QTest::addColumn<int>("dropped");
    QTest::addColumn<int>("pongs"); // pongs forwarded

    for (const Direction d : {Direction::ClientToServer, Direction::ServerToClient}) {
        const bool m = d == Direction::ClientToServer;
        const QByteArray mine = encoded(0xA, "ka:7:1", m);
        const QByteArray text = encoded(0x1, "hello", m);
        const QByteArray bigText = encoded(0x1, QByteArray(70000, 'x'), m);
        const QByteArray empty = encoded(0xA, {}, m);
        const QByteArray other = encoded(0xA, "ka:8:1", m);
        const QByteArray shortOne = encoded(0xA, "ka:", m);
        const QByteArray ping = encoded(0x9, "ka:7:1", m);
        const QByteArray first = encoded(0x1, "frag", m, false);
        const QByteArray last = encoded(0x0, "ment", m);
        auto add = [&](const char* tag, const QByteArray& stream, const QByteArray& expected, int dropped, int pongs) {
            QTest::addRow("%s %s", name(d), tag) << d << stream << expected << dropped << pongs;
        };
        add("only a marked pong", mine, QByteArray(), 1, 0);
        add("between data frames", text + mine + text, text + text, 1, 0);
        add("two in a row", mine + encoded(0xA, "ka:7:2", m), QByteArray(), 2, 0);
        add("inside a fragmented message", first + mine + last, first + last, 1, 0);
        add("after a long frame", bigText + mine + text, bigText + text, 1, 0);
        add("empty pong passes", empty + mine, empty, 1, 1);
        add("another session's pong passes", other, other, 0, 1);
        add("payload shorter than the marker passes", shortOne, shortOne, 0, 1);
        add("a ping with the marker passes", ping, ping, 0, 0);
    }
}

void tst_FrameTap::dropsOnlyMarkedPongs()
{
    QFETCH(Direction, direction);
    QFETCH(QByteArray, stream);
    QFETCH(QByteArray, expected);
    QFETCH(int, dropped);
    QFETCH(int, pongs);
    FrameTap::Options opts = options(true);
    opts.dropPongPrefix = "ka:7:";
    const QList<QList<qsizetype>> chunkings = {whole(stream), byteByByte(stream), randomSplits(stream, 7)};
    for (const QList<qsizetype>& chunks : chunkings) {
        FrameTap::Stats stats;
        const QByteArray forwarded = pumpWithDrops(stream, direction, opts, chunks, &stats);
        QCOMPARE(forwarded.toHex(), expected.toHex());
        QCOMPARE(stats.droppedPongs, qint64(dropped));
        QCOMPARE(stats.pongs, qint64(pongs));
        QCOMPARE(stats.bytes, qint64(expected.size()));
    }
    // Without the option every pong passes.
    FrameTap::Stats stats;
    QCOMPARE(pumpWithDrops(stream, direction, options(true), whole(stream), &stats), stream);
    QCOMPARE(stats.droppedPongs, qint64(0));
}

QTEST_GUILESS_MAIN(tst_FrameTap)
#include "tst_frametap.moc"
