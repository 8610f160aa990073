// The reconnect policy: capped exponential backoff with jitter, an attempt limit, and giving up at once
// on what the classifier calls permanent.
#include "ws/CloseCodeClassifier.h"
#include "ws/ReconnectPolicy.h"

#include <QTest>
#include <QtMath>

#include <climits>
#include <cmath>

using namespace airlock;

class tst_ReconnectPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoffGrowsAndCaps();
    void jitterStaysInBounds();
    void giveUp_data();
    void giveUp();
    void delaysFollowSeededRandom();
};

void tst_ReconnectPolicy::backoffGrowsAndCaps()
{
    ReconnectPolicy policy;
    policy.initialDelayMs = 100;
    policy.maxDelayMs = 1000;
    QCOMPARE(policy.baseDelayMs(1), 100);
    QCOMPARE(policy.baseDelayMs(2), 200);
    QCOMPARE(policy.baseDelayMs(4), 800);
    QCOMPARE(policy.baseDelayMs(5), 1000);
    QCOMPARE(policy.baseDelayMs(50), 1000);
}

void tst_ReconnectPolicy::jitterStaysInBounds()
{
    ReconnectPolicy policy;
    policy.initialDelayMs = 1000;
    policy.jitter = 0.25;
    policy.maxAttempts = 0;
    QRandomGenerator random(7);
    const CloseClassification dropped = CloseCodeClassifier().classify(1006);
    int low = INT_MAX;
    int high = 0;
    for (int i = 0; i < 2000; ++i) {
        const ReconnectPolicy::Decision d = policy.next(1, dropped, random);
        QVERIFY(d.retry);
        low = qMin(low, d.delayMs);
        high = qMax(high, d.delayMs);
    }
    QVERIFY(low >= 750 && low < 800);
    QVERIFY(high <= 1250 && high > 1200);
}

void tst_ReconnectPolicy::giveUp_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<bool>("retry");
    QTest::newRow("4404 session unknown: at once") << 4404 << 1 << false;
    QTest::newRow("HTTP 401: at once") << 401 << 1 << false;
    QTest::newRow("1000 normal close") << 1000 << 1 << false;
    QTest::newRow("1001 going away") << 1001 << 1 << true;
    QTest::newRow("1006 drop, first attempt") << 1006 << 1 << true;
    QTest::newRow("1014 bad gateway, last attempt") << 1014 << 6 << true;
    QTest::newRow("1014 bad gateway, past the limit") << 1014 << 7 << false;
    QTest::newRow("HTTP 503") << 503 << 2 << true;
}

void tst_ReconnectPolicy::giveUp()
{
    QFETCH(int, code);
    QFETCH(int, attempt);
    QFETCH(bool, retry);
    ReconnectPolicy policy;
    policy.maxAttempts = 6;
    QRandomGenerator random(1);
    const ReconnectPolicy::Decision d = policy.next(attempt, CloseCodeClassifier().classify(code), random);
    QCOMPARE(d.retry, retry);
    QVERIFY(!d.reason.isEmpty());
}

void tst_ReconnectPolicy::delaysFollowSeededRandom()
{
    // Expected delays computed here, not by a second run of the policy: the documented defaults (500 ms,
    // doubling, capped at 30 s, 20 % jitter either way) applied to draws from an identically seeded
    // generator. The same seed then means the same delays, and each delay is inside its jitter window.
    const ReconnectPolicy policy;
    const CloseClassification c = CloseCodeClassifier().classify(1013);
    QRandomGenerator used(42);
    QRandomGenerator reference(42);
    for (int attempt = 1; attempt <= 10; ++attempt) {
        const double base = qMin(500.0 * std::pow(2.0, attempt - 1), 30000.0);
        const double draw = reference.generateDouble();
        const int expected = int(qMin(std::round(base * 0.8 + base * 0.4 * draw), 30000.0));
        const ReconnectPolicy::Decision d = policy.next(attempt, c, used);
        QVERIFY(d.retry);
        QCOMPARE(d.delayMs, expected);
        QVERIFY2(d.delayMs >= qFloor(base * 0.8) && d.delayMs <= qMin(qCeil(base * 1.2), 30000),
                 qPrintable(QStringLiteral("attempt %1: %2 ms").arg(attempt).arg(d.delayMs)));
    }
}

QTEST_GUILESS_MAIN(tst_ReconnectPolicy)
#include "tst_reconnectpolicy.moc"
