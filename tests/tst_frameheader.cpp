// FrameHeader against WsFrameWriter, the tests' own encoder (it shares no code with the library): every
// length encoding at its boundaries, masked and not, each rule a header breaks on its own, every prefix
// of a header, and encode -> decode.

#include "WsFrameWriter.h"

#include "ws/FrameHeader.h"

#include <QTest>

#include <cstring>

using airlock::FrameHeader;
using airlock::test::WsFrameWriter;

Q_DECLARE_METATYPE(FrameHeader::Error)

namespace {

constexpr quint32 kMaskKey = 0x1B2C3D4E;

const uchar* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const uchar*>(bytes.constData());
}

QByteArray maskKeyBytes(const FrameHeader& header)
{
    return QByteArray(reinterpret_cast<const char*>(header.maskKey), sizeof header.maskKey);
}

// The fields the first two bytes carry, which decode() sets whatever it returns.
bool sameStart(const FrameHeader& a, const FrameHeader& b)
{
    return a.fin == b.fin && a.rsv == b.rsv && a.opcode == b.opcode && a.masked == b.masked &&
           a.headerLength == b.headerLength;
}

QByteArray describe(const FrameHeader& h)
{
    return "fin " + QByteArray::number(h.fin) + " rsv " + QByteArray::number(h.rsv) + " opcode " +
           QByteArray::number(h.opcode) + " masked " + QByteArray::number(h.masked) + " key " +
           maskKeyBytes(h).toHex() + " length " + QByteArray::number(h.payloadLength) + " header " +
           QByteArray::number(h.headerLength);
}

// Rows shared by the valid-header tests: a header and what decoding it must give.
void addValidColumns()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("fin");
    QTest::addColumn<int>("rsv");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<quint64>("length");
    QTest::addColumn<int>("headerLength");
}

void addValidRows()
{
    const struct
    {
        quint64 length;
        int lengthBytes;
    } lengths[] = {{0, 0},     {1, 0},          {125, 0},
                   {126, 2},   {127, 2},        {65535, 2},
                   {65536, 8}, {1ULL << 32, 8}, {0x7FFFFFFFFFFFFFFFULL, 8}};
    for (bool masked : {false, true}) {
        const char* how = masked ? "masked" : "unmasked";
        const int keyBytes = masked ? 4 : 0;
        for (const auto& l : lengths) {
            QTest::addRow("binary %llu bytes %s", static_cast<unsigned long long>(l.length), how)
                << WsFrameWriter::header(FrameHeader::Binary, l.length, masked, true, 0, kMaskKey) << true << 0
                << int(FrameHeader::Binary) << masked << l.length << 2 + l.lengthBytes + keyBytes;
        }
        QTest::addRow("text non-final 300 bytes %s", how)
            << WsFrameWriter::header(FrameHeader::Text, 300, masked, false, 0, kMaskKey) << false << 0
            << int(FrameHeader::Text) << masked << quint64(300) << 4 + keyBytes;
        QTest::addRow("continuation final 70000 bytes %s", how)
            << WsFrameWriter::header(FrameHeader::Continuation, 70000, masked, true, 0, kMaskKey) << true << 0
            << int(FrameHeader::Continuation) << masked << quint64(70000) << 10 + keyBytes;
        // RSV bits and reserved opcodes are the caller's rules: the header only carries them.
        QTest::addRow("text with RSV1 %s", how)
            << WsFrameWriter::header(FrameHeader::Text, 5, masked, true, 4, kMaskKey) << true << 4
            << int(FrameHeader::Text) << masked << quint64(5) << 2 + keyBytes;
        QTest::addRow("binary with all RSV bits %s", how)
            << WsFrameWriter::header(FrameHeader::Binary, 200, masked, true, 7, kMaskKey) << true << 7
            << int(FrameHeader::Binary) << masked << quint64(200) << 4 + keyBytes;
        QTest::addRow("reserved opcode 0x3 %s", how) << WsFrameWriter::header(0x3, 1, masked, false, 0, kMaskKey)
                                                     << false << 0 << 0x3 << masked << quint64(1) << 2 + keyBytes;
        for (quint64 length : {0, 2, 125}) {
            QTest::addRow("close %llu bytes %s", static_cast<unsigned long long>(length), how)
                << WsFrameWriter::header(FrameHeader::Close, length, masked, true, 0, kMaskKey) << true << 0
                << int(FrameHeader::Close) << masked << length << 2 + keyBytes;
        }
        QTest::addRow("ping 125 bytes %s", how)
            << WsFrameWriter::header(FrameHeader::Ping, 125, masked, true, 0, kMaskKey) << true << 0
            << int(FrameHeader::Ping) << masked << quint64(125) << 2 + keyBytes;
        QTest::addRow("pong empty %s", how)
            << WsFrameWriter::header(FrameHeader::Pong, 0, masked, true, 0, kMaskKey) << true << 0
            << int(FrameHeader::Pong) << masked << quint64(0) << 2 + keyBytes;
    }
}

} // namespace

class tst_FrameHeader : public QObject
{
    Q_OBJECT

private slots:
    void decodeComplete_data();
    void decodeComplete();
    void decodeEveryPrefix_data();
    void decodeEveryPrefix();
    void malformed_data();
    void malformed();
    void encode_data();
    void encode();
    void reasons();
};

void tst_FrameHeader::decodeComplete_data()
{
    addValidColumns();
    addValidRows();
}

void tst_FrameHeader::decodeComplete()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, fin);
    QFETCH(int, rsv);
    QFETCH(int, opcode);
    QFETCH(bool, masked);
    QFETCH(quint64, length);
    QFETCH(int, headerLength);
    QCOMPARE(bytes.size(), qsizetype(headerLength));

    // Payload bytes after the header are not the header's.
    const QByteArray withPayload = bytes + QByteArray(3, '\xFF');
    for (const QByteArray& input : {bytes, withPayload}) {
        FrameHeader header;
        FrameHeader::Error error = FrameHeader::Error::FragmentedControlFrame;
        QCOMPARE(FrameHeader::decode(bytesOf(input), input.size(), &header, &error), FrameHeader::Status::Complete);
        QCOMPARE(error, FrameHeader::Error::None);
        QCOMPARE(header.fin, fin);
        QCOMPARE(int(header.rsv), rsv);
        QCOMPARE(int(header.opcode), opcode);
        QCOMPARE(header.isControl(), (opcode & 0x8) != 0);
        QCOMPARE(header.masked, masked);
        QCOMPARE(header.payloadLength, length);
        QCOMPARE(header.headerLength, qsizetype(headerLength));
        if (masked)
            QCOMPARE(maskKeyBytes(header), QByteArray::fromHex("1B2C3D4E"));

        FrameHeader lenient;
        QCOMPARE(FrameHeader::read(bytesOf(input), input.size(), &lenient), FrameHeader::Status::Complete);
        QCOMPARE(describe(lenient), describe(header));
    }
}

void tst_FrameHeader::decodeEveryPrefix_data()
{
    addValidColumns();
    addValidRows();
}

// A header cut anywhere is NeedMore, and from its second byte on it already says what it is and how long
// it will be. A decoder that read past the bytes given would show up here under ASan.
void tst_FrameHeader::decodeEveryPrefix()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, headerLength);

    FrameHeader whole;
    QCOMPARE(FrameHeader::read(bytesOf(bytes), bytes.size(), &whole), FrameHeader::Status::Complete);
    for (int cut = 0; cut < headerLength; ++cut) {
        // A copy of exactly cut bytes, so nothing past them can be read by accident.
        const QByteArray prefix = bytes.first(cut);
        const QByteArray where = "cut at " + QByteArray::number(cut);
        FrameHeader header;
        FrameHeader::Error error = FrameHeader::Error::LengthTopBitSet;
        QVERIFY2(FrameHeader::decode(bytesOf(prefix), cut, &header, &error) == FrameHeader::Status::NeedMore,
                 where.constData());
        QVERIFY2(error == FrameHeader::Error::None, where.constData());
        FrameHeader lenient;
        QVERIFY2(FrameHeader::read(bytesOf(prefix), cut, &lenient) == FrameHeader::Status::NeedMore, where.constData());
        if (cut >= FrameHeader::MinSize) {
            QVERIFY2(sameStart(header, whole), QByteArray(where + ": " + describe(header)).constData());
            QVERIFY2(sameStart(lenient, whole), QByteArray(where + ": " + describe(lenient)).constData());
        }
    }
}

void tst_FrameHeader::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FrameHeader::Error>("error");
    QTest::addColumn<int>("provenAt"); // the first prefix length that shows the error
    QTest::addColumn<quint64>("rawLength");

    using E = FrameHeader::Error;
    const auto raw64 = [](quint8 opcode, quint64 value, bool masked) {
        WsFrameWriter::Frame f;
        f.opcode = opcode;
        f.masked = masked;
        f.maskKey = kMaskKey;
        f.useRawLength64 = true;
        f.rawLength64 = value;
        return WsFrameWriter::encode(f);
    };
    const auto forced = [](quint8 opcode, quint64 length, int lengthBits, bool masked, bool fin = true) {
        WsFrameWriter::Frame f;
        f.opcode = opcode;
        f.fin = fin;
        f.masked = masked;
        f.maskKey = kMaskKey;
        f.lengthBits = lengthBits;
        f.announcedLength = qint64(length);
        return WsFrameWriter::encode(f);
    };
    for (bool masked : {false, true}) {
        const char* how = masked ? "masked" : "unmasked";
        // RFC 6455 5.5: control frames are never fragmented and carry at most 125 bytes. Both show at the
        // second byte; a 7-bit 126 or 127 is too long even if the extended field would say less.
        for (quint8 op : {quint8(FrameHeader::Close), quint8(FrameHeader::Ping), quint8(FrameHeader::Pong)}) {
            const QByteArray hex = QByteArray::number(op, 16).toUpper();
            QTest::addRow("fragmented control 0x%s %s", hex.constData(), how)
                << WsFrameWriter::header(op, 0, masked, false, 0, kMaskKey) << E::FragmentedControlFrame << 2
                << quint64(0);
            QTest::addRow("control 0x%s of 126 bytes %s", hex.constData(), how)
                << WsFrameWriter::header(op, 126, masked, true, 0, kMaskKey) << E::ControlFrameTooLong << 2
                << quint64(126);
        }
        QTest::addRow("fragmented reserved control opcode 0xB %s", how)
            << WsFrameWriter::header(0xB, 1, masked, false, 0, kMaskKey) << E::FragmentedControlFrame << 2
            << quint64(1);
        QTest::addRow("ping of 65536 bytes %s", how)
            << WsFrameWriter::header(FrameHeader::Ping, 65536, masked, true, 0, kMaskKey) << E::ControlFrameTooLong << 2
            << quint64(65536);
        QTest::addRow("pong of 4 bytes in a 16-bit length %s", how)
            << forced(FrameHeader::Pong, 4, 16, masked) << E::ControlFrameTooLong << 2 << quint64(4);
        QTest::addRow("fragmented ping of 200 bytes %s", how)
            << forced(FrameHeader::Ping, 200, 16, masked, false) << E::FragmentedControlFrame << 2 << quint64(200);

        // RFC 6455 5.2: the shortest length encoding, shown once the length field is whole.
        for (quint64 length : {0, 1, 125}) {
            QTest::addRow("%llu bytes in a 16-bit length %s", static_cast<unsigned long long>(length), how)
                << forced(FrameHeader::Binary, length, 16, masked) << E::NonMinimalLength << 4 << length;
        }
        for (quint64 length : {0, 125, 126, 65535}) {
            QTest::addRow("%llu bytes in a 64-bit length %s", static_cast<unsigned long long>(length), how)
                << forced(FrameHeader::Text, length, 64, masked) << E::NonMinimalLength << 10 << length;
        }
        // RFC 6455 5.2: the most significant bit of a 64-bit length is 0.
        for (quint64 value : {0x8000000000000000ULL, 0xFFFFFFFFFFFFFFFFULL, 0x8000000000000001ULL}) {
            QTest::addRow("64-bit length %llx %s", static_cast<unsigned long long>(value), how)
                << raw64(FrameHeader::Binary, value, masked) << E::LengthTopBitSet << 10 << value;
        }
    }
}

// Every prefix: NeedMore until the byte that breaks the rule is there, then Malformed with the same error up
// to the whole header. read() follows the framing anyway, with the length as written.
void tst_FrameHeader::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FrameHeader::Error, error);
    QFETCH(int, provenAt);
    QFETCH(quint64, rawLength);

    FrameHeader whole;
    QCOMPARE(FrameHeader::read(bytesOf(bytes), bytes.size(), &whole), FrameHeader::Status::Complete);
    QCOMPARE(whole.payloadLength, rawLength);
    QCOMPARE(whole.headerLength, bytes.size());

    for (int cut = 0; cut <= bytes.size(); ++cut) {
        const QByteArray prefix = bytes.first(cut);
        const QByteArray where = "cut at " + QByteArray::number(cut);
        FrameHeader header;
        FrameHeader::Error got = FrameHeader::Error::None;
        const FrameHeader::Status status = FrameHeader::decode(bytesOf(prefix), cut, &header, &got);
        if (cut < provenAt) {
            QVERIFY2(status == FrameHeader::Status::NeedMore, where.constData());
            QVERIFY2(got == FrameHeader::Error::None, where.constData());
        } else {
            QVERIFY2(status == FrameHeader::Status::Malformed, where.constData());
            QVERIFY2(got == error, QByteArray(where + ": " + FrameHeader::reason(got)).constData());
            QVERIFY2(sameStart(header, whole), QByteArray(where + ": " + describe(header)).constData());
        }
    }
    FrameHeader header;
    QCOMPARE(FrameHeader::decode(bytesOf(bytes), bytes.size(), &header, nullptr), FrameHeader::Status::Malformed);
}

void tst_FrameHeader::encode_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("fin");
    QTest::addColumn<int>("rsv");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<quint64>("length");
    QTest::addColumn<int>("expectedSize");

    const struct
    {
        quint64 length;
        int lengthBytes;
    } lengths[] = {{0, 0}, {125, 0}, {126, 2}, {65535, 2}, {65536, 8}, {1ULL << 40, 8}, {0x7FFFFFFFFFFFFFFFULL, 8}};
    for (bool masked : {false, true}) {
        const char* how = masked ? "masked" : "unmasked";
        const int keyBytes = masked ? 4 : 0;
        for (const auto& l : lengths) {
            QTest::addRow("binary %llu bytes %s", static_cast<unsigned long long>(l.length), how)
                << int(FrameHeader::Binary) << true << 0 << masked << l.length << 2 + l.lengthBytes + keyBytes;
        }
        QTest::addRow("text non-final with RSV1 %s", how)
            << int(FrameHeader::Text) << false << 4 << masked << quint64(1000) << 4 + keyBytes;
        QTest::addRow("continuation %s", how)
            << int(FrameHeader::Continuation) << true << 0 << masked << quint64(7) << 2 + keyBytes;
        QTest::addRow("close 125 bytes %s", how)
            << int(FrameHeader::Close) << true << 0 << masked << quint64(125) << 2 + keyBytes;
        QTest::addRow("ping empty %s", how)
            << int(FrameHeader::Ping) << true << 0 << masked << quint64(0) << 2 + keyBytes;
    }
}

// encode() writes what the tests' own encoder writes (shortest length, key in order), and decode() reads
// back every field.
void tst_FrameHeader::encode()
{
    QFETCH(int, opcode);
    QFETCH(bool, fin);
    QFETCH(int, rsv);
    QFETCH(bool, masked);
    QFETCH(quint64, length);
    QFETCH(int, expectedSize);

    FrameHeader header;
    header.fin = fin;
    header.rsv = quint8(rsv);
    header.opcode = quint8(opcode);
    header.masked = masked;
    header.payloadLength = length;
    if (masked) {
        const uchar key[4] = {0x1B, 0x2C, 0x3D, 0x4E};
        std::memcpy(header.maskKey, key, sizeof key);
    }
    QCOMPARE(FrameHeader::encodedSize(length, masked), qsizetype(expectedSize));

    // Guard bytes after the header show a write past encodedSize().
    uchar out[FrameHeader::MaxSize + 4];
    std::memset(out, 0xA5, sizeof out);
    const qsizetype written = FrameHeader::encode(header, out);
    QCOMPARE(written, qsizetype(expectedSize));
    for (qsizetype i = written; i < qsizetype(sizeof out); ++i)
        QCOMPARE(int(out[i]), 0xA5);
    const QByteArray encoded(reinterpret_cast<const char*>(out), written);
    QCOMPARE(encoded.toHex(' '),
             WsFrameWriter::header(quint8(opcode), length, masked, fin, quint8(rsv), kMaskKey).toHex(' '));

    FrameHeader decoded;
    FrameHeader::Error error = FrameHeader::Error::None;
    QCOMPARE(FrameHeader::decode(out, written, &decoded, &error), FrameHeader::Status::Complete);
    header.headerLength = written;
    QCOMPARE(describe(decoded), describe(header));
}

// Each error has its own reason, short enough for a close frame.
void tst_FrameHeader::reasons()
{
    using E = FrameHeader::Error;
    QCOMPARE(QByteArray(FrameHeader::reason(E::None)), QByteArray());
    QList<QByteArray> seen;
    for (E e : {E::FragmentedControlFrame, E::ControlFrameTooLong, E::NonMinimalLength, E::LengthTopBitSet}) {
        const QByteArray reason(FrameHeader::reason(e));
        QVERIFY(!reason.isEmpty());
        QVERIFY(reason.size() <= 123);
        QVERIFY2(!seen.contains(reason), reason.constData());
        seen.append(reason);
    }
}

QTEST_GUILESS_MAIN(tst_FrameHeader)
#include "tst_frameheader.moc"
