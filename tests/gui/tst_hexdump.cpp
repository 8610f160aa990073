// hexDump() and hexPreview(): the expected lines are what `hexdump -C` prints for the same bytes.
#include "gui/inspector/HexDump.h"

#include <QTest>

using namespace airlock;

class tst_HexDump : public QObject
{
    Q_OBJECT

private slots:
    void dump_data();
    void dump();
    void preview_data();
    void preview();
};

void tst_HexDump::dump_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("Hello, short last line padded")
        << QByteArray("Hello") << QStringLiteral("00000000  48 65 6c 6c 6f                                    |Hello|");
    QTest::newRow("exactly 16 bytes")
        << QByteArray("0123456789abcdef")
        << QStringLiteral("00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|");
    QTest::newRow("33 bytes, three lines with offsets")
        << QByteArray("Hello world, this is 33 bytes!!!!")
        << QStringLiteral("00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 2c 20 74 68 69  |Hello world, thi|\n"
                          "00000010  73 20 69 73 20 33 33 20  62 79 74 65 73 21 21 21  |s is 33 bytes!!!|\n"
                          "00000020  21                                                |!|");
    QTest::newRow("control and high bytes as dots")
        << QByteArray("\x00\x01\x7f\x80\xff\x20\x7e\x41\x0a", 9)
        << QStringLiteral("00000000  00 01 7f 80 ff 20 7e 41  0a                       |..... ~A.|");
}

void tst_HexDump::dump()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QCOMPARE(hexDump(data), expected);
}

void tst_HexDump::preview_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << 8 << QString();
    QTest::newRow("fits") << QByteArray("\x01\xab\xff", 3) << 8 << QStringLiteral("01 ab ff");
    QTest::newRow("exactly the limit") << QByteArray("\x01\x02", 2) << 2 << QStringLiteral("01 02");
    QTest::newRow("longer gets an ellipsis") << QByteArray("\x01\x02\x03", 3) << 2 << QStringLiteral("01 02 …");
}

void tst_HexDump::preview()
{
    QFETCH(QByteArray, data);
    QFETCH(int, maxBytes);
    QFETCH(QString, expected);
    QCOMPARE(hexPreview(data, maxBytes), expected);
}

QTEST_MAIN(tst_HexDump)
#include "tst_hexdump.moc"
