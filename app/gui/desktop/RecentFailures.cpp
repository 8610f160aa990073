#include "gui/desktop/RecentFailures.h"

#include "observe/FailureReason.h"
#include "observe/RequestLog.h"

namespace airlock {

RecentFailures::RecentFailures(RequestLog* log, int capacity, QObject* parent)
    : QObject(parent)
    , m_log(log)
    , m_capacity(capacity)
{
    connect(m_log, &RequestLog::appended, this, &RecentFailures::onAppended);
}

bool RecentFailures::isPermanent(const RequestRecord& record)
{
    return record.classification == QLatin1String("permanent");
}

RecentFailures::Failure RecentFailures::describe(const RequestRecord& record)
{
    Failure failure;
    failure.sessionId = record.sessionId;
    failure.route = record.route;
    failure.at = record.closedAt ? record.closedAt : record.acceptedAt;
    if (record.failureReason != FailureReason::None)
        failure.text = failure::sentence(record.failureReason);
    else if (record.closeCode != 0)
        failure.text =
            tr("closed with %1 %2").arg(record.closeCode).arg(QString::fromUtf8(record.closeReason)).trimmed();
    else if (record.httpStatus != 0)
        failure.text = tr("answered %1").arg(record.httpStatus);
    return failure;
}

void RecentFailures::onAppended(int count)
{
    // The newest count rows are the ones just appended.
    for (int row = qMax(0, m_log->size() - count); row < m_log->size(); ++row) {
        const RequestRecord& record = m_log->at(row);
        if (!isPermanent(record))
            continue;
        const Failure failure = describe(record);
        m_failures.prepend(failure);
        while (m_failures.size() > m_capacity)
            m_failures.removeLast();
        emit failureAdded(failure);
    }
}

} // namespace airlock
