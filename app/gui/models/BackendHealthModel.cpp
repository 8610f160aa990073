#include "gui/models/BackendHealthModel.h"

#include "gui/Format.h"
#include "gui/models/StatusIcon.h"
#include "health/HealthMonitor.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace airlock {

BackendHealthModel::BackendHealthModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BackendHealthModel::setMonitor(HealthMonitor* monitor)
{
    connect(monitor, &HealthMonitor::checked, this, &BackendHealthModel::applyChecked);
    connect(monitor, &HealthMonitor::stateChanged, this, &BackendHealthModel::applyStateChanged);
    for (const HealthSnapshot& snapshot : monitor->snapshots()) {
        const int row = ensureRow(snapshot.route);
        m_rows[row].monitored = true;
        m_rows[row].snapshot = snapshot;
        rowChanged(row);
    }
}

void BackendHealthModel::setRoutes(const QList<RouteConfig>& routes)
{
    QHash<QString, bool> monitored;
    QStringList names;
    for (const RouteConfig& route : routes) {
        if (monitored.contains(route.name))
            continue;
        names.append(route.name);
        monitored.insert(route.name, route.health.kind != HealthConfig::Kind::None);
    }
    // Rows of routes gone, per contiguous range from the end.
    int row = int(m_rows.size()) - 1;
    bool removed = false;
    while (row >= 0) {
        if (monitored.contains(m_rows.at(row).route)) {
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && !monitored.contains(m_rows.at(row - 1).route))
            --row;
        beginRemoveRows({}, row, last);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
        removed = true;
        --row;
    }
    if (removed)
        rebuildIndex();
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& r = m_rows[i];
        const bool checked = monitored.value(r.route);
        if (r.monitored == checked)
            continue;
        r.monitored = checked;
        if (!checked) {
            r.snapshot = HealthSnapshot();
            r.snapshot.route = r.route;
            r.latencies.clear();
            r.lastChangeAt = 0;
        }
        rowChanged(i);
    }
    QStringList added;
    for (const QString& name : names) {
        if (!m_index.contains(name))
            added.append(name);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const QString& name : added) {
        Row r;
        r.route = name;
        r.monitored = monitored.value(name);
        r.snapshot.route = name;
        m_index.insert(name, int(m_rows.size()));
        m_rows.append(r);
    }
    endInsertRows();
}

int BackendHealthModel::ensureRow(const QString& route)
{
    const int existing = m_index.value(route, -1);
    if (existing >= 0)
        return existing;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row r;
    r.route = route;
    r.monitored = true;
    r.snapshot.route = route;
    m_rows.append(r);
    m_index.insert(route, row);
    endInsertRows();
    return row;
}

void BackendHealthModel::applyChecked(const QString& route, const HealthSnapshot& snapshot)
{
    const int row = ensureRow(route);
    Row& r = m_rows[row];
    r.monitored = true;
    r.snapshot = snapshot;
    r.latencies.append(snapshot.lastOk ? qMax<qint64>(0, snapshot.lastLatencyMs) : -1);
    while (r.latencies.size() > LatencyWindow)
        r.latencies.removeFirst();
    rowChanged(row);
}

void BackendHealthModel::applyStateChanged(const QString& route, const HealthSnapshot& snapshot)
{
    const int row = ensureRow(route);
    Row& r = m_rows[row];
    r.monitored = true;
    r.snapshot = snapshot;
    r.lastChangeAt = snapshot.lastCheckedAt > 0 ? snapshot.lastCheckedAt : QDateTime::currentMSecsSinceEpoch();
    rowChanged(row);
}

void BackendHealthModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BackendHealthModel::rebuildIndex()
{
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).route, i);
}

QString BackendHealthModel::routeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).route : QString();
}

QList<qint64> BackendHealthModel::latencies(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).latencies : QList<qint64>();
}

double BackendHealthModel::uptimeOf(const Row& row)
{
    if (row.latencies.isEmpty())
        return -1;
    const auto ok = std::count_if(row.latencies.begin(), row.latencies.end(), [](qint64 v) { return v >= 0; });
    return 100.0 * double(ok) / double(row.latencies.size());
}

double BackendHealthModel::uptimePercent(int row) const
{
    return row >= 0 && row < m_rows.size() ? uptimeOf(m_rows.at(row)) : -1;
}

QString BackendHealthModel::stateName(HealthSnapshot::State state)
{
    switch (state) {
    case HealthSnapshot::State::Unknown:
        return tr("unknown");
    case HealthSnapshot::State::Up:
        return tr("up");
    case HealthSnapshot::State::Degraded:
        return tr("degraded");
    case HealthSnapshot::State::Down:
        return tr("down");
    }
    return {};
}

QString BackendHealthModel::errorText(const Row& row) const
{
    const HealthSnapshot& s = row.snapshot;
    if (s.lastError == FailureReason::None)
        return {};
    QString text = failure::sentence(s.lastError);
    if (s.lastErrorStatus != 0)
        text += tr(" (HTTP %1)").arg(s.lastErrorStatus);
    if (!s.lastErrorDetail.isEmpty())
        text += QStringLiteral(" — ") + s.lastErrorDetail;
    return text;
}

QString BackendHealthModel::displayText(const Row& row, int column) const
{
    const HealthSnapshot& s = row.snapshot;
    if (!row.monitored && column != Route)
        return column == State ? tr("not checked") : QString();
    switch (column) {
    case Route:
        return row.route;
    case State:
        return stateName(s.state);
    case LastLatency:
        return Format::duration(s.lastLatencyMs);
    case MedianLatency:
        return Format::duration(s.medianLatencyMs);
    case P95Latency:
        return Format::duration(s.p95LatencyMs);
    case Trend:
        return {};
    case Uptime: {
        const double uptime = uptimeOf(row);
        if (uptime < 0)
            return Format::none();
        const bool whole = uptime == double(qint64(uptime));
        return tr("%1 %").arg(QString::number(uptime, 'f', whole ? 0 : 1));
    }
    case LastError:
        return errorText(row);
    case LastChange:
        return Format::time(row.lastChangeAt);
    default:
        return {};
    }
}

QString BackendHealthModel::toolTip(const Row& row, int column) const
{
    const HealthSnapshot& s = row.snapshot;
    if (!row.monitored)
        return tr("Route %1 has no health check configured").arg(row.route);
    switch (column) {
    case State:
        return tr("%1: %2 checks, %3 successes and %4 failures in a row; last checked %5\nLegend: green disc up, "
                  "amber diamond degraded, red cross down, grey ring unknown.")
            .arg(stateName(s.state))
            .arg(s.checks)
            .arg(s.consecutiveSuccesses)
            .arg(s.consecutiveFailures)
            .arg(Format::dateTime(s.lastCheckedAt));
    case Trend:
    case Uptime: {
        const qsizetype failed =
            std::count_if(row.latencies.begin(), row.latencies.end(), [](qint64 v) { return v < 0; });
        return tr("The last %1 checks seen: %2 failed").arg(row.latencies.size()).arg(failed);
    }
    case LastError: {
        if (s.lastError == FailureReason::None)
            return tr("No failure so far");
        QString text = errorText(row) + u'\n' + tr("At %1").arg(Format::dateTime(s.lastErrorAt));
        if (!s.lastErrorClassification.isEmpty())
            text += u'\n' + tr("Classified %1").arg(s.lastErrorClassification);
        return text;
    }
    case LastChange:
        return row.lastChangeAt > 0 ? Format::dateTime(row.lastChangeAt)
                                    : tr("No change of state since the window opened");
    default:
        return displayText(row, column);
    }
}

QVariant BackendHealthModel::sortValue(const Row& row, int column) const
{
    const HealthSnapshot& s = row.snapshot;
    switch (column) {
    case Route:
        return row.route;
    case State:
        return row.monitored ? int(s.state) : -1;
    case LastLatency:
        return s.lastLatencyMs;
    case MedianLatency:
        return s.medianLatencyMs;
    case P95Latency:
    case Trend:
        return s.p95LatencyMs;
    case Uptime:
        return uptimeOf(row);
    case LastError:
        return errorText(row);
    case LastChange:
        return row.lastChangeAt;
    default:
        return {};
    }
}

int BackendHealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackendHealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackendHealthModel::data(const QModelIndex& index, int role) const
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
        if (column == Trend)
            return toolTip(row, column);
        return displayText(row, column);
    case Qt::DecorationRole:
        if (column != State)
            return {};
        if (!row.monitored)
            return StatusIcon::icon(StatusIcon::Shape::Ring, StatusIcon::neutral());
        switch (row.snapshot.state) {
        case HealthSnapshot::State::Up:
            return StatusIcon::icon(StatusIcon::Shape::Disc, StatusIcon::good());
        case HealthSnapshot::State::Degraded:
            return StatusIcon::icon(StatusIcon::Shape::Diamond, StatusIcon::warning());
        case HealthSnapshot::State::Down:
            return StatusIcon::icon(StatusIcon::Shape::Cross, StatusIcon::bad());
        case HealthSnapshot::State::Unknown:
            return StatusIcon::icon(StatusIcon::Shape::Ring, StatusIcon::neutral());
        }
        return {};
    case Qt::ForegroundRole:
        if (!row.monitored && column != Route)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (column == LastError && !row.snapshot.lastOk && row.snapshot.checks > 0)
            return StatusIcon::bad();
        return {};
    case Qt::TextAlignmentRole:
        if (column >= LastLatency && column <= Uptime)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortValue(row, column);
    case RouteRole:
        return row.route;
    case LatenciesRole:
        return QVariant::fromValue(row.latencies);
    case StateRole:
        return row.monitored ? int(row.snapshot.state) : -1;
    default:
        return {};
    }
}

QVariant BackendHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char* const titles[ColumnCount][2] = {
        {QT_TR_NOOP("Route"), QT_TR_NOOP("The route whose backend is checked")},
        {QT_TR_NOOP("State"), QT_TR_NOOP("Up, degraded, down, unknown, or not checked (no health check set)")},
        {QT_TR_NOOP("Latency"), QT_TR_NOOP("Latency of the last successful check")},
        {QT_TR_NOOP("Median"), QT_TR_NOOP("Median latency of the successful checks among the last 50")},
        {QT_TR_NOOP("p95"), QT_TR_NOOP("95th percentile latency of the successful checks among the last 50")},
        {QT_TR_NOOP("Trend"), QT_TR_NOOP("Latencies of the recent checks, newest at the right; red marks: failures")},
        {QT_TR_NOOP("Uptime"), QT_TR_NOOP("Successful checks among the recent ones shown in the trend")},
        {QT_TR_NOOP("Last error"), QT_TR_NOOP("The most recent failure, kept after the backend recovered")},
        {QT_TR_NOOP("Changed"), QT_TR_NOOP("When the state last changed (local time)")},
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

} // namespace airlock
