#pragma once

#include "observe/RequestLog.h"
#include "observe/RequestRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace airlock {

// The handshake log as a table: one row per record, oldest first. Live mode follows a RequestLog's ring
// row for row (its evictions and appends are bracketed exactly as it announces them); read-only mode shows
// a fixed list of records (a log file or HAR opened from disk). Every row also has a sequence number that
// never changes and grows with every record appended, so a proxy can hide "everything before" or
// "everything after" a moment without copying records.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        RouteColumn,
        TargetColumn,
        OutcomeColumn,
        StatusColumn,
        CloseCodeColumn,
        ClassificationColumn,
        TotalColumn,
        PhasesColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: numbers as numbers, times as ms since the epoch
        IdRole,                      // the record's sessionId
        SequenceRole,                // the row's sequence number (quint64)
        RecordRole,                  // the RequestRecord itself
        FailedRole,                  // bool: the request failed or its close was classified a failure
    };

    explicit RequestLogModel(RequestLog* log, QObject* parent = nullptr);
    explicit RequestLogModel(QList<RequestRecord> records, QObject* parent = nullptr);

    bool isReadOnly() const { return !m_live; }
    RequestLog* log() const { return m_log; }
    const RequestRecord& recordAt(int row) const;
    quint64 sequenceAt(int row) const { return m_firstSequence + quint64(row); }
    // The sequence number the next appended record will get (= how many rows ever entered the model).
    quint64 nextSequence() const { return m_firstSequence + quint64(rowCount()); }
    // The row holding this sequence number, -1 when it was evicted or never existed.
    int rowOfSequence(quint64 sequence) const;
    // The newest row of this session, -1 if there is none.
    int newestRowOfSession(quint64 sessionId) const;

    // Used for the duration of open sessions; tests set it for stable output (0 = the clock).
    void setNow(qint64 msSinceEpoch) { m_now = msSinceEpoch; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(RequestRecord::Outcome outcome);
    static bool isFailure(const RequestRecord& record);

private:
    qint64 now() const;
    QVariant display(const RequestRecord& record, int column) const;
    QVariant toolTip(const RequestRecord& record, int column) const;
    QVariant sortValue(const RequestRecord& record, int column) const;

    bool m_live = false;
    QPointer<RequestLog> m_log;
    QList<RequestRecord> m_records; // read-only mode
    quint64 m_firstSequence = 0;
    int m_rows = 0; // live mode: rows as announced so far (the ring changes before the "after" signals)
    qint64 m_now = 0;
};

} // namespace airlock
