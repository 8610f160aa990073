#include "ws/CloseCodeRules.h"
#include "ws/Utf8Validator.h"

#include <QTest>

using airlock::CloseCodeRules;

class tst_CloseCodeRules : public QObject
{
    Q_OBJECT

private slots:
    void wireValidity_data();
    void wireValidity();
    void everyCodeMatchesTheRanges();
    void truncateReason_data();
    void truncateReason();
};

void tst_CloseCodeRules::wireValidity_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("valid");

    const struct
    {
        int code;
        bool valid;
        const char* why;
    } rows[] = {
        {0, false, "below 1000"},
        {999, false, "below 1000"},
        {1000, true, "normal closure"},
        {1001, true, "going away"},
        {1002, true, "protocol error"},
        {1003, true, "unsupported data"},
        {1004, false, "reserved"},
        {1005, false, "no status, local only"},
        {1006, false, "abnormal closure, local only"},
        {1007, true, "invalid payload data"},
        {1008, true, "policy violation"},
        {1009, true, "message too big"},
        {1010, true, "mandatory extension"},
        {1011, true, "internal error"},
        {1012, true, "service restart"},
        {1013, true, "try again later"},
        {1014, true, "bad gateway"},
        {1015, false, "TLS handshake failure, local only"},
        {1016, false, "unassigned"},
        {2000, false, "unassigned"},
        {2999, false, "unassigned"},
        {3000, true, "registered libraries"},
        {3999, true, "registered libraries"},
        {4000, true, "private use"},
        {4404, true, "private use"},
        {4999, true, "private use"},
        {5000, false, "above 4999"},
        {65535, false, "above 4999"},
    };
    for (const auto& r : rows)
        QTest::addRow("%d %s", r.code, r.why) << r.code << r.valid;
}

void tst_CloseCodeRules::wireValidity()
{
    QFETCH(int, code);
    QFETCH(bool, valid);
    QCOMPARE(CloseCodeRules::isValidReceived(quint16(code)), valid);
    QCOMPARE(CloseCodeRules::maySend(quint16(code)), valid);
}

void tst_CloseCodeRules::everyCodeMatchesTheRanges()
{
    int validCount = 0;
    for (int code = 0; code <= 0xFFFF; ++code)
        validCount += CloseCodeRules::isValidReceived(quint16(code)) ? 1 : 0;
    // 1000-1003 (4) + 1007-1014 (8) + 3000-4999 (2000)
    QCOMPARE(validCount, 4 + 8 + 2000);
}

void tst_CloseCodeRules::truncateReason_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray a122(122, 'a');
    const QByteArray a121(121, 'a');
    const QByteArray a120(120, 'a');
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("short ascii") << QByteArrayLiteral("bye") << QByteArrayLiteral("bye");
    QTest::newRow("exactly 123 bytes kept") << QByteArray(123, 'x') << QByteArray(123, 'x');
    QTest::newRow("124 ascii bytes cut to 123") << QByteArray(124, 'x') << QByteArray(123, 'x');
    QTest::newRow("long ascii cut to 123") << QByteArray(500, 'x') << QByteArray(123, 'x');
    QTest::newRow("2-byte char ending at 123 kept") << (a121 + "\xC3\xA9" + "tail") << (a121 + "\xC3\xA9");
    QTest::newRow("2-byte char straddling 123 dropped") << (a122 + "\xC3\xA9") << a122;
    QTest::newRow("3-byte char straddling 123 after 1 byte") << (a122 + "\xE2\x82\xAC") << a122;
    QTest::newRow("3-byte char straddling 123 after 2 bytes") << (a121 + "\xE2\x82\xAC") << a121;
    QTest::newRow("4-byte char straddling 123 after 3 bytes") << (a120 + "\xF0\x9F\x98\x80") << a120;
    QTest::newRow("4-byte char ending at 123 kept")
        << (QByteArray(119, 'a') + "\xF0\x9F\x98\x80" + "z") << (QByteArray(119, 'a') + "\xF0\x9F\x98\x80");
    QTest::newRow("non-UTF-8 continuation run cut plainly")
        << QByteArray(200, char(0x80)) << QByteArray(123, char(0x80));
    QByteArray euros;
    for (int i = 0; i < 60; ++i)
        euros.append("\xE2\x82\xAC");
    QTest::newRow("all 3-byte chars cut to 41 whole chars") << euros << euros.left(123);
    QTest::newRow("all 3-byte chars, one byte shifted") << ("x" + euros) << ("x" + euros.left(120));
}

void tst_CloseCodeRules::truncateReason()
{
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, expected);
    const QByteArray cut = CloseCodeRules::truncateReason(reason);
    QCOMPARE(cut, expected);
    QVERIFY(cut.size() <= 123);
    airlock::Utf8Validator v;
    if (v.feed(reason.constData(), reason.size())) {
        v.reset();
        QVERIFY2(v.feed(cut.constData(), cut.size()) && v.isComplete(), "valid input must stay valid");
    }
}

QTEST_GUILESS_MAIN(tst_CloseCodeRules)
#include "tst_closecoderules.moc"
