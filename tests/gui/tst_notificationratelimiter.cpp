#include "gui/desktop/NotificationRateLimiter.h"

#include <QTest>

using namespace airlock;
using namespace Qt::StringLiterals;

class tst_NotificationRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void decisions_data();
    void decisions();
};

void tst_NotificationRateLimiter::decisions_data()
{
    // Each step: u"key@ms"_s -> allowed? Limits: 60 s per key, 3 in any 60 s.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one key: once a minute")
        << QStringList{u"a@0"_s, u"a@1000"_s, u"a@59999"_s, u"a@60000"_s} << u"1001"_s;
    QTest::newRow("keys are independent") << QStringList{u"a@0"_s, u"b@0"_s, u"a@10"_s, u"b@10"_s} << u"1100"_s;
    QTest::newRow("global cap of three a minute")
        << QStringList{u"a@0"_s, u"b@1"_s, u"c@2"_s, u"d@3"_s, u"e@59999"_s, u"e@60000"_s} << u"111001"_s;
    QTest::newRow("a held-back one does not count")
        << QStringList{u"a@0"_s, u"a@100"_s, u"a@200"_s, u"b@300"_s, u"c@400"_s} << u"10011"_s;
}

void tst_NotificationRateLimiter::decisions()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, expected);
    NotificationRateLimiter limiter(60000, 3, 60000);
    QString got;
    for (const QString& step : steps) {
        const QStringList parts = step.split(u'@');
        got += limiter.allow(parts.at(0), parts.at(1).toLongLong()) ? u'1' : u'0';
    }
    QCOMPARE(got, expected);
}

QTEST_MAIN(tst_NotificationRateLimiter)
#include "tst_notificationratelimiter.moc"
