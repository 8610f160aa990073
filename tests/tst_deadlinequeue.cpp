// The per-thread deadline queue behind the tunnels' keepalive, idle and drain limits: deadlines fire in
// due order, once, not before they are due; cancelled and re-armed ones behave as a QTimer would, also
// when that happens from inside another deadline's callback.
#include "proxy/DeadlineQueue.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <utility>
#include <vector>

using namespace airlock;

class tst_DeadlineQueue : public QObject
{
    Q_OBJECT

private slots:
    void firesInDueOrder_data();
    void firesInDueOrder();
    void notBeforeDue();
    void cancelled();
    void rearmMovesTheDeadline_data();
    void rearmMovesTheDeadline();
    void manyEntries();
    void cancelledFromInsideACallback();
    void rearmedFromItsOwnCallback();
    void destroyedDeadlineLeavesTheQueue();
    void perThreadQueue();
};

void tst_DeadlineQueue::firesInDueOrder_data()
{
    QTest::addColumn<QList<int>>("delays");
    QTest::addColumn<QList<int>>("expectedOrder");
    const auto row = [](const QList<int>& delays, const QList<int>& order) {
        QStringList names;
        for (int delay : delays)
            names.append(QString::number(delay));
        QTest::addRow("delays %s ms", qPrintable(names.join(u','))) << delays << order;
    };
    row({10, 30, 50}, {0, 1, 2});
    row({50, 30, 10}, {2, 1, 0});
    row({40, 0, 20}, {1, 2, 0});
    row({20, 20, 20}, {0, 1, 2}); // equal due times keep the arming order
}

void tst_DeadlineQueue::firesInDueOrder()
{
    QFETCH(QList<int>, delays);
    QFETCH(QList<int>, expectedOrder);
    DeadlineQueue queue;
    QList<int> fired;
    std::vector<std::unique_ptr<Deadline>> deadlines;
    for (int i = 0; i < delays.size(); ++i)
        deadlines.push_back(std::make_unique<Deadline>(queue, [&fired, i] { fired.append(i); }));
    for (int i = 0; i < delays.size(); ++i)
        deadlines[size_t(i)]->start(delays[i]);
    QCOMPARE(queue.size(), delays.size());
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), delays.size(), 5000);
    QCOMPARE(fired, expectedOrder);
    QCOMPARE(queue.size(), 0);
    for (const auto& deadline : deadlines)
        QVERIFY(!deadline->isActive());
}

void tst_DeadlineQueue::notBeforeDue()
{
    DeadlineQueue queue;
    QElapsedTimer clock;
    qint64 firedAfter = -1;
    Deadline deadline(queue, [&] { firedAfter = clock.elapsed(); });
    clock.start();
    deadline.start(80);
    QVERIFY(deadline.isActive());
    QTRY_VERIFY_WITH_TIMEOUT(firedAfter >= 0, 5000);
    QVERIFY2(firedAfter >= 80, qPrintable(QString::number(firedAfter)));
}

void tst_DeadlineQueue::cancelled()
{
    DeadlineQueue queue;
    int cancelledFired = 0;
    int otherFired = 0;
    Deadline cancelled(queue, [&] { ++cancelledFired; });
    Deadline other(queue, [&] { ++otherFired; });
    cancelled.start(10);
    other.start(60);
    cancelled.stop();
    QVERIFY(!cancelled.isActive());
    QCOMPARE(queue.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(otherFired, 1, 5000);
    QCOMPARE(cancelledFired, 0);
    cancelled.stop(); // stopping an inactive deadline is harmless
    QCOMPARE(queue.size(), 0);
}

void tst_DeadlineQueue::rearmMovesTheDeadline_data()
{
    QTest::addColumn<int>("firstMs");
    QTest::addColumn<int>("rearmMs");
    for (const auto& [first, rearm] : {std::pair{10, 150}, std::pair{300, 20}})
        QTest::addRow("%d ms re-armed to %d ms", first, rearm) << first << rearm;
}

void tst_DeadlineQueue::rearmMovesTheDeadline()
{
    QFETCH(int, firstMs);
    QFETCH(int, rearmMs);
    DeadlineQueue queue;
    QElapsedTimer clock;
    QList<qint64> fired;
    Deadline deadline(queue, [&] { fired.append(clock.elapsed()); });
    clock.start();
    deadline.start(firstMs);
    deadline.start(rearmMs);
    QCOMPARE(queue.size(), 1); // one entry per deadline, never two
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 1, 5000);
    QVERIFY2(fired.first() >= rearmMs, qPrintable(QString::number(fired.first())));
    // Fired once: a later sentinel fires (deadlines fire in due order), the moved one does not again.
    bool sentinelFired = false;
    Deadline sentinel(queue, [&] { sentinelFired = true; });
    sentinel.start(qMax(firstMs, rearmMs) - clock.elapsed() + 20);
    QTRY_VERIFY_WITH_TIMEOUT(sentinelFired, 10000);
    QCOMPARE(fired.size(), 1);
}

void tst_DeadlineQueue::manyEntries()
{
    constexpr int count = 5000;
    DeadlineQueue queue;
    QList<int> fired;
    fired.reserve(count);
    std::vector<std::unique_ptr<Deadline>> deadlines;
    deadlines.reserve(count);
    for (int i = 0; i < count; ++i)
        deadlines.push_back(std::make_unique<Deadline>(queue, [&fired, i] { fired.append(i); }));
    // Arm in a scrambled order with due times in 10 groups; cancel every third.
    // When each is due, as seen here: arming 5,000 takes long enough under a sanitizer that a later group
    // armed late can fall due after an earlier group armed early, so order is checked by due time.
    std::vector<qint64> due(count);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        const int index = int((qint64(i) * 7919) % count);
        const int delay = 10 + (index % 10) * 5;
        due[size_t(index)] = clock.elapsed() + delay;
        deadlines[size_t(index)]->start(delay);
    }
    int expected = 0;
    for (int i = 0; i < count; i += 3)
        deadlines[size_t(i)]->stop();
    for (int i = 0; i < count; ++i)
        expected += i % 3 != 0;
    QCOMPARE(queue.size(), expected);
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), expected, 10000);
    QCOMPARE(queue.size(), 0);
    // Each one once, and in due order (within the millisecond the two clocks may disagree by).
    QSet<int> seen;
    qint64 lastDue = -1;
    for (int i : std::as_const(fired)) {
        QVERIFY(i % 3 != 0);
        QVERIFY(!seen.contains(i));
        seen.insert(i);
        QVERIFY2(due[size_t(i)] >= lastDue - 1, qPrintable(QStringLiteral("entry %1 fired out of due order").arg(i)));
        lastDue = qMax(lastDue, due[size_t(i)]);
    }
}

void tst_DeadlineQueue::cancelledFromInsideACallback()
{
    DeadlineQueue queue;
    int laterFired = 0;
    int alsoDueFired = 0;
    std::unique_ptr<Deadline> destroyed;
    Deadline later(queue, [&] { ++laterFired; });
    Deadline alsoDue(queue, [&] { ++alsoDueFired; });
    int destroyedFired = 0;
    destroyed = std::make_unique<Deadline>(queue, [&] { ++destroyedFired; });
    Deadline first(queue, [&] {
        later.stop();
        alsoDue.stop();    // due in the same round: it must not fire
        destroyed.reset(); // destroying one cancels it too
    });
    first.start(20);
    alsoDue.start(20);
    destroyed->start(20);
    later.start(100);
    QTRY_VERIFY_WITH_TIMEOUT(!first.isActive(), 5000);
    QCOMPARE(queue.size(), 0);
    // Deadlines fire in due order: once a sentinel due after all of them fired, none of them will.
    bool sentinelFired = false;
    Deadline sentinel(queue, [&] { sentinelFired = true; });
    sentinel.start(120);
    QTRY_VERIFY_WITH_TIMEOUT(sentinelFired, 5000);
    QCOMPARE(laterFired, 0);
    QCOMPARE(alsoDueFired, 0);
    QCOMPARE(destroyedFired, 0);
}

void tst_DeadlineQueue::rearmedFromItsOwnCallback()
{
    DeadlineQueue queue;
    int ticks = 0;
    std::unique_ptr<Deadline> tick;
    tick = std::make_unique<Deadline>(queue, [&] {
        if (++ticks < 5)
            tick->start(0); // a zero delay runs on a later turn, not in the same round again
    });
    tick->start(0);
    QTRY_COMPARE_WITH_TIMEOUT(ticks, 5, 5000);
    QVERIFY(!tick->isActive());
    QCOMPARE(queue.size(), 0);
}

void tst_DeadlineQueue::destroyedDeadlineLeavesTheQueue()
{
    DeadlineQueue queue;
    int destroyedFired = 0;
    {
        Deadline deadline(queue, [&] { ++destroyedFired; });
        deadline.start(10);
        QCOMPARE(queue.size(), 1);
    }
    QCOMPARE(queue.size(), 0);
    bool sentinelFired = false;
    Deadline sentinel(queue, [&] { sentinelFired = true; });
    sentinel.start(30);
    QTRY_VERIFY_WITH_TIMEOUT(sentinelFired, 5000);
    QCOMPARE(destroyedFired, 0);
}

void tst_DeadlineQueue::perThreadQueue()
{
    DeadlineQueue* here = &DeadlineQueue::forCurrentThread();
    QCOMPARE(&DeadlineQueue::forCurrentThread(), here);
    DeadlineQueue* there = nullptr;
    std::unique_ptr<QThread> thread(QThread::create([&there] { there = &DeadlineQueue::forCurrentThread(); }));
    thread->start();
    QVERIFY(thread->wait(5000));
    QVERIFY(there != nullptr);
    QVERIFY(there != here);
}

QTEST_GUILESS_MAIN(tst_DeadlineQueue)
#include "tst_deadlinequeue.moc"
