#include "gui/models/SessionTableModel.h"

#include "gui/Format.h"
#include "gui/models/StatusIcon.h"
#include "observe/RequestLog.h"
#include "service/ProxyService.h"
#include "ws/CloseClassification.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace airlock {

namespace {

// Records of sessions whose rows have not come yet (a session that ends within one batch).
constexpr int kEarlyEndingsKept = 256;

QString sideName(RequestRecord::Side side)
{
    switch (side) {
    case RequestRecord::Side::Client:
        return SessionTableModel::tr("client");
    case RequestRecord::Side::Backend:
        return SessionTableModel::tr("backend");
    case RequestRecord::Side::Airlock:
        return SessionTableModel::tr("Airlock");
    case RequestRecord::Side::None:
        break;
    }
    return {};
}

QString kindText(SessionSnapshot::Kind kind)
{
    switch (kind) {
    case SessionSnapshot::Kind::WebSocket:
        return SessionTableModel::tr("WebSocket");
    case SessionSnapshot::Kind::Bridge:
        return SessionTableModel::tr("TCP bridge");
    case SessionSnapshot::Kind::Http:
        return SessionTableModel::tr("HTTP");
    }
    return {};
}

QString rttText(qint64 ms)
{
    return ms < 0 ? Format::none() : Format::duration(ms);
}

} // namespace

SessionTableModel::SessionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_clock.start();
    connect(&m_lingerTimer, &QTimer::timeout, this, &SessionTableModel::expireClosed);
    setLingerMs(m_lingerMs);
}

void SessionTableModel::setService(ProxyService* service)
{
    connect(service, &ProxyService::sessionsUpdated, this, &SessionTableModel::applyBatch);
    m_log = service->requestLog();
    connect(m_log, &RequestLog::appended, this, &SessionTableModel::onRecordsAppended);
    applyBatch(service->sessions(), {});
}

void SessionTableModel::setLingerMs(int ms)
{
    m_lingerMs = qMax(0, ms);
    // Coarse on purpose: a closed row may stay up to a quarter of the linger (at most a second) longer.
    m_lingerTimer.setInterval(std::clamp(m_lingerMs / 4, 20, 1000));
}

void SessionTableModel::onRecordsAppended(int count)
{
    if (!m_log)
        return;
    QList<RequestRecord> records;
    for (int row = qMax(0, m_log->size() - count); row < m_log->size(); ++row)
        records.append(m_log->at(row));
    applyRecords(records);
}

void SessionTableModel::applyBatch(const QList<SessionSnapshot>& snapshots, const QList<quint64>& endedIds)
{
    QList<int> changed;
    QList<SessionSnapshot> added;
    QHash<quint64, int> addedIndex;
    for (const SessionSnapshot& snapshot : snapshots) {
        const int row = m_index.value(snapshot.id, -1);
        if (row >= 0) {
            Row& r = m_rows[row];
            if (!r.closed && r.snapshot != snapshot) {
                r.snapshot = snapshot;
                changed.append(row);
            }
        } else if (addedIndex.contains(snapshot.id)) {
            added[addedIndex.value(snapshot.id)] = snapshot;
        } else {
            addedIndex.insert(snapshot.id, int(added.size()));
            added.append(snapshot);
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const SessionSnapshot& snapshot : added) {
            m_index.insert(snapshot.id, int(m_rows.size()));
            Row row;
            row.snapshot = snapshot;
            if (m_earlyEndings.contains(snapshot.id)) {
                takeEnding(row, m_earlyEndings.take(snapshot.id));
                m_earlyOrder.removeOne(snapshot.id);
            }
            m_rows.append(row);
        }
        endInsertRows();
    }
    bool anyClosed = false;
    for (quint64 id : endedIds) {
        const int row = m_index.value(id, -1);
        if (row < 0 || m_rows[row].closed)
            continue;
        Row& r = m_rows[row];
        r.closed = true;
        r.closedSeen = m_clock.elapsed();
        if (r.endedAt == 0)
            r.endedAt = QDateTime::currentMSecsSinceEpoch();
        changed.append(row);
        anyClosed = true;
    }
    emitRowsChanged(changed);
    if (anyClosed)
        startLingerTimer();
}

void SessionTableModel::applyRecords(const QList<RequestRecord>& records)
{
    QList<int> changed;
    for (const RequestRecord& record : records) {
        const int row = m_index.value(record.sessionId, -1);
        if (row < 0) {
            if (!m_earlyEndings.contains(record.sessionId))
                m_earlyOrder.append(record.sessionId);
            m_earlyEndings.insert(record.sessionId, endingOf(record));
            while (m_earlyOrder.size() > kEarlyEndingsKept)
                m_earlyEndings.remove(m_earlyOrder.takeFirst());
            continue;
        }
        takeEnding(m_rows[row], endingOf(record));
        changed.append(row);
    }
    emitRowsChanged(changed);
}

SessionTableModel::Ending SessionTableModel::endingOf(const RequestRecord& record)
{
    Ending e;
    e.outcome = record.outcome;
    e.httpStatus = record.httpStatus;
    e.closeCode = record.closeCode;
    e.closeReason = record.closeReason;
    e.closeSide = record.closeSide;
    e.classification = record.classification;
    e.classificationDetail = record.classificationDetail;
    e.failure = record.failureReason;
    e.failureDetail = record.failureDetail;
    e.closedAt = record.closedAt;
    return e;
}

void SessionTableModel::takeEnding(Row& row, const Ending& ending)
{
    static_cast<Ending&>(row) = ending;
    row.hasRecord = true;
    if (ending.closedAt > 0)
        row.endedAt = ending.closedAt;
}

void SessionTableModel::startLingerTimer()
{
    if (!m_lingerTimer.isActive())
        m_lingerTimer.start();
}

void SessionTableModel::expireClosed()
{
    const qint64 now = m_clock.elapsed();
    bool anyLeft = false;
    bool removed = false;
    // From the end, so the rows before a removed range keep their numbers.
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        const Row& r = m_rows.at(row);
        if (!r.closed || r.closedSeen + m_lingerMs > now) {
            anyLeft = anyLeft || r.closed;
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && m_rows.at(row - 1).closed && m_rows.at(row - 1).closedSeen + m_lingerMs <= now)
            --row;
        beginRemoveRows({}, row, last);
        for (int i = row; i <= last; ++i)
            m_index.remove(m_rows.at(i).snapshot.id);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
        removed = true;
        --row;
    }
    if (removed) {
        for (int i = 0; i < m_rows.size(); ++i)
            m_index[m_rows.at(i).snapshot.id] = i;
    }
    if (!anyLeft)
        m_lingerTimer.stop();
}

void SessionTableModel::emitRowsChanged(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int first = rows.first();
    int last = first;
    for (int i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == last + 1) {
            last = rows.at(i);
            continue;
        }
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        if (i < rows.size())
            first = last = rows.at(i);
    }
}

quint64 SessionTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).snapshot.id : 0;
}

bool SessionTableModel::isClosed(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).closed;
}

SessionTableModel::Status SessionTableModel::status(int row) const
{
    return row >= 0 && row < m_rows.size() ? statusOf(m_rows.at(row)) : Status::Closed;
}

SessionTableModel::Status SessionTableModel::statusOf(const Row& row) const
{
    if (row.closed) {
        if (row.classification == QLatin1String("normal"))
            return Status::ClosedNormal;
        if (row.classification == QLatin1String("transient"))
            return Status::ClosedTransient;
        if (row.classification == QLatin1String("permanent"))
            return Status::ClosedPermanent;
        return Status::Closed;
    }
    switch (row.snapshot.state) {
    case SessionSnapshot::State::Idle:
        return Status::Idle;
    case SessionSnapshot::State::Connecting:
        return Status::Connecting;
    case SessionSnapshot::State::Open:
        return Status::Open;
    case SessionSnapshot::State::Closing:
        return Status::Closing;
    }
    return Status::Open;
}

QString SessionTableModel::statusName(Status status)
{
    switch (status) {
    case Status::Idle:
        return tr("idle");
    case Status::Connecting:
        return tr("connecting");
    case Status::Open:
        return tr("open");
    case Status::Closing:
        return tr("closing");
    case Status::Closed:
        return tr("closed");
    case Status::ClosedNormal:
        return tr("closed (normal)");
    case Status::ClosedTransient:
        return tr("closed (transient)");
    case Status::ClosedPermanent:
        return tr("closed (permanent)");
    }
    return {};
}

qint64 SessionTableModel::durationOf(const Row& row) const
{
    if (row.snapshot.startedAt <= 0)
        return -1;
    const qint64 end = row.closed && row.endedAt > 0 ? row.endedAt : QDateTime::currentMSecsSinceEpoch();
    return qMax<qint64>(0, end - row.snapshot.startedAt);
}

QString SessionTableModel::closeText(const Row& row) const
{
    if (!row.hasRecord)
        return row.closed ? tr("ended") : QString();
    QStringList parts;
    if (row.closeCode != 0) {
        QString code = QString::number(row.closeCode);
        if (!row.closeReason.isEmpty())
            code += QStringLiteral(" “%1”").arg(QString::fromUtf8(row.closeReason));
        parts << code;
        if (row.closeSide != RequestRecord::Side::None)
            parts << tr("by %1").arg(sideName(row.closeSide));
    } else if (row.httpStatus != 0 && row.httpStatus != 101) {
        parts << tr("HTTP %1").arg(row.httpStatus);
    }
    if (row.failure != FailureReason::None)
        parts << failure::sentence(row.failure);
    if (!row.classification.isEmpty())
        parts << CloseClassification::translatedKindName(row.classification);
    return parts.join(QStringLiteral(" · "));
}

QString SessionTableModel::displayText(const Row& row, int column) const
{
    const SessionSnapshot& s = row.snapshot;
    switch (column) {
    case Route:
        return s.route.isEmpty() ? tr("(not routed)") : s.route;
    case Client:
        return QStringLiteral("%1:%2").arg(s.clientAddress).arg(s.clientPort);
    case Origin:
        return QString::fromUtf8(s.origin);
    case Kind:
        return kindText(s.kind);
    case Subprotocol:
        return QString::fromUtf8(s.subprotocol);
    case State:
        return statusName(statusOf(row));
    case Started:
        return Format::time(s.startedAt);
    case Duration:
        return Format::duration(durationOf(row));
    case BytesFromClient:
        return Format::bytes(s.bytesFromClient);
    case BytesFromBackend:
        return Format::bytes(s.bytesFromBackend);
    case MessagesFromClient:
        return QString::number(s.messagesFromClient);
    case MessagesFromBackend:
        return QString::number(s.messagesFromBackend);
    case RateFromClient:
        return row.closed ? Format::none() : Format::rate(s.rateFromClient);
    case RateFromBackend:
        return row.closed ? Format::none() : Format::rate(s.rateFromBackend);
    case KeepaliveRtt:
        if (s.clientRttMs < 0 && s.backendRttMs < 0)
            return Format::none();
        return QStringLiteral("%1 / %2").arg(rttText(s.clientRttMs), rttText(s.backendRttMs));
    case Close:
        return closeText(row);
    default:
        return {};
    }
}

QString SessionTableModel::toolTip(const Row& row, int column) const
{
    const SessionSnapshot& s = row.snapshot;
    switch (column) {
    case Client:
    case Origin:
        return s.origin.isEmpty() ? tr("Client %1:%2, no Origin header").arg(s.clientAddress).arg(s.clientPort)
                                  : tr("Client %1:%2, Origin %3")
                                        .arg(s.clientAddress)
                                        .arg(s.clientPort)
                                        .arg(QString::fromUtf8(s.origin));
    case State:
        return tr("%1\nLegend: green disc open, blue ring connecting, grey ring idle, amber diamond closing; "
                  "closed: grey square normal, amber square transient (a retry may work), red cross permanent.")
            .arg(statusName(statusOf(row)));
    case Started:
        return Format::dateTime(s.startedAt);
    case Duration:
        return row.closed ? tr("Ended %1").arg(Format::dateTime(row.endedAt)) : tr("Still open");
    case KeepaliveRtt:
        return tr("Keepalive ping round trip: client leg %1, backend leg %2")
            .arg(rttText(s.clientRttMs), rttText(s.backendRttMs));
    case Close: {
        QStringList lines;
        const QString text = closeText(row);
        if (!text.isEmpty())
            lines << text;
        if (!row.classificationDetail.isEmpty())
            lines << CloseClassification::translatedExplanation(row.classificationDetail);
        if (!row.failureDetail.isEmpty())
            lines << row.failureDetail;
        return lines.join(u'\n');
    }
    default:
        return displayText(row, column);
    }
}

QVariant SessionTableModel::sortValue(const Row& row, int column) const
{
    const SessionSnapshot& s = row.snapshot;
    switch (column) {
    case Client:
        return QStringLiteral("%1:%2").arg(s.clientAddress).arg(s.clientPort, 5, 10, QLatin1Char('0'));
    case Kind:
        return int(s.kind);
    case State:
        return int(statusOf(row));
    case Started:
        return s.startedAt;
    case Duration:
        return durationOf(row);
    case BytesFromClient:
        return s.bytesFromClient;
    case BytesFromBackend:
        return s.bytesFromBackend;
    case MessagesFromClient:
        return s.messagesFromClient;
    case MessagesFromBackend:
        return s.messagesFromBackend;
    case RateFromClient:
        return row.closed ? qint64(-1) : s.rateFromClient;
    case RateFromBackend:
        return row.closed ? qint64(-1) : s.rateFromBackend;
    case KeepaliveRtt:
        return s.clientRttMs;
    case Close:
        return row.closeCode != 0 ? row.closeCode : row.httpStatus;
    default:
        return displayText(row, column);
    }
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole:
        return column == State || column == Close ? toolTip(row, column).section(u'\n', 0, 0)
                                                  : displayText(row, column);
    case Qt::DecorationRole:
        if (column != State)
            return {};
        switch (statusOf(row)) {
        case Status::Open:
            return StatusIcon::icon(StatusIcon::Shape::Disc, StatusIcon::good());
        case Status::Connecting:
            return StatusIcon::icon(StatusIcon::Shape::Ring, StatusIcon::pending());
        case Status::Idle:
            return StatusIcon::icon(StatusIcon::Shape::Ring, StatusIcon::neutral());
        case Status::Closing:
            return StatusIcon::icon(StatusIcon::Shape::Diamond, StatusIcon::warning());
        case Status::Closed:
        case Status::ClosedNormal:
            return StatusIcon::icon(StatusIcon::Shape::Square, StatusIcon::neutral());
        case Status::ClosedTransient:
            return StatusIcon::icon(StatusIcon::Shape::Square, StatusIcon::warning());
        case Status::ClosedPermanent:
            return StatusIcon::icon(StatusIcon::Shape::Cross, StatusIcon::bad());
        }
        return {};
    case Qt::ForegroundRole:
        if (!row.closed)
            return {};
        if (column == Close && statusOf(row) == Status::ClosedPermanent)
            return StatusIcon::bad();
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    case Qt::TextAlignmentRole:
        if (column >= Started && column <= KeepaliveRtt)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortValue(row, column);
    case IdRole:
        return row.snapshot.id;
    case ClosedRole:
        return row.closed;
    case StatusRole:
        return int(statusOf(row));
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char* const titles[ColumnCount][2] = {
        {QT_TR_NOOP("Route"), QT_TR_NOOP("The route the session matched")},
        {QT_TR_NOOP("Client"), QT_TR_NOOP("The client's address and port (Origin in the tooltip)")},
        {QT_TR_NOOP("Origin"), QT_TR_NOOP("The Origin header the client sent")},
        {QT_TR_NOOP("Kind"), QT_TR_NOOP("WebSocket, TCP bridge or plain HTTP connection")},
        {QT_TR_NOOP("Subprotocol"), QT_TR_NOOP("The WebSocket subprotocol the client got")},
        {QT_TR_NOOP("State"), QT_TR_NOOP("Open, closing, or closed with the classification of its end")},
        {QT_TR_NOOP("Started"), QT_TR_NOOP("When the client connected (local time)")},
        {QT_TR_NOOP("Duration"), QT_TR_NOOP("How long the session has been open, or was")},
        {QT_TR_NOOP("↑ Bytes"), QT_TR_NOOP("Bytes from the client to the backend")},
        {QT_TR_NOOP("↓ Bytes"), QT_TR_NOOP("Bytes from the backend to the client")},
        {QT_TR_NOOP("↑ Msgs"), QT_TR_NOOP("Messages (HTTP: requests) from the client")},
        {QT_TR_NOOP("↓ Msgs"), QT_TR_NOOP("Messages (HTTP: responses) from the backend")},
        {QT_TR_NOOP("↑ Rate"), QT_TR_NOOP("Bytes per second from the client, lately")},
        {QT_TR_NOOP("↓ Rate"), QT_TR_NOOP("Bytes per second from the backend, lately")},
        {QT_TR_NOOP("RTT"), QT_TR_NOOP("Keepalive ping round trip: client leg / backend leg")},
        {QT_TR_NOOP("Close"), QT_TR_NOOP("Close code, reason, who closed, and the classification")},
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr(titles[section][0]);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return tr(titles[section][1]);
    default:
        return {};
    }
}

QString SessionTableModel::details(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row& r = m_rows.at(row);
    QStringList lines;
    lines << tr("Session %1").arg(r.snapshot.id);
    for (int column = 0; column < ColumnCount; ++column) {
        const QString text = column == Started ? Format::dateTime(r.snapshot.startedAt) : displayText(r, column);
        if (text.isEmpty())
            continue;
        lines << QStringLiteral("%1: %2").arg(headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), text);
    }
    if (!r.classificationDetail.isEmpty())
        lines << CloseClassification::translatedExplanation(r.classificationDetail);
    if (!r.failureDetail.isEmpty())
        lines << r.failureDetail;
    return lines.join(u'\n');
}

} // namespace airlock
