#include "gui/models/RequestLogModel.h"

#include "gui/Format.h"
#include "gui/models/PhaseTimeline.h"
#include "gui/models/RequestFilter.h"
#include "observe/FailureReason.h"
#include "observe/RequestLog.h"
#include "ws/CloseClassification.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace airlock {

namespace {

qint64 endOf(const RequestRecord& record, qint64 now)
{
    if (record.closedAt > 0)
        return record.closedAt;
    if (record.outcome == RequestRecord::Outcome::Open)
        return now;
    return record.clientResponseAt;
}

QString classificationText(const QString& classification)
{
    if (classification == QLatin1String("normal"))
        return RequestLogModel::tr("normal");
    if (classification == QLatin1String("transient"))
        return RequestLogModel::tr("transient");
    if (classification == QLatin1String("permanent"))
        return RequestLogModel::tr("permanent");
    return classification;
}

QString sideText(RequestRecord::Side side)
{
    switch (side) {
    case RequestRecord::Side::Client:
        return RequestLogModel::tr("the client");
    case RequestRecord::Side::Backend:
        return RequestLogModel::tr("the backend");
    case RequestRecord::Side::Airlock:
        return RequestLogModel::tr("Airlock");
    case RequestRecord::Side::None:
        break;
    }
    return {};
}

} // namespace

RequestLogModel::RequestLogModel(RequestLog* log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_live(true)
    , m_log(log)
    , m_rows(log ? log->size() : 0)
{
    if (!log)
        return;
    connect(log, &RequestLog::aboutToEvict, this, [this](int count) { beginRemoveRows({}, 0, count - 1); });
    connect(log, &RequestLog::evicted, this, [this](int count) {
        m_firstSequence += quint64(count);
        m_rows -= count;
        endRemoveRows();
    });
    connect(log, &RequestLog::aboutToAppend, this,
            [this](int count) { beginInsertRows({}, m_rows, m_rows + count - 1); });
    connect(log, &RequestLog::appended, this, [this](int count) {
        m_rows += count;
        endInsertRows();
    });
    // Only the record behind the row changed (its messages went to the file only); no column shows them.
    connect(log, &RequestLog::messagesDropped, this, [this](int first, int last) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), {RecordRole});
    });
    connect(log, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_firstSequence += quint64(m_rows); // rows gone for good: their numbers are never reused
        m_rows = 0;
        endResetModel();
    });
}

RequestLogModel::RequestLogModel(QList<RequestRecord> records, QObject* parent)
    : QAbstractTableModel(parent)
    , m_records(std::move(records))
{}

const RequestRecord& RequestLogModel::recordAt(int row) const
{
    if (m_live && m_log)
        return m_log->at(row);
    return m_records.at(row);
}

int RequestLogModel::rowOfSequence(quint64 sequence) const
{
    if (sequence < m_firstSequence || sequence >= nextSequence())
        return -1;
    return int(sequence - m_firstSequence);
}

int RequestLogModel::newestRowOfSession(quint64 sessionId) const
{
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (recordAt(row).sessionId == sessionId)
            return row;
    }
    return -1;
}

int RequestLogModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    if (m_live)
        return m_rows;
    return int(m_records.size());
}

int RequestLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RequestLogModel::now() const
{
    return m_now > 0 ? m_now : QDateTime::currentMSecsSinceEpoch();
}

QString RequestLogModel::outcomeText(RequestRecord::Outcome outcome)
{
    switch (outcome) {
    case RequestRecord::Outcome::Open:
        return tr("open");
    case RequestRecord::Outcome::Closed:
        return tr("closed");
    case RequestRecord::Outcome::Forwarded:
        return tr("forwarded");
    case RequestRecord::Outcome::Rejected:
        return tr("rejected by Airlock");
    case RequestRecord::Outcome::BackendRejected:
        return tr("rejected by backend");
    case RequestRecord::Outcome::UpstreamFailed:
        return tr("backend unreachable");
    case RequestRecord::Outcome::ClientGone:
        return tr("client gone");
    }
    return {};
}

bool RequestLogModel::isFailure(const RequestRecord& record)
{
    return RequestFilter::isFailure(record);
}

QVariant RequestLogModel::display(const RequestRecord& record, int column) const
{
    switch (column) {
    case TimeColumn:
        return record.acceptedAt > 0
                   ? QDateTime::fromMSecsSinceEpoch(record.acceptedAt).toString(QStringLiteral("hh:mm:ss"))
                   : QString();
    case RouteColumn:
        return record.route.isEmpty() ? tr("(no route)") : record.route;
    case TargetColumn:
        return QString::fromLatin1(record.method + ' ' + record.target);
    case OutcomeColumn:
        return outcomeText(record.outcome);
    case StatusColumn:
        return record.httpStatus > 0 ? QString::number(record.httpStatus) : QString();
    case CloseCodeColumn:
        return record.closeCode > 0 ? QString::number(record.closeCode) : QString();
    case ClassificationColumn:
        return classificationText(record.classification);
    case TotalColumn: {
        const qint64 end = endOf(record, now());
        return end > 0 && record.acceptedAt > 0 ? Format::duration(end - record.acceptedAt) : QString();
    }
    case PhasesColumn:
        return QString(); // drawn by PhaseWaterfallDelegate
    }
    return {};
}

QVariant RequestLogModel::toolTip(const RequestRecord& record, int column) const
{
    switch (column) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(record.acceptedAt).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz"));
    case RouteColumn:
    case TargetColumn: {
        QString tip = tr("From %1:%2").arg(record.clientAddress).arg(record.clientPort);
        if (!record.backendUrl.isEmpty())
            tip += u'\n' + tr("To %1").arg(record.backendUrl);
        if (!record.upstreamProxy.isEmpty())
            tip += u'\n' + tr("Through proxy %1").arg(record.upstreamProxy);
        return tip;
    }
    case OutcomeColumn: {
        QString tip = outcomeText(record.outcome);
        if (record.failureReason != FailureReason::None)
            tip = failure::sentence(record.failureReason);
        if (!record.failureDetail.isEmpty())
            tip += u'\n' + record.failureDetail;
        return tip;
    }
    case StatusColumn:
        if (record.backendStatus > 0 && record.backendStatus != record.httpStatus)
            return tr("Sent %1 to the client; the backend answered %2.")
                .arg(record.httpStatus)
                .arg(record.backendStatus);
        return record.httpStatus > 0 ? tr("Sent %1 to the client.").arg(record.httpStatus) : QVariant();
    case CloseCodeColumn:
        if (record.closeCode <= 0)
            return {};
        return tr("Close %1 \"%2\" from %3")
            .arg(record.closeCode)
            .arg(QString::fromUtf8(record.closeReason), sideText(record.closeSide));
    case ClassificationColumn:
        return record.classificationDetail.isEmpty()
                   ? QVariant()
                   : QVariant(CloseClassification::translatedExplanation(record.classificationDetail));
    case TotalColumn:
    case PhasesColumn:
        return PhaseTimeline::describe(record, now());
    }
    return {};
}

QVariant RequestLogModel::sortValue(const RequestRecord& record, int column) const
{
    switch (column) {
    case TimeColumn:
        return record.acceptedAt;
    case RouteColumn:
        return record.route.toLower();
    case TargetColumn:
        return QString::fromLatin1(record.target);
    case OutcomeColumn:
        return int(record.outcome);
    case StatusColumn:
        return record.httpStatus;
    case CloseCodeColumn:
        return record.closeCode;
    case ClassificationColumn:
        return record.classification;
    case TotalColumn: {
        const qint64 end = endOf(record, now());
        return end > 0 ? end - record.acceptedAt : qint64(-1);
    }
    case PhasesColumn:
        return record.clientResponseAt > 0 ? record.clientResponseAt - record.acceptedAt : qint64(-1);
    }
    return {};
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRecord& record = recordAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(record, column);
    case Qt::ToolTipRole:
        return toolTip(record, column);
    case Qt::AccessibleTextRole:
        if (column == PhasesColumn || column == OutcomeColumn)
            return toolTip(record, column);
        return display(record, column);
    case Qt::ForegroundRole:
        if ((column == OutcomeColumn || column == ClassificationColumn) && isFailure(record))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (column == StatusColumn || column == CloseCodeColumn || column == TotalColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(record, column);
    case IdRole:
        return record.sessionId;
    case SequenceRole:
        return sequenceAt(index.row());
    case RecordRole:
        return QVariant::fromValue(record);
    case FailedRole:
        return isFailure(record);
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char* const titles[ColumnCount] = {
        QT_TR_NOOP("Time"),  QT_TR_NOOP("Route"), QT_TR_NOOP("Request"), QT_TR_NOOP("Outcome"), QT_TR_NOOP("Status"),
        QT_TR_NOOP("Close"), QT_TR_NOOP("Class"), QT_TR_NOOP("Total"),   QT_TR_NOOP("Phases"),
    };
    static const char* const tips[ColumnCount] = {
        QT_TR_NOOP("When the connection was accepted (local time)"),
        QT_TR_NOOP("The route that matched the request path"),
        QT_TR_NOOP("Method and target as the client sent them"),
        QT_TR_NOOP("What happened to the request"),
        QT_TR_NOOP("HTTP status sent to the client (101 for an accepted upgrade)"),
        QT_TR_NOOP("WebSocket close code"),
        QT_TR_NOOP("How a client should treat the close or refusal: normal, transient (retry) or permanent"),
        QT_TR_NOOP("From accepting the connection to its end"),
        QT_TR_NOOP("Head read, TCP, proxy CONNECT, TLS, backend answer, answer to client, then the session"),
    };
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
        return tr(tips[section]);
    return {};
}

} // namespace airlock
