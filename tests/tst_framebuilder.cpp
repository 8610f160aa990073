#include "ws/FrameBuilder.h"
#include "ws/FrameTap.h"

#include <QTest>

using airlock::FrameBuilder;
using airlock::FrameTap;

namespace {

struct Decoded
{
    bool ok = false;
    bool fin = false;
    quint8 rsv = 0;
    quint8 opcode = 0;
    bool masked = false;
    int lengthBytes = 0; // size of the length field after the first two bytes
    QByteArray maskKey;
    QByteArray payload;
};

// Independent decoder for exactly one frame.
Decoded decode(const QByteArray& frame)
{
    Decoded d;
    if (frame.size() < 2)
        return d;
    const auto b0 = quint8(frame[0]);
    const auto b1 = quint8(frame[1]);
    d.fin = b0 & 0x80;
    d.rsv = (b0 >> 4) & 7;
    d.opcode = b0 & 0x0F;
    d.masked = b1 & 0x80;
    quint64 length = b1 & 0x7F;
    qsizetype pos = 2;
    if (length == 126 || length == 127) {
        d.lengthBytes = length == 126 ? 2 : 8;
        length = 0;
        for (int i = 0; i < d.lengthBytes; ++i)
            length = (length << 8) | quint8(frame[pos++]);
    }
    if (d.masked) {
        d.maskKey = frame.mid(pos, 4);
        pos += 4;
    }
    if (quint64(frame.size() - pos) != length)
        return d;
    d.payload = frame.mid(pos);
    if (d.masked) {
        for (qsizetype i = 0; i < d.payload.size(); ++i)
            d.payload[i] = char(d.payload[i] ^ d.maskKey[i % 4]);
    }
    d.ok = true;
    return d;
}

// A masked frame goes to a backend (client to server), an unmasked one to a client.
FrameTap::Direction directionFor(bool masked)
{
    return masked ? FrameTap::Direction::ClientToServer : FrameTap::Direction::ServerToClient;
}

QByteArray bytesOf(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(i * 7 + 3);
    return b;
}

} // namespace

class TestFrameBuilder : public QObject
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

void TestFrameBuilder::dataFrame_data()
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

void TestFrameBuilder::dataFrame()
{
    QFETCH(int, opcode);
    QFETCH(int, size);
    QFETCH(bool, masked);
    QFETCH(bool, fin);
    QFETCH(int, lengthBytes);

    const QByteArray payload = opcode == FrameBuilder::Binary ? bytesOf(size) : QByteArray(size, 'w');
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

void TestFrameBuilder::maskingKeysVary()
{
    // Eight keys from the CSPRNG are all equal with probability 2^-224.
    QSet<QByteArray> keys;
    for (int i = 0; i < 8; ++i)
        keys.insert(decode(FrameBuilder::frame(FrameBuilder::Text, "same", true)).maskKey);
    QVERIFY(keys.size() > 1);
}

void TestFrameBuilder::closeFrame_data()
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

void TestFrameBuilder::closeFrame()
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

void TestFrameBuilder::controlPayloadCut_data()
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

void TestFrameBuilder::controlPayloadCut()
{
    QFETCH(bool, isPing);
    QFETCH(int, size);
    QFETCH(bool, masked);
    QFETCH(int, expectedSize);

    const QByteArray payload = bytesOf(size);
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

QTEST_GUILESS_MAIN(TestFrameBuilder)
#include "tst_framebuilder.moc"
