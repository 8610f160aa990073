#include "RandomBytes.h"
#include "WsFrameReader.h"

#include "ws/FrameBuilder.h"
#include "ws/FrameTap.h"

#include <QTest>

using airlock::FrameBuilder;
using airlock::FrameTap;
using airlock::test::randomBytes;
using airlock::test::WsFrameReader;

namespace {

// The frame, or one with ok == false when bytes are not exactly one complete frame.
struct Decoded : WsFrameReader::Frame
{
    bool ok = false;
};

Decoded decode(const QByteArray& frame)
{
    Decoded d;
    if (const std::optional<WsFrameReader::Frame> f = WsFrameReader::single(frame)) {
        static_cast<WsFrameReader::Frame&>(d) = *f;
        d.ok = true;
    }
    return d;
}

// A masked frame goes to a backend (client to server), an unmasked one to a client.
FrameTap::Direction directionFor(bool masked)
{
    return masked ? FrameTap::Direction::ClientToServer : FrameTap::Direction::ServerToClient;
}

} // namespace

class tst_FrameBuilder : public QObject
{
    Q_OBJECT

private slots:
    void dataFrame_data();
    void dataFrame();
    void maskingKeysVary();
    void closeFrame_data();
    void closeFrame();
    void controlPayloadCut_data();
    void controlPayloadCut();
};

void tst_FrameBuilder::dataFrame_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<bool>("fin");
    QTest::addColumn<int>("lengthBytes");

    const struct
    {
        int size;
        int lengthBytes;
    } sizes[] = {{0, 0}, {1, 0}, {125, 0}, {126, 2}, {65535, 2}, {65536, 8}, {70000, 8}};
    for (bool masked : {false, true}) {
        for (const auto& s : sizes) {
            QTest::addRow("binary %d bytes %s", s.size, masked ? "masked" : "unmasked")
                << int(FrameBuilder::Binary) << s.size << masked << true << s.lengthBytes;
        }
        QTest::addRow("text non-final %s", masked ? "masked" : "unmasked")
            << int(FrameBuilder::Text) << 10 << masked << false << 0;
        QTest::addRow("continuation final %s", masked ? "masked" : "unmasked")
            << int(FrameBuilder::Continuation) << 300 << masked << true << 2;
    }
}

void tst_FrameBuilder::dataFrame()
{
    QFETCH(int, opcode);
    QFETCH(int, size);
    QFETCH(bool, masked);
    QFETCH(bool, fin);
    QFETCH(int, lengthBytes);

    const QByteArray payload =
        opcode == FrameBuilder::Binary ? randomBytes(size, quint32(size)) : QByteArray(size, 'w');
    const QByteArray frame = FrameBuilder::frame(quint8(opcode), payload, masked, fin);
    const Decoded d = decode(frame);
    QVERIFY(d.ok);
    QCOMPARE(int(d.opcode), opcode);
    QCOMPARE(d.fin, fin);
    QCOMPARE(int(d.rsv), 0);
    QCOMPARE(d.masked, masked);
    QCOMPARE(d.lengthBytes, lengthBytes);
    QCOMPARE(d.payload, payload);
    QCOMPARE(frame.size(), 2 + lengthBytes + (masked ? 4 : 0) + size);
}

void tst_FrameBuilder::maskingKeysVary()
{
    // Eight keys from the CSPRNG are all equal with probability 2^-224.
    QSet<QByteArray> keys;
    for (int i = 0; i < 8; ++i)
        keys.insert(decode(FrameBuilder::frame(FrameBuilder::Text, "same", true)).maskKey);
    QVERIFY(keys.size() > 1);
}

void tst_FrameBuilder::closeFrame_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<QByteArray>("expectedReason");

    QByteArray longReason;
    for (int i = 0; i < 50; ++i)
        longReason.append("\xC3\xA9");       // 100 bytes of e-acute
    longReason.prepend(QByteArray(24, 'r')); // 124 bytes: the last e-acute straddles byte 123
    for (bool masked : {false, true}) {
        const char* how = masked ? "masked" : "unmasked";
        QTest::addRow("1000 no reason %s", how) << 1000 << QByteArray() << masked << QByteArray();
        QTest::addRow("4404 with reason %s", how)
            << 4404 << QByteArrayLiteral("session unknown") << masked << QByteArrayLiteral("session unknown");
        QTest::addRow("1014 reason cut on a UTF-8 boundary %s", how)
            << 1014 << longReason << masked << longReason.left(122);
        QTest::addRow("no status code %s", how) << 0 << QByteArrayLiteral("ignored") << masked << QByteArray();
    }
}

void tst_FrameBuilder::closeFrame()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    QFETCH(bool, masked);
    QFETCH(QByteArray, expectedReason);

    const QByteArray frame = FrameBuilder::closeFrame(quint16(code), reason, masked);
    const Decoded d = decode(frame);
    QVERIFY(d.ok);
    QCOMPARE(int(d.opcode), 0x8);
    QVERIFY(d.fin);
    QCOMPARE(d.masked, masked);
    QVERIFY(d.payload.size() <= 125);
    if (code == 0) {
        QVERIFY(d.payload.isEmpty());
    } else {
        QCOMPARE(int((quint8(d.payload[0]) << 8) | quint8(d.payload[1])), code);
        QCOMPARE(d.payload.mid(2), expectedReason);
    }

    // A strict tap on the receiving side accepts the frame and reads the same close.
    FrameTap tap(directionFor(masked), FrameTap::Options{});
    QCOMPARE(tap.inspect(frame), frame.size());
    QVERIFY(!tap.hasViolation());
    QVERIFY(tap.closed());
    QCOMPARE(int(tap.close().code), code);
    QCOMPARE(tap.close().reason, expectedReason);
}

void tst_FrameBuilder::controlPayloadCut_data()
{
    QTest::addColumn<bool>("isPing");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<int>("expectedSize");

    for (bool masked : {false, true}) {
        for (bool isPing : {true, false}) {
            for (int size : {0, 4, 125, 126, 1000}) {
                QTest::addRow("%s %d bytes %s", isPing ? "ping" : "pong", size, masked ? "masked" : "unmasked")
                    << isPing << size << masked << qMin(size, 125);
            }
        }
    }
}

void tst_FrameBuilder::controlPayloadCut()
{
    QFETCH(bool, isPing);
    QFETCH(int, size);
    QFETCH(bool, masked);
    QFETCH(int, expectedSize);

    const QByteArray payload = randomBytes(size, quint32(size));
    const QByteArray frame = isPing ? FrameBuilder::ping(payload, masked) : FrameBuilder::pong(payload, masked);
    const Decoded d = decode(frame);
    QVERIFY(d.ok);
    QCOMPARE(int(d.opcode), isPing ? 0x9 : 0xA);
    QCOMPARE(d.payload, payload.left(expectedSize));

    FrameTap tap(directionFor(masked), FrameTap::Options{});
    QCOMPARE(tap.inspect(frame), frame.size());
    QVERIFY(!tap.hasViolation());
    QCOMPARE(tap.stats().pings, isPing ? 1 : 0);
    QCOMPARE(tap.stats().pongs, isPing ? 0 : 1);
}

QTEST_GUILESS_MAIN(tst_FrameBuilder)
#include "tst_framebuilder.moc"
