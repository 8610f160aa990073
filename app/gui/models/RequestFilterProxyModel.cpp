#include "gui/models/RequestFilterProxyModel.h"

#include "gui/models/RequestLogModel.h"

namespace airlock {

RequestFilterProxyModel::RequestFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RequestLogModel::SortRole);
    setDynamicSortFilter(true);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &RequestFilterProxyModel::countsChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &RequestFilterProxyModel::countsChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &RequestFilterProxyModel::countsChanged);
}

void RequestFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = qobject_cast<RequestLogModel*>(model);
    Q_ASSERT(m_log || !model);
    QSortFilterProxyModel::setSourceModel(model);
    // Rows hidden by Pause still count as pending: the status line follows the source too.
    if (m_log) {
        connect(m_log, &QAbstractItemModel::rowsInserted, this, &RequestFilterProxyModel::countsChanged);
        connect(m_log, &QAbstractItemModel::rowsRemoved, this, &RequestFilterProxyModel::countsChanged);
    }
}

void RequestFilterProxyModel::setFilter(const RequestFilter& filter)
{
    m_filter = filter.isValid() ? filter : RequestFilter();
    invalidateRowsFilter();
    emit countsChanged();
}

void RequestFilterProxyModel::setPaused(bool paused)
{
    if (paused == m_paused || !m_log)
        return;
    m_paused = paused;
    if (paused)
        m_pausedFrom = m_log->nextSequence();
    invalidateRowsFilter();
    emit countsChanged();
}

int RequestFilterProxyModel::pendingCount() const
{
    if (!m_paused || !m_log)
        return 0;
    const quint64 next = m_log->nextSequence();
    const quint64 from = qMax(m_pausedFrom, qMax(m_clearedBefore, m_log->sequenceAt(0)));
    return next > from ? int(next - from) : 0;
}

void RequestFilterProxyModel::clearUpToNow()
{
    if (!m_log)
        return;
    m_clearedBefore = m_log->nextSequence();
    invalidateRowsFilter();
    emit countsChanged();
}

void RequestFilterProxyModel::undoClear()
{
    m_clearedBefore = 0;
    invalidateRowsFilter();
    emit countsChanged();
}

int RequestFilterProxyModel::unfilteredCount() const
{
    if (!m_log)
        return 0;
    // Sequences grow with the row, so the rows passing both marks are one contiguous range.
    const quint64 first = qMax(m_clearedBefore, m_log->sequenceAt(0));
    const quint64 end = m_paused ? qMin(m_pausedFrom, m_log->nextSequence()) : m_log->nextSequence();
    return end > first ? int(end - first) : 0;
}

int RequestFilterProxyModel::proxyRowOf(int sourceRow) const
{
    if (!m_log || sourceRow < 0)
        return -1;
    return mapFromSource(m_log->index(sourceRow, 0)).row();
}

bool RequestFilterProxyModel::passesMarks(int sourceRow) const
{
    const quint64 sequence = m_log->sequenceAt(sourceRow);
    if (sequence < m_clearedBefore)
        return false;
    return !(m_paused && sequence >= m_pausedFrom);
}

bool RequestFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_log || sourceParent.isValid())
        return false;
    return passesMarks(sourceRow) && m_filter.matches(m_log->recordAt(sourceRow));
}

} // namespace airlock
