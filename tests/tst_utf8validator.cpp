#include "ws/Utf8Validator.h"

#include <QRandomGenerator>
#include <QTest>

using airlock::Utf8Validator;

namespace {

// Straightforward decode-and-check reference: how long the sequence must be, whether the
// continuation bytes are there, and whether the decoded value is allowed.
bool referenceValid(QByteArrayView bytes, bool* complete)
{
    *complete = true;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const auto lead = quint8(bytes[i]);
        int extra = 0;
        quint32 cp = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            cp = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            cp = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            cp = lead & 0x07;
        } else {
            return false;
        }
        const quint32 minimum[] = {0, 0x80, 0x800, 0x10000};
        int have = 0;
        for (; have < extra && i + 1 + have < n; ++have) {
            const auto c = quint8(bytes[i + 1 + have]);
            if ((c & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (have < extra) {
            // Truncated at the end: valid so far only if some completion could be valid.
            // Check the smallest and largest completions of the bits seen.
            const int missing = extra - have;
            const quint32 low = cp << (6 * missing);
            const quint32 high = (cp << (6 * missing)) | ((1u << (6 * missing)) - 1);
            const auto allowed = [&](quint32 v) {
                return v >= minimum[extra] && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF);
            };
            bool any = false;
            // The excluded ranges are contiguous, so testing the ends and the gaps' edges suffices.
            for (quint32 v : {low, high, quint32(minimum[extra]), 0xD7FFu, 0xE000u, 0x10FFFFu})
                any = any || (v >= low && v <= high && allowed(v));
            *complete = false;
            return any;
        }
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += 1 + extra;
    }
    return true;
}

QByteArray encode(quint32 cp)
{
    QByteArray out;
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
    return out;
}

struct Outcome
{
    bool valid;
    bool complete;
};

Outcome feedInPieces(const QByteArray& bytes, const QList<qsizetype>& cuts)
{
    Utf8Validator v;
    bool ok = true;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(bytes.size());
    for (qsizetype to : ends) {
        ok = v.feed(bytes.constData() + from, to - from) && ok;
        from = to;
    }
    return {ok, v.isComplete()};
}

} // namespace

class tst_Utf8Validator : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void everyCodePoint();
    void matchesReferenceExhaustivelyUpToThreeBytes();
    void matchesReferenceOnRandomInput();
    void staysInvalidUntilReset();
};

void tst_Utf8Validator::table_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("complete");

    const auto row = [](const char* name, const QByteArray& bytes, bool valid, bool complete) {
        QTest::newRow(name) << bytes << valid << complete;
    };
    row("empty", QByteArray(), true, true);
    row("ascii", QByteArrayLiteral("hello, world"), true, true);
    row("nul byte", QByteArray("a\0b", 3), true, true);
    row("2-byte e-acute", QByteArrayLiteral("caf\xC3\xA9"), true, true);
    row("3-byte euro", QByteArrayLiteral("\xE2\x82\xAC"), true, true);
    row("4-byte emoji", QByteArrayLiteral("\xF0\x9F\x98\x80"), true, true);
    row("U+0080 smallest 2-byte", QByteArrayLiteral("\xC2\x80"), true, true);
    row("U+0800 smallest 3-byte", QByteArrayLiteral("\xE0\xA0\x80"), true, true);
    row("U+10000 smallest 4-byte", QByteArrayLiteral("\xF0\x90\x80\x80"), true, true);
    row("U+D7FF below surrogates", QByteArrayLiteral("\xED\x9F\xBF"), true, true);
    row("U+E000 above surrogates", QByteArrayLiteral("\xEE\x80\x80"), true, true);
    row("U+FFFF", QByteArrayLiteral("\xEF\xBF\xBF"), true, true);
    row("U+10FFFF largest", QByteArrayLiteral("\xF4\x8F\xBF\xBF"), true, true);
    row("overlong 2-byte C0 80", QByteArrayLiteral("\xC0\x80"), false, false);
    row("overlong 2-byte C1 BF", QByteArrayLiteral("\xC1\xBF"), false, false);
    row("overlong 3-byte E0 80 80", QByteArrayLiteral("\xE0\x80\x80"), false, false);
    row("overlong 3-byte E0 9F BF", QByteArrayLiteral("\xE0\x9F\xBF"), false, false);
    row("overlong 4-byte F0 8F BF BF", QByteArrayLiteral("\xF0\x8F\xBF\xBF"), false, false);
    row("surrogate U+D800", QByteArrayLiteral("\xED\xA0\x80"), false, false);
    row("surrogate U+DFFF", QByteArrayLiteral("\xED\xBF\xBF"), false, false);
    row("above U+10FFFF F4 90", QByteArrayLiteral("\xF4\x90\x80\x80"), false, false);
    row("lead F5", QByteArrayLiteral("\xF5\x80\x80\x80"), false, false);
    row("lead FF", QByteArrayLiteral("\xFF"), false, false);
    row("lone continuation", QByteArrayLiteral("a\x80"), false, false);
    row("missing continuation", QByteArrayLiteral("\xC3(x"), false, false);
    row("truncated 2-byte at end", QByteArrayLiteral("ab\xC3"), true, false);
    row("truncated 3-byte at end", QByteArrayLiteral("\xE2\x82"), true, false);
    row("truncated 4-byte at end", QByteArrayLiteral("\xF0\x9F\x98"), true, false);
    row("truncated surrogate prefix", QByteArrayLiteral("\xED\xA0"), false, false);
    // The 8-byte ASCII fast path must still see a bad byte wherever it sits in a word.
    for (int at = 0; at < 20; ++at) {
        QByteArray s(24, 'x');
        s[at] = char(0xFF);
        QTest::addRow("invalid byte at %d in an ASCII run", at) << s << false << false;
        QByteArray t(24, 'y');
        t.insert(at, "\xE2\x82\xAC");
        QTest::addRow("euro at %d in an ASCII run", at) << t << true << true;
    }
}

void tst_Utf8Validator::table()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(bool, complete);

    const Outcome whole = feedInPieces(bytes, {});
    QCOMPARE(whole.valid, valid);
    QCOMPARE(whole.complete, complete);

    // Every single split point and byte-by-byte give the same answer.
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        const Outcome split = feedInPieces(bytes, {cut});
        QCOMPARE(split.valid, valid);
        QCOMPARE(split.complete, complete);
    }
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < bytes.size(); ++i)
        everyByte.append(i);
    const Outcome bytewise = feedInPieces(bytes, everyByte);
    QCOMPARE(bytewise.valid, valid);
    QCOMPARE(bytewise.complete, complete);
}

void tst_Utf8Validator::everyCodePoint()
{
    Utf8Validator v;
    for (quint32 cp = 0; cp <= 0x10FFFF; ++cp) {
        const QByteArray bytes = encode(cp);
        v.reset();
        const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (v.feed(bytes.constData(), bytes.size()) != !surrogate || v.isComplete() == surrogate)
            QFAIL(qPrintable(QStringLiteral("wrong verdict for U+%1").arg(cp, 4, 16, QLatin1Char('0'))));
    }
}

void tst_Utf8Validator::matchesReferenceExhaustivelyUpToThreeBytes()
{
    // All 1- and 2-byte strings, and all 3-byte strings starting with a lead byte.
    Utf8Validator v;
    char buf[3];
    const auto check = [&](qsizetype n) {
        v.reset();
        bool refComplete = false;
        const bool ref = referenceValid(QByteArrayView(buf, n), &refComplete);
        const bool got = v.feed(buf, n);
        return got == ref && (!got || v.isComplete() == refComplete);
    };
    for (int a = 0; a < 256; ++a) {
        buf[0] = char(a);
        QVERIFY2(check(1), qPrintable(QString::number(a, 16)));
        for (int b = 0; b < 256; ++b) {
            buf[1] = char(b);
            QVERIFY2(check(2), qPrintable(QString::number(a, 16) + QLatin1Char(' ') + QString::number(b, 16)));
            if (a < 0xC0)
                continue;
            for (int c = 0; c < 256; ++c) {
                buf[2] = char(c);
                if (!check(3))
                    QFAIL(qPrintable(QStringLiteral("%1 %2 %3").arg(a, 0, 16).arg(b, 0, 16).arg(c, 0, 16)));
            }
        }
    }
}

void tst_Utf8Validator::matchesReferenceOnRandomInput()
{
    // Biased towards bytes that form (or almost form) multi-byte sequences.
    static const quint8 interesting[] = {0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                         0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
    QRandomGenerator rng(20240607);
    for (int round = 0; round < 100000; ++round) {
        const int len = int(rng.bounded(1, 12));
        QByteArray bytes(len, Qt::Uninitialized);
        for (int i = 0; i < len; ++i)
            bytes[i] = char(interesting[rng.bounded(int(sizeof interesting))]);
        bool refComplete = false;
        const bool ref = referenceValid(bytes, &refComplete);
        const qsizetype cut = rng.bounded(len + 1);
        const Outcome got = feedInPieces(bytes, {cut});
        if (got.valid != ref || (ref && got.complete != refComplete))
            QFAIL(bytes.toHex(' ').constData());
    }
}

void tst_Utf8Validator::staysInvalidUntilReset()
{
    Utf8Validator v;
    QVERIFY(!v.feed("\xFF", 1));
    QVERIFY(!v.isValid());
    QVERIFY(!v.feed("ok", 2));
    QVERIFY(!v.isComplete());
    v.reset();
    QVERIFY(v.feed("ok", 2));
    QVERIFY(v.isComplete());
    QVERIFY(v.feed("\xE2", 1));
    QVERIFY(!v.isComplete());
    v.reset();
    QVERIFY(v.isComplete());
}

QTEST_GUILESS_MAIN(tst_Utf8Validator)
#include "tst_utf8validator.moc"
