#include "health/HealthMonitor.h"

#include "health/HealthProbe.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace airlock {

namespace {

// Nearest rank: the smallest sample with at least fraction of the samples at or below it.
qint64 percentile(std::vector<qint64> sorted, double fraction)
{
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted[size_t(std::clamp<qsizetype>(rank, 1, qsizetype(sorted.size())) - 1)];
}

// Whether results of one check still describe the other (same backend, same kind of check).
bool sameTarget(const RouteConfig& a, const RouteConfig& b)
{
    return a.backend == b.backend && a.health.kind == b.health.kind && a.health.path == b.health.path &&
           a.tls.serverName == b.tls.serverName;
}

} // namespace

HealthMonitor::HealthMonitor(const QList<RouteConfig>& routes, const QProcessEnvironment& environment, QObject* parent)
    : QObject(parent)
    , m_environment(environment)
{
    qRegisterMetaType<airlock::HealthSnapshot>();
    qRegisterMetaType<airlock::HealthMonitor::Overall>();
    for (const RouteConfig& route : routes) {
        if (route.health.kind == HealthConfig::Kind::None || m_index.contains(route.name))
            continue;
        m_index.insert(route.name, int(m_entries.size()));
        m_entries.push_back(makeEntry(route));
    }
    m_overall = overallOf(snapshots());
}

std::unique_ptr<HealthMonitor::Entry> HealthMonitor::makeEntry(const RouteConfig& route)
{
    auto entry = std::make_unique<Entry>();
    entry->route = route;
    entry->snapshot.route = route.name;
    entry->timer.setInterval(std::max(1, route.health.intervalMs));
    Entry* raw = entry.get();
    connect(&entry->timer, &QTimer::timeout, this, [this, raw] { runCheck(raw); });
    return entry;
}

void HealthMonitor::dropEntry(Entry* entry)
{
    entry->timer.stop();
    if (entry->probe) {
        entry->probe->disconnect(this);
        delete entry->probe.data();
    }
}

void HealthMonitor::setRoutes(const QList<RouteConfig>& routes)
{
    std::vector<std::unique_ptr<Entry>> previous = std::move(m_entries);
    m_entries.clear();
    m_index.clear();
    std::vector<Entry*> added;
    for (const RouteConfig& route : routes) {
        if (route.health.kind == HealthConfig::Kind::None || m_index.contains(route.name))
            continue;
        const auto kept = std::find_if(previous.begin(), previous.end(), [&route](const auto& entry) {
            return entry && entry->route.name == route.name && sameTarget(entry->route, route);
        });
        std::unique_ptr<Entry> entry;
        if (kept != previous.end()) {
            entry = std::move(*kept);
            // A check already running finishes with the settings it started with.
            entry->route = route;
            const int interval = std::max(1, route.health.intervalMs);
            if (entry->timer.interval() != interval) {
                entry->timer.setInterval(interval);
                if (m_running)
                    entry->timer.start();
            }
        } else {
            entry = makeEntry(route);
            added.push_back(entry.get());
        }
        m_index.insert(route.name, int(m_entries.size()));
        m_entries.push_back(std::move(entry));
    }
    for (const auto& entry : previous) {
        if (entry)
            dropEntry(entry.get());
    }
    previous.clear();
    updateOverall();
    if (!m_running)
        return;
    for (Entry* entry : added) {
        entry->timer.start();
        runCheck(entry);
    }
}

HealthMonitor::~HealthMonitor()
{
    stop();
}

void HealthMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    for (const auto& entry : m_entries) {
        entry->timer.start();
        runCheck(entry.get());
    }
}

void HealthMonitor::stop()
{
    m_running = false;
    for (const auto& entry : m_entries)
        dropEntry(entry.get());
}

QStringList HealthMonitor::routeNames() const
{
    QStringList names;
    for (const auto& entry : m_entries)
        names.append(entry->route.name);
    return names;
}

HealthSnapshot HealthMonitor::snapshot(const QString& route) const
{
    const auto it = m_index.constFind(route);
    if (it == m_index.cend())
        return {};
    return m_entries[size_t(*it)]->snapshot;
}

QList<HealthSnapshot> HealthMonitor::snapshots() const
{
    QList<HealthSnapshot> all;
    for (const auto& entry : m_entries)
        all.append(entry->snapshot);
    return all;
}

void HealthMonitor::runCheck(Entry* entry)
{
    // A check still running is bounded by timeoutMs; a tick meanwhile is skipped, not queued.
    if (!m_running || entry->probe)
        return;
    auto* probe = new HealthProbe(entry->route, m_environment, this);
    entry->probe = probe;
    connect(probe, &HealthProbe::finished, this, [this, entry, probe](const HealthResult& result) {
        probe->deleteLater();
        entry->probe = nullptr;
        onProbeFinished(entry, result);
    });
    probe->start();
}

void HealthMonitor::onProbeFinished(Entry* entry, const HealthResult& result)
{
    const HealthSnapshot::State before = entry->snapshot.state;
    apply(&entry->snapshot, &entry->window, result, entry->route.health, QDateTime::currentMSecsSinceEpoch());
    const HealthSnapshot snapshot = entry->snapshot; // slots may stop or delete the monitor
    // Slots of the signals below read overall() already updated.
    const Overall overallBefore = m_overall;
    m_overall = overallOf(snapshots());
    const Overall overall = m_overall;
    const QPointer<HealthMonitor> alive(this);
    if (snapshot.state != before)
        emit stateChanged(snapshot.route, snapshot);
    if (alive)
        emit checked(snapshot.route, snapshot);
    if (alive && overall != overallBefore)
        emit overallChanged(overall);
}

void HealthMonitor::updateOverall()
{
    const Overall overall = overallOf(snapshots());
    if (overall == m_overall)
        return;
    m_overall = overall;
    emit overallChanged(overall);
}

HealthMonitor::Overall HealthMonitor::overallOf(const QList<HealthSnapshot>& snapshots)
{
    if (snapshots.isEmpty())
        return Overall::NoneMonitored;
    Overall overall = Overall::AllUp;
    for (const HealthSnapshot& snapshot : snapshots) {
        switch (snapshot.state) {
        case HealthSnapshot::State::Down:
            return Overall::SomeDown;
        case HealthSnapshot::State::Degraded:
            overall = Overall::SomeDegraded;
            break;
        case HealthSnapshot::State::Unknown:
            if (overall == Overall::AllUp)
                overall = Overall::Unknown;
            break;
        case HealthSnapshot::State::Up:
            break;
        }
    }
    return overall;
}

void HealthMonitor::apply(HealthSnapshot* s, std::deque<qint64>* window, const HealthResult& result,
                          const HealthConfig& config, qint64 nowMs)
{
    using State = HealthSnapshot::State;
    ++s->checks;
    s->lastCheckedAt = nowMs;
    s->lastOk = result.ok;
    window->push_back(result.ok ? result.latencyMs : -1);
    while (window->size() > size_t(LatencyWindow))
        window->pop_front();

    if (result.ok) {
        ++s->consecutiveSuccesses;
        s->consecutiveFailures = 0;
        if (s->state == State::Degraded || s->consecutiveSuccesses >= config.rise)
            s->state = State::Up;
    } else {
        ++s->consecutiveFailures;
        s->consecutiveSuccesses = 0;
        s->lastError = result.error;
        s->lastErrorDetail = result.detail;
        s->lastErrorStatus = result.status;
        s->lastErrorClassification = CloseClassification::kindName(result.classification.kind);
        s->lastErrorAt = nowMs;
        if (s->consecutiveFailures >= config.fall)
            s->state = State::Down;
        else if (s->state == State::Up)
            s->state = State::Degraded;
    }

    std::vector<qint64> latencies;
    for (qint64 ms : *window) {
        if (ms >= 0)
            latencies.push_back(ms);
    }
    s->latencySamples = int(latencies.size());
    if (latencies.empty()) {
        s->lastLatencyMs = s->medianLatencyMs = s->p95LatencyMs = -1;
        return;
    }
    if (result.ok)
        s->lastLatencyMs = result.latencyMs;
    std::sort(latencies.begin(), latencies.end());
    s->medianLatencyMs = percentile(latencies, 0.5);
    s->p95LatencyMs = percentile(latencies, 0.95);
}

} // namespace airlock
