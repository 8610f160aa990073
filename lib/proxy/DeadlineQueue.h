#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <utility>

namespace airlock {

class Deadline;

// The deadlines of one thread's sessions on a single QTimer, armed for the earliest one: an idle session
// holds no timer of its own, only its entries here (none while no deadline is set). Entries are ordered
// by (due time, arming order); cancelling one is O(log n). A deadline due when the timer fires is taken
// out before its callback runs, so the callback may re-arm it, arm or cancel others, or destroy its owner's
// other deadlines. Millisecond resolution on a precise timer, like a QTimer's.
// Lives on (and is only used from) the thread it was made on; forCurrentThread() gives each worker thread
// its own.
class DeadlineQueue : public QObject
{
    Q_OBJECT
public:
    DeadlineQueue();
    ~DeadlineQueue() override;

    // This thread's queue, made on first use and kept until the thread ends (after everything that could
    // still hold a deadline in it).
    static DeadlineQueue& forCurrentThread();

    int size() const { return int(m_entries.size()); }
    // Milliseconds on the clock deadlines are measured with (monotonic).
    static qint64 now();

private:
    friend class Deadline;
    using Key = std::pair<qint64, quint64>; // due (ms), arming order

    Key add(qint64 due, Deadline* deadline);
    void remove(const Key& key);
    void onTimeout();
    void rearm();

    std::map<Key, Deadline*> m_entries;
    quint64 m_nextOrder = 0;
    QTimer m_timer;
    qint64 m_armedFor = -1; // the due time m_timer is set for, -1 when it is stopped
    bool m_dispatching = false;
};

// One deadline (a one-shot timer) in a DeadlineQueue: start() (re)arms it, stop() cancels it, the callback
// runs once when it is due. Destroying it cancels it. Used on the queue's thread only.
class Deadline
{
public:
    Deadline(DeadlineQueue& queue, std::function<void()> onDue);
    ~Deadline();
    Deadline(const Deadline&) = delete;
    Deadline& operator=(const Deadline&) = delete;

    void start(qint64 ms);
    void stop();
    bool isActive() const { return m_active; }

private:
    friend class DeadlineQueue;

    DeadlineQueue* m_queue;
    std::function<void()> m_onDue;
    DeadlineQueue::Key m_key{0, 0};
    bool m_active = false;
};

} // namespace airlock
