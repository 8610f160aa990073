#pragma once

#include "gui/models/RequestFilter.h"

#include <QSortFilterProxyModel>

namespace airlock {

class RequestLogModel;

// What the handshake list shows of a RequestLogModel: rows matching the filter, none from before the last
// Clear, and while paused none that arrived after Pause. Pause and Clear are marks on the source's
// sequence numbers, so the source keeps following the log: on resume the rows that arrived meanwhile
// appear, each exactly once, and nothing is copied. (Rows the ring evicts while paused leave the view as
// they would anyway; the log file keeps them.) Sorts by RequestLogModel::SortRole.
class RequestFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RequestFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    RequestLogModel* logModel() const { return m_log; }

    void setFilter(const RequestFilter& filter);
    RequestFilter filter() const { return m_filter; }

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Rows that arrived since Pause and are still in the source (shown on resume).
    int pendingCount() const;

    // Hides every row the source has now; later rows show as usual.
    void clearUpToNow();
    // Shows the cleared rows again (those still in the source).
    void undoClear();
    bool hasCleared() const { return m_clearedBefore > 0; }

    // Rows that pass Pause and Clear, before the filter.
    int unfilteredCount() const;

    // The proxy row of a source row, -1 when hidden.
    int proxyRowOf(int sourceRow) const;

signals:
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool passesMarks(int sourceRow) const;

    RequestLogModel* m_log = nullptr;
    RequestFilter m_filter;
    bool m_paused = false;
    quint64 m_pausedFrom = 0;    // first sequence hidden while paused
    quint64 m_clearedBefore = 0; // sequences below are hidden
};

} // namespace airlock
