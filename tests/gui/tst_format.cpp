// Format: the durations, sizes and rates every view shows.
#include "gui/Format.h"

#include <QTest>

using namespace airlock;

class tst_Format : public QObject
{
    Q_OBJECT

private slots:
    void duration_data();
    void duration();
    void bytes_data();
    void bytes();
    void rateAndTime();
};

void tst_Format::duration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << qint64(-1) << QStringLiteral("–");
    QTest::newRow("812 ms") << qint64(812) << QStringLiteral("812 ms");
    QTest::newRow("4.2 s") << qint64(4200) << QStringLiteral("4.2 s");
    QTest::newRow("59.9 s") << qint64(59949) << QStringLiteral("59.9 s");
    QTest::newRow("3 min 10 s") << qint64(190000) << QStringLiteral("3 min 10 s");
    QTest::newRow("2 h 5 min") << qint64((2 * 3600 + 5 * 60 + 7) * 1000) << QStringLiteral("2 h 5 min");
}

void tst_Format::duration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(Format::duration(ms), text);
}

void tst_Format::bytes_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QString>("text");
    QTest::newRow("0 B") << qint64(0) << QStringLiteral("0 B");
    QTest::newRow("1023 B") << qint64(1023) << QStringLiteral("1023 B");
    QTest::newRow("1.4 KiB") << qint64(1434) << QStringLiteral("1.4 KiB");
    QTest::newRow("3.0 MiB") << qint64(3 * 1024 * 1024) << QStringLiteral("3.0 MiB");
    QTest::newRow("1.5 GiB") << qint64(1536) * 1024 * 1024 << QStringLiteral("1.5 GiB");
}

void tst_Format::bytes()
{
    QFETCH(qint64, n);
    QFETCH(QString, text);
    QCOMPARE(Format::bytes(n), text);
}

void tst_Format::rateAndTime()
{
    QCOMPARE(Format::rate(2048), QStringLiteral("2.0 KiB/s"));
    QCOMPARE(Format::time(0), QStringLiteral("–"));
    const QDateTime at(QDate(2026, 3, 4), QTime(13, 5, 9, 250));
    QCOMPARE(Format::time(at.toMSecsSinceEpoch()), QStringLiteral("13:05:09"));
    QCOMPARE(Format::dateTime(at.toMSecsSinceEpoch()), QStringLiteral("2026-03-04 13:05:09.250"));
}

QTEST_MAIN(tst_Format)
#include "tst_format.moc"
