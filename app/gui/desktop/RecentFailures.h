#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace airlock {

class RequestLog;
struct RequestRecord;

// The sessions and requests of the request log that failed for good (classification "permanent"), newest
// first, at most capacity of them: the tray lists them and the notifier announces each.
class RecentFailures : public QObject
{
    Q_OBJECT
public:
    struct Failure
    {
        quint64 sessionId = 0;
        QString route;
        QString text;  // one line: what went wrong, translated
        qint64 at = 0; // ms since the epoch
    };

    explicit RecentFailures(RequestLog* log, int capacity = 5, QObject* parent = nullptr);

    QList<Failure> failures() const { return m_failures; }
    static bool isPermanent(const RequestRecord& record);
    static Failure describe(const RequestRecord& record);

signals:
    void failureAdded(const airlock::RecentFailures::Failure& failure);

private:
    void onAppended(int count);

    RequestLog* m_log;
    int m_capacity;
    QList<Failure> m_failures;
};

} // namespace airlock
