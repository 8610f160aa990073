// Message capture fed by real FrameTaps: reassembly across fragments and masks, the per-session cap, the
// process-wide budget, truncation and redaction. Pure: frames are built in memory, no sockets.
#include "DescribeMessages.h"
#include "RandomBytes.h"
#include "WsFrameWriter.h"
#include "config/Config.h"
#include "observe/CaptureBudget.h"
#include "observe/MessageCapture.h"
#include "ws/FrameTap.h"

#include <QDateTime>
#include <QTest>

#include <thread>
#include <vector>

using namespace airlock;
using airlock::test::describe;
using airlock::test::randomBytes;
using airlock::test::randomLetters;
using airlock::test::WsFrameWriter;
using Direction = FrameTap::Direction;
using Type = CapturedMessage::Type;

namespace {

// Presents the stream to the tap in chunks of the given size (0: all at once) the way a pump does, and
// returns how many bytes it let through.
qsizetype feed(FrameTap& tap, const QByteArray& stream, qsizetype chunk)
{
    QByteArray pending;
    qsizetype forwarded = 0;
    for (qsizetype offset = 0; offset < stream.size();) {
        const qsizetype size = chunk > 0 ? chunk : stream.size();
        pending.append(stream.mid(offset, size));
        offset += size;
        const qsizetype n = tap.inspect(pending);
        forwarded += n;
        pending.remove(0, n);
    }
    return forwarded;
}

FrameTap::Options withCapture(MessageCapture* capture, bool deflate = false)
{
    FrameTap::Options options;
    options.capture = capture;
    options.deflateNegotiated = deflate;
    return options;
}

// Both legs of one tunnel reporting to one capture: the client's frames are masked, the backend's not.
struct Tunnel
{
    explicit Tunnel(MessageCapture* capture, bool deflate = false)
        : up(Direction::ClientToServer, withCapture(capture, deflate))
        , down(Direction::ServerToClient, withCapture(capture, deflate))
    {}
    bool send(const QByteArray& frames) { return feed(up, frames, 3) == frames.size(); }
    bool receive(const QByteArray& frames) { return feed(down, frames, 5) == frames.size(); }
    bool sendText(const QByteArray& text) { return send(WsFrameWriter::text(text, true)); }
    bool receiveText(const QByteArray& text) { return receive(WsFrameWriter::text(text, false)); }

    FrameTap up;
    FrameTap down;
};

} // namespace

class tst_MessageCapture : public QObject
{
    Q_OBJECT

private slots:
    void offIsTheDefault();
    void reassembles_data();
    void reassembles();
    void timeIsTheFirstFrames();
    void sessionCap_data();
    void sessionCap();
    void totalBudgetAcrossSessions();
    void budgetReleasedWithoutHandOff();
    void budgetIsSharedAcrossThreads();
    void redaction_data();
    void redaction();
    void compressedMessagesAreInflated_data();
    void compressedMessagesAreInflated();
    void inflateIsBounded();
    void corruptCompressedStreamIsCounted();
    void corruptionKeepsWhatCameBefore_data();
    void corruptionKeepsWhatCameBefore();
    void rsv1WithoutDeflateIsNotInflated_data();
    void rsv1WithoutDeflateIsNotInflated();
    void openMessageAtHandOffIsCounted();
    void nothingAfterHandOff();
};

void tst_MessageCapture::offIsTheDefault()
{
    QVERIFY(!RouteConfig().capture.enabled);
    QCOMPARE(RouteConfig().capture.maxBytesPerSession, qint64(256 * 1024));
    QCOMPARE(LimitsConfig().captureBytesTotal, qint64(64 * 1024 * 1024));
    QCOMPARE(FrameTap::Options().capture, nullptr);

    // A tap without capture follows the same stream the same way.
    const QByteArray stream = WsFrameWriter::text("a", true, false) + WsFrameWriter::continuation("b", true, true);
    FrameTap tap(Direction::ClientToServer, FrameTap::Options());
    QCOMPARE(feed(tap, stream, 1), stream.size());
    QCOMPARE(tap.stats().messages, 1);
}

void tst_MessageCapture::reassembles_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<qsizetype>("chunk");

    for (const Direction direction : {Direction::ClientToServer, Direction::ServerToClient}) {
        for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(7), qsizetype(1500)}) {
            QTest::addRow("%s, %s", direction == Direction::ClientToServer ? "client masked" : "backend plain",
                          chunk == 0 ? "whole" : qPrintable(QStringLiteral("chunks of %1").arg(chunk)))
                << direction << chunk;
        }
    }
}

void tst_MessageCapture::reassembles()
{
    QFETCH(Direction, direction);
    QFETCH(qsizetype, chunk);
    const bool masked = direction == Direction::ClientToServer;
    const QByteArray big = randomLetters(5000, 1); // several unmasking pieces, a 16-bit length
    const QByteArray binary = randomBytes(300, 2);
    const QByteArray stream = WsFrameWriter::text("hello", masked) +
                              // "grün" split inside the two-byte "ü", with control frames between the fragments
                              WsFrameWriter::text("gr\xc3", masked, false) + WsFrameWriter::ping("p", masked) +
                              WsFrameWriter::continuation("\xbc", masked, false) + WsFrameWriter::pong("", masked) +
                              WsFrameWriter::continuation("n", masked, true) + WsFrameWriter::binary(binary, masked) +
                              WsFrameWriter::text("", masked) + WsFrameWriter::text(big.left(1000), masked, false) +
                              WsFrameWriter::continuation(big.mid(1000), masked, true) +
                              WsFrameWriter::close(1000, "bye", masked);

    MessageCapture capture(1024 * 1024, nullptr, {});
    FrameTap tap(direction, withCapture(&capture));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(feed(tap, stream, chunk), stream.size());
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(tap.closed());
    QVERIFY(!tap.hasViolation());

    const QList<CapturedMessage> messages = capture.take();
    const QByteArray type = masked ? "send" : "receive";
    QCOMPARE(describe(messages), (QByteArrayList{type + "/1/hello", type + "/1/gr\xc3\xbcn",
                                                 type + "/2/" + binary.toHex(), type + "/1/", type + "/1/" + big}));
    for (const CapturedMessage& m : messages) {
        QCOMPARE(m.type, masked ? Type::Send : Type::Receive);
        QCOMPARE(m.originalLength, m.data.size());
        QVERIFY(m.timeMs >= before && m.timeMs <= after);
    }
    QCOMPARE(capture.notCaptured(), 0);
}

void tst_MessageCapture::timeIsTheFirstFrames()
{
    MessageCapture capture(1024, nullptr, {});
    Tunnel tunnel(&capture);
    QVERIFY(tunnel.send(WsFrameWriter::text("first ", true, false)));
    const qint64 firstFrame = QDateTime::currentMSecsSinceEpoch();
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > firstFrame + 2);
    QVERIFY(tunnel.receiveText("in between"));
    QVERIFY(tunnel.send(WsFrameWriter::continuation("last", true, true)));

    // Ordered by first frame: the send began before the receive although it ended after it.
    const QList<CapturedMessage> messages = capture.take();
    QCOMPARE(describe(messages), (QByteArrayList{"send/1/first last", "receive/1/in between"}));
    QVERIFY(messages[0].timeMs <= firstFrame);
    QVERIFY(messages[1].timeMs > firstFrame);
}

void tst_MessageCapture::sessionCap_data()
{
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QByteArrayList>("script"); // "s:text" the client sends, "r:text" the backend, "b:N" N bytes
    QTest::addColumn<QByteArrayList>("expected");
    QTest::addColumn<qint64>("notCaptured");

    QTest::newRow("fits exactly") << qint64(10) << QByteArrayList{"s:0123456789"} << QByteArrayList{"send/1/0123456789"}
                                  << qint64(0);
    QTest::newRow("cut inside a message")
        << qint64(10) << QByteArrayList{"s:0123456789AB"} << QByteArrayList{"send/1/0123456789/cut of 12"} << qint64(0);
    QTest::newRow("both directions share it, later ones are counted")
        << qint64(10) << QByteArrayList{"s:01234", "r:56789xyz", "s:more", "r:"}
        << QByteArrayList{"send/1/01234", "receive/1/56789/cut of 8"} << qint64(2);
    QTest::newRow("cut text keeps whole characters")
        << qint64(5) << QByteArrayList{"r:abcd\xc3\xa9"} << QByteArrayList{"receive/1/abcd/cut of 6"} << qint64(0);
    QTest::newRow("binary cut") << qint64(3) << QByteArrayList{"b:10"}
                                << QByteArrayList{"send/2/" + randomBytes(3, 3).toHex() + "/cut of 10"} << qint64(0);
    QTest::newRow("one byte") << qint64(1) << QByteArrayList{"s:xy", "s:z"} << QByteArrayList{"send/1/x/cut of 2"}
                              << qint64(1);
}

void tst_MessageCapture::sessionCap()
{
    QFETCH(qint64, cap);
    QFETCH(QByteArrayList, script);
    QFETCH(QByteArrayList, expected);

    CaptureBudget budget(1024);
    {
        MessageCapture capture(cap, &budget, {});
        Tunnel tunnel(&capture);
        for (const QByteArray& step : std::as_const(script)) {
            const QByteArray payload = step.mid(2);
            if (step.startsWith("s:"))
                QVERIFY(tunnel.sendText(payload));
            else if (step.startsWith("r:"))
                QVERIFY(tunnel.receiveText(payload));
            else
                QVERIFY(tunnel.send(WsFrameWriter::binary(randomBytes(payload.toInt(), 3), true)));
            QVERIFY(capture.heldBytes() <= cap);
            QCOMPARE(budget.used(), capture.heldBytes());
        }
        const QList<CapturedMessage> messages = capture.take();
        QCOMPARE(describe(messages), expected);
        QTEST(capture.notCaptured(), "notCaptured");
        qint64 stored = 0;
        for (const CapturedMessage& m : messages)
            stored += m.data.size();
        QVERIFY(stored <= cap);
        QCOMPARE(budget.used(), 0); // handed off
    }
    QCOMPARE(budget.used(), 0);
}

void tst_MessageCapture::totalBudgetAcrossSessions()
{
    CaptureBudget budget(16);
    MessageCapture a(100, &budget, {});
    MessageCapture b(100, &budget, {});
    Tunnel first(&a);
    Tunnel second(&b);

    QVERIFY(first.sendText("0123456789"));
    QCOMPARE(budget.used(), 10);
    QVERIFY(second.receiveText("abcdefghij")); // only 6 bytes left in the process
    QCOMPARE(budget.used(), 16);
    QVERIFY(second.sendText("x")); // nothing left: counted, not kept
    QCOMPARE(budget.available(), 0);

    // Handing a record off gives its bytes back to the sessions still running.
    QCOMPARE(describe(a.take()), QByteArrayList{"send/1/0123456789"});
    QCOMPARE(budget.used(), 6);
    QVERIFY(second.sendText("late"));
    QCOMPARE(budget.used(), 10);

    QCOMPARE(describe(b.take()), (QByteArrayList{"receive/1/abcdef/cut of 10", "send/1/late"}));
    QCOMPARE(b.notCaptured(), 1);
    QCOMPARE(budget.used(), 0);
}

void tst_MessageCapture::budgetReleasedWithoutHandOff()
{
    CaptureBudget budget(100);
    {
        MessageCapture capture(50, &budget, {});
        Tunnel tunnel(&capture);
        QVERIFY(tunnel.sendText("kept until the session goes"));
        QVERIFY(tunnel.receive(WsFrameWriter::text("open", false, false)));
        QCOMPARE(budget.used(), 31);
    }
    QCOMPARE(budget.used(), 0);
}

void tst_MessageCapture::budgetIsSharedAcrossThreads()
{
    CaptureBudget budget(25000);
    std::atomic<qint64> granted{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 10000; ++i)
                granted += budget.reserve(1);
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(granted.load(), 25000);
    QCOMPARE(budget.used(), 25000);
    QCOMPARE(budget.reserve(5), 0);
    budget.release(25000);
    QCOMPARE(budget.reserve(7), 7);
}

void tst_MessageCapture::redaction_data()
{
    QTest::addColumn<QByteArrayList>("secrets");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QByteArray>("frames"); // from the client, masked
    QTest::addColumn<QByteArrayList>("expected");

    const auto text = [](const char* t, bool fin = true) { return WsFrameWriter::text(t, true, fin); };
    const auto more = [](const char* t, bool fin = true) { return WsFrameWriter::continuation(t, true, fin); };

    QTest::newRow("in a text message") << QByteArrayList{"s3cr3t"} << qint64(1000) << text(R"({"token":"s3cr3t"})")
                                       << QByteArrayList{R"(send/1/{"token":"[redacted]"})"};
    QTest::newRow("every occurrence") << QByteArrayList{"s3cr3t"} << qint64(1000) << text("s3cr3t and s3cr3ts3cr3t")
                                      << QByteArrayList{"send/1/[redacted] and [redacted][redacted]"};
    QTest::newRow("across fragments") << QByteArrayList{"s3cr3t"} << qint64(1000)
                                      << text("abc s3", false) + more("cr", false) + more("3t def")
                                      << QByteArrayList{"send/1/abc [redacted] def"};
    QTest::newRow("in a binary message")
        << QByteArrayList{"s3cr3t"} << qint64(1000) << WsFrameWriter::binary("\x01s3cr3t\x02", true)
        << QByteArrayList{"send/2/" + QByteArray("\x01" + MessageCapture::redactedMarker() + "\x02").toHex()};
    QTest::newRow("longest first") << QByteArrayList{"abc", "abcdef"} << qint64(1000) << text("xabcdefy abc")
                                   << QByteArrayList{"send/1/x[redacted]y [redacted]"};
    QTest::newRow("several secrets, one message each")
        << QByteArrayList{"one-secret", "two-secret"} << qint64(1000) << text("one-secret") + text("two-secret")
        << QByteArrayList{"send/1/[redacted]", "send/1/[redacted]"};
    QTest::newRow("straddling the cap") << QByteArrayList{"s3cr3t"} << qint64(8) << text("1234567s3cr3t-more")
                                        << QByteArrayList{"send/1/1234567[/cut of 18"};
    QTest::newRow("starting at the cap") << QByteArrayList{"s3cr3t"} << qint64(8) << text("12345678s3cr3t")
                                         << QByteArrayList{"send/1/12345678/cut of 14"};
    QTest::newRow("beyond what is held") << QByteArrayList{"LONGSECRETVALUE"} << qint64(12)
                                         << text("LONGSECRETVALUEabcdefghLONGSECRETVALUE")
                                         << QByteArrayList{"send/1/[redacted]/cut of 38"};
    QTest::newRow("short secret grows the payload")
        << QByteArrayList{"ab"} << qint64(1000) << text("ab ab") << QByteArrayList{"send/1/[redacted] [redacted]"};
    QTest::newRow("growth stops at the cap")
        << QByteArrayList{"ab"} << qint64(12) << text("ab ab") << QByteArrayList{"send/1/[redacted] [/cut of 5"};
    QTest::newRow("empty secret ignored")
        << QByteArrayList{""} << qint64(1000) << text("plain") << QByteArrayList{"send/1/plain"};
    QTest::newRow("no secret present") << QByteArrayList{"s3cr3t"} << qint64(1000) << text("s3cr3 s3cr4t")
                                       << QByteArrayList{"send/1/s3cr3 s3cr4t"};
}

void tst_MessageCapture::redaction()
{
    QFETCH(QByteArrayList, secrets);
    QFETCH(qint64, cap);
    QFETCH(QByteArray, frames);

    CaptureBudget budget(1024);
    MessageCapture capture(cap, &budget, secrets);
    Tunnel tunnel(&capture);
    QVERIFY(tunnel.send(frames));
    const QList<CapturedMessage> messages = capture.take();
    QTEST(describe(messages), "expected");
    for (const CapturedMessage& m : messages) {
        QVERIFY(m.data.size() <= cap);
        for (const QByteArray& secret : std::as_const(secrets)) {
            if (!secret.isEmpty())
                QVERIFY2(!m.data.contains(secret), m.data.constData());
        }
    }
    QCOMPARE(budget.used(), 0);
}

namespace {

// A compressed (RSV1) frame of a client, masked, or a backend.
QByteArray deflateFrame(quint8 opcode, const QByteArray& payload, bool masked, bool fin = true, bool first = true)
{
    WsFrameWriter::Frame frame;
    frame.opcode = opcode;
    frame.rsv = first ? 4 : 0; // RSV1 on the first frame of a permessage-deflate message only
    frame.payload = payload;
    frame.masked = masked;
    frame.fin = fin;
    return WsFrameWriter::encode(frame);
}

// data as one raw-deflate block sequence ending in a final block (BFINAL), which RFC 7692 allows a sender to
// use: qCompress's zlib stream without its 4-byte length, 2-byte header and 4-byte checksum.
QByteArray finalDeflate(const QByteArray& data)
{
    return qCompress(data, 9).mid(6).chopped(4);
}

} // namespace

void tst_MessageCapture::compressedMessagesAreInflated_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<QByteArrayList>("expected");

    // RFC 7692 section 7.2.3: "Hello" compressed, tail removed.
    const QByteArray hello = QByteArray::fromHex("f248cdc9c90700");
    QTest::newRow("one message each way") << deflateFrame(0x1, hello, true) << deflateFrame(0x1, hello, false)
                                          << QByteArrayList{"send/1/Hello", "receive/1/Hello"};
    // Section 7.2.3.2: the second "Hello" refers back to the first (context takeover).
    QTest::newRow("context takeover") << QByteArray(deflateFrame(0x1, hello, true) +
                                                    deflateFrame(0x1, QByteArray::fromHex("f200110000"), true))
                                      << QByteArray() << QByteArrayList{"send/1/Hello", "send/1/Hello"};
    // Section 7.2.3.1: one compressed message in two frames, RSV1 on the first only.
    QTest::newRow("fragmented") << QByteArray()
                                << QByteArray(deflateFrame(0x1, QByteArray::fromHex("f248cd"), false, false, true) +
                                              deflateFrame(0x0, QByteArray::fromHex("c9c90700"), false, true, false))
                                << QByteArrayList{"receive/1/Hello"};
    QTest::newRow("final block, binary") << deflateFrame(0x2, finalDeflate(QByteArray(3000, '\x07')), true)
                                         << QByteArray()
                                         << QByteArrayList{"send/2/" + QByteArray(3000, '\x07').toHex()};
    QTest::newRow("compressed and plain mixed")
        << QByteArray(deflateFrame(0x1, hello, true) + WsFrameWriter::text("plain", true)) << QByteArray()
        << QByteArrayList{"send/1/Hello", "send/1/plain"};
}

void tst_MessageCapture::compressedMessagesAreInflated()
{
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, received);
    QFETCH(QByteArrayList, expected);
    MessageCapture capture(16 * 1024, nullptr, {});
    Tunnel tunnel(&capture, true);
    QVERIFY(tunnel.send(sent));
    QVERIFY(tunnel.receive(received));
    QCOMPARE(describe(capture.take()), expected);
    QCOMPARE(capture.notCaptured(), 0);
}

// A few hundred bytes can inflate to gigabytes: past 64 times the session's cap the direction stops being
// inflated, the message keeps what fits, and later compressed messages are only counted.
void tst_MessageCapture::inflateIsBounded()
{
    MessageCapture capture(1000, nullptr, {});
    Tunnel tunnel(&capture, true);
    const QByteArray bomb = finalDeflate(QByteArray(8 << 20, 'z'));
    QVERIFY(bomb.size() < 16 * 1024);
    QVERIFY(tunnel.receive(deflateFrame(0x1, bomb, false)));
    QVERIFY(tunnel.receive(deflateFrame(0x1, QByteArray::fromHex("f248cdc9c90700"), false)));
    const QList<CapturedMessage> messages = capture.take();
    QCOMPARE(messages.size(), 1); // the session's 1000 bytes are full, so the second is counted anyway
    QCOMPARE(messages.at(0).data, QByteArray(1000, 'z'));
    QVERIFY(messages.at(0).truncated);
    QVERIFY(messages.at(0).originalLength > 1000);
    QVERIFY2(messages.at(0).originalLength <= 64 * 1000 + 16 * 1024, "it stopped inflating");
    // Also when the whole bomb arrives in one piece (a backend's unmasked frame read at once).
    MessageCapture whole(1000, nullptr, {});
    FrameTap::Options options;
    options.deflateNegotiated = true;
    options.capture = &whole;
    FrameTap down(Direction::ServerToClient, options);
    const QByteArray frame = deflateFrame(0x1, bomb, false);
    QCOMPARE(down.inspect(frame), frame.size());
    const QList<CapturedMessage> kept = whole.take();
    QCOMPARE(kept.size(), 1);
    QVERIFY2(kept.at(0).originalLength <= 64 * 1000 + 16 * 1024, "it stopped inflating within the piece");
    QCOMPARE(capture.notCaptured(), 1);
}

// Bytes that are not a deflate stream: nothing made up is stored, and the direction stops inflating.
void tst_MessageCapture::corruptCompressedStreamIsCounted()
{
    MessageCapture capture(1000, nullptr, {});
    Tunnel tunnel(&capture, true);
    QVERIFY(tunnel.send(deflateFrame(0x2, QByteArray::fromHex("ffffffffffff"), true)));
    QVERIFY(tunnel.send(deflateFrame(0x1, QByteArray::fromHex("f248cdc9c90700"), true)));
    QVERIFY(tunnel.receiveText("the other direction is fine"));
    const QList<CapturedMessage> messages = capture.take();
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.at(0).truncated);
    QVERIFY(messages.at(0).data.isEmpty());
    QCOMPARE(describe(messages.at(1)), QByteArray("receive/1/the other direction is fine"));
    QCOMPARE(capture.notCaptured(), 1);
}

void tst_MessageCapture::corruptionKeepsWhatCameBefore_data()
{
    QTest::addColumn<qsizetype>("chunk");
    QTest::newRow("whole") << qsizetype(0);
    QTest::newRow("chunks of 3") << qsizetype(3);
    QTest::newRow("chunks of 9") << qsizetype(9);
}

// Found by fuzz_frametap: "Hello" (RFC 7692 section 7.2.3.1) followed by a stored block whose length check
// fails. Read in one piece, the inflater used to give up on the whole call and capture kept nothing; in
// pieces, "Hello" was kept. What was inflated before the corruption is kept either way.
void tst_MessageCapture::corruptionKeepsWhatCameBefore()
{
    QFETCH(qsizetype, chunk);
    MessageCapture capture(1000, nullptr, {});
    FrameTap tap(Direction::ServerToClient, withCapture(&capture, true));
    const QByteArray stream = deflateFrame(0x1, QByteArray::fromHex("f248cdc9c90700ffffffff"), false);
    QCOMPARE(feed(tap, stream, chunk), stream.size());
    // Marked cut: more of the message followed than could be inflated.
    QCOMPARE(describe(capture.take()), QByteArrayList{"receive/1/Hello/cut of 6"});
}

void tst_MessageCapture::rsv1WithoutDeflateIsNotInflated_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::newRow("client masked") << Direction::ClientToServer;
    QTest::newRow("backend plain") << Direction::ServerToClient;
}

// Found by fuzz_frametap_vs_codec: a non-strict tap (strictFrames off) lets RSV1 through on a connection that
// negotiated no permessage-deflate; the message was handed to capture as compressed and "inflated" into
// garbage, while the bridge codec carried the bytes as they are. Without the extension RSV1 means nothing.
void tst_MessageCapture::rsv1WithoutDeflateIsNotInflated()
{
    QFETCH(Direction, direction);
    const bool masked = direction == Direction::ClientToServer;
    MessageCapture capture(1000, nullptr, {});
    FrameTap::Options options = withCapture(&capture);
    options.strict = false;
    FrameTap tap(direction, options);
    const QByteArray stream = deflateFrame(0x2, QByteArray::fromHex("00000500"), masked) +
                              deflateFrame(0x1, "plain", masked) + WsFrameWriter::binary("after", masked);
    QCOMPARE(feed(tap, stream, 3), stream.size());
    QVERIFY(!tap.hasViolation());
    const QByteArray type = masked ? "send" : "receive";
    QCOMPARE(describe(capture.take()),
             (QByteArrayList{type + "/2/00000500", type + "/1/plain", type + "/2/" + QByteArray("after").toHex()}));
    QCOMPARE(capture.notCaptured(), 0);
}

void tst_MessageCapture::openMessageAtHandOffIsCounted()
{
    CaptureBudget budget(1024);
    MessageCapture capture(1024, &budget, {});
    Tunnel tunnel(&capture);
    QVERIFY(tunnel.sendText("done"));
    QVERIFY(tunnel.receive(WsFrameWriter::binary("half", false, false)));
    QCOMPARE(budget.used(), 8);
    QCOMPARE(describe(capture.take()), QByteArrayList{"send/1/done"});
    QCOMPARE(capture.notCaptured(), 1);
    QCOMPARE(budget.used(), 0);
    QCOMPARE(capture.heldBytes(), 0);
}

void tst_MessageCapture::nothingAfterHandOff()
{
    CaptureBudget budget(1024);
    MessageCapture capture(1024, &budget, {});
    Tunnel tunnel(&capture);
    QVERIFY(tunnel.sendText("before"));
    QCOMPARE(capture.take().size(), 1);
    QVERIFY(tunnel.sendText("after"));
    QVERIFY(tunnel.receiveText("after"));
    QVERIFY(capture.take().isEmpty());
    QCOMPARE(budget.used(), 0);
}

QTEST_GUILESS_MAIN(tst_MessageCapture)
#include "tst_messagecapture.moc"
