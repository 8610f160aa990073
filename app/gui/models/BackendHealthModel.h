#pragma once

#include "config/Config.h"
#include "health/HealthSnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace airlock {

class HealthMonitor;

// One row per route with its backend's health: state, latencies, a window of recent probe latencies for a
// sparkline, uptime over that window, the last error in plain words and when the state last changed.
// Routes without a health check show "not checked". Fed by HealthMonitor::checked and stateChanged; the
// routes follow setRoutes() (rows of routes gone are removed, new ones appended, kept ones keep history).
class BackendHealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Route,
        State,
        LastLatency,
        MedianLatency,
        P95Latency,
        Trend,
        Uptime,
        LastError,
        LastChange,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values
        RouteRole,                   // the route's name (its id)
        LatenciesRole,               // QList<qint64>, oldest first; -1 for a failed check
        StateRole,                   // HealthSnapshot::State as int; -1 when not checked
    };
    static constexpr int LatencyWindow = 50;

    explicit BackendHealthModel(QObject* parent = nullptr);

    // Follows the monitor's results; takes the snapshots it has now.
    void setMonitor(HealthMonitor* monitor);
    void setRoutes(const QList<RouteConfig>& routes);

    // One check's result for a route (an unknown route gets a row).
    void applyChecked(const QString& route, const HealthSnapshot& snapshot);
    // The route's state changed (also its snapshot).
    void applyStateChanged(const QString& route, const HealthSnapshot& snapshot);

    int rowOf(const QString& route) const { return m_index.value(route, -1); }
    QString routeAt(int row) const;
    QList<qint64> latencies(int row) const;
    // Successful checks among those kept, in percent; -1 without any.
    double uptimePercent(int row) const;
    static QString stateName(HealthSnapshot::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString route;
        bool monitored = false;
        HealthSnapshot snapshot;
        QList<qint64> latencies; // -1 = failed
        qint64 lastChangeAt = 0; // ms since the epoch, 0 = not seen
    };

    int ensureRow(const QString& route);
    void rowChanged(int row);
    void rebuildIndex();
    QString displayText(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QString errorText(const Row& row) const;
    static double uptimeOf(const Row& row);

    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace airlock
