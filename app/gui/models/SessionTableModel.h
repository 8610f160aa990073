#pragma once

#include "observe/RequestRecord.h"
#include "observe/SessionSnapshot.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace airlock {

class ProxyService;
class RequestLog;

// The live sessions of a ProxyService, one row each, fed by its batches (sessionsUpdated) and, for the
// close details of ended sessions, by the records appended to its RequestLog. A session that ended stays
// for lingerMs, greyed, with its close code, reason, side and classification, then its row goes. A batch
// inserts new sessions with one bracket at the end, marks changed rows with dataChanged per contiguous
// range, and expiry removes rows per range: never a reset.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Route,
        Client,
        Origin,
        Kind,
        Subprotocol,
        State,
        Started,
        Duration,
        BytesFromClient,
        BytesFromBackend,
        MessagesFromClient,
        MessagesFromBackend,
        RateFromClient,
        RateFromBackend,
        KeepaliveRtt,
        Close,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: numbers sort as numbers
        IdRole,                      // the session id (quint64)
        ClosedRole,                  // true once the session ended
        StatusRole,                  // Status as int
    };
    // A row's state: the snapshot's while open, the classification of its end once closed.
    enum class Status { Idle, Connecting, Open, Closing, Closed, ClosedNormal, ClosedTransient, ClosedPermanent };

    explicit SessionTableModel(QObject* parent = nullptr);

    // Follows the service's batches and its request log; takes the sessions it has now.
    void setService(ProxyService* service);

    int lingerMs() const { return m_lingerMs; }
    void setLingerMs(int ms);

    // One batch: new or changed sessions, then the ids that ended.
    void applyBatch(const QList<airlock::SessionSnapshot>& snapshots, const QList<quint64>& endedIds);
    // Close details for the sessions these records belong to (others are ignored).
    void applyRecords(const QList<airlock::RequestRecord>& records);

    int rowOf(quint64 id) const { return m_index.value(id, -1); }
    quint64 idAt(int row) const;
    bool isClosed(int row) const;
    Status status(int row) const;
    // A readable text block about the row (for the clipboard).
    QString details(int row) const;
    static QString statusName(Status status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What a row shows from its session's record.
    struct Ending
    {
        RequestRecord::Outcome outcome = RequestRecord::Outcome::Open;
        int httpStatus = 0;
        int closeCode = 0;
        QByteArray closeReason;
        RequestRecord::Side closeSide = RequestRecord::Side::None;
        QString classification;
        QString classificationDetail;
        FailureReason failure = FailureReason::None;
        QString failureDetail;
        qint64 closedAt = 0;
    };
    struct Row : Ending
    {
        SessionSnapshot snapshot;
        bool closed = false;
        qint64 closedSeen = 0; // m_clock time when the end was seen, for lingering
        qint64 endedAt = 0;    // ms since the epoch
        bool hasRecord = false;
    };
    static Ending endingOf(const RequestRecord& record);
    static void takeEnding(Row& row, const Ending& ending);

    void onRecordsAppended(int count);
    void expireClosed();
    void startLingerTimer();
    void emitRowsChanged(QList<int> rows);
    Status statusOf(const Row& row) const;
    qint64 durationOf(const Row& row) const;
    QString displayText(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QString closeText(const Row& row) const;

    QList<Row> m_rows;
    QHash<quint64, int> m_index; // session id -> row
    // A session that ends within one batch has its record before its row: kept here until the row comes.
    QHash<quint64, Ending> m_earlyEndings;
    QList<quint64> m_earlyOrder; // oldest first, to bound the map
    int m_lingerMs = 30000;
    QTimer m_lingerTimer; // runs only while closed rows exist
    QElapsedTimer m_clock;
    QPointer<RequestLog> m_log;
};

} // namespace airlock
