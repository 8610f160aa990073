#pragma once

#include "config/Config.h"
#include "health/HealthResult.h"
#include "health/HealthSnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

namespace airlock {

class HealthProbe;

// Checks every route that has health configured, every intervalMs, and keeps its state:
// unknown until rise consecutive successes (up) or fall consecutive failures (down);
// up -> degraded on a failure, -> down after fall consecutive failures; down -> up after rise
// consecutive successes; degraded -> up on a success. Lives in the thread that creates it.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int LatencyWindow = 50;

    // All monitored routes together, for the tray icon; the worst state present wins.
    enum class Overall {
        NoneMonitored, // no route has a health check
        Unknown,       // some route has no verdict yet, none is degraded or down
        AllUp,
        SomeDegraded, // some route is degraded, none is down
        SomeDown,
    };
    Q_ENUM(Overall)

    HealthMonitor(const QList<RouteConfig>& routes, const QProcessEnvironment& environment, QObject* parent = nullptr);
    ~HealthMonitor() override;

    void start(); // the first check of every route runs at once
    void stop();
    // Follows an applied config: routes gone stop being checked, new ones are checked at once (when
    // running). A route that keeps its name, backend and check keeps its state and latency history.
    void setRoutes(const QList<RouteConfig>& routes);
    bool isRunning() const { return m_running; }

    QStringList routeNames() const; // monitored routes only, in config order
    bool isMonitored(const QString& route) const { return m_index.contains(route); }
    HealthSnapshot snapshot(const QString& route) const;
    QList<HealthSnapshot> snapshots() const; // in config order
    Overall overall() const { return m_overall; }
    static Overall overallOf(const QList<HealthSnapshot>& snapshots);

    // The state machine on its own, for one result: updates snapshot and the latency window.
    static void apply(HealthSnapshot* snapshot, std::deque<qint64>* window, const HealthResult& result,
                      const HealthConfig& config, qint64 nowMs);

signals:
    void stateChanged(const QString& route, const airlock::HealthSnapshot& snapshot);
    void checked(const QString& route, const airlock::HealthSnapshot& snapshot);
    void overallChanged(airlock::HealthMonitor::Overall overall);

private:
    struct Entry
    {
        RouteConfig route;
        HealthSnapshot snapshot;
        std::deque<qint64> window; // ok flag folded in: -1 for a failure
        QTimer timer;
        QPointer<HealthProbe> probe;
    };

    std::unique_ptr<Entry> makeEntry(const RouteConfig& route);
    void dropEntry(Entry* entry);
    void runCheck(Entry* entry);
    void onProbeFinished(Entry* entry, const HealthResult& result);
    void updateOverall();

    QProcessEnvironment m_environment;
    std::vector<std::unique_ptr<Entry>> m_entries;
    QHash<QString, int> m_index;
    bool m_running = false;
    Overall m_overall = Overall::NoneMonitored;
};

} // namespace airlock
