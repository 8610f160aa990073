#pragma once

#include "observe/RequestRecord.h"
#include "observe/Statistics.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <atomic>

namespace airlock {

// Every counter and gauge in one place, fed by finished records and by sessions entering and leaving
// the tunnel. Thread-safe; read as a Statistics value, rendered from it as Prometheus text or JSON for the
// admin endpoints.
class Metrics
{
public:
    void sessionOpened() { m_sessionsActive.fetch_add(1); }
    void sessionClosed() { m_sessionsActive.fetch_sub(1); }
    void connectionOpened()
    {
        m_connectionsTotal.fetch_add(1);
        m_connectionsActive.fetch_add(1);
    }
    void connectionClosed() { m_connectionsActive.fetch_sub(1); }
    void observe(const RequestRecord& record);
    // The health of a monitored route: gauge 1 up/degraded, 0 down, -1 unknown, plus its snapshot
    // JSON for /_airlock/status. Callable from any thread.
    void setBackendHealth(const QString& route, int up, const QJsonObject& health);
    // A route no longer monitored (an applied config removed it or its check).
    void removeBackendHealth(const QString& route);
    int backendUp(const QString& route, bool* known = nullptr) const;
    QJsonObject backendHealth(const QString& route) const; // empty for a route not monitored

    // Every counter at once, as values; the two renderings below are made from it.
    Statistics statistics() const;
    QByteArray prometheusText() const;
    QJsonObject toJson() const;

    qint64 sessionsActive() const { return m_sessionsActive.load(); }
    qint64 connectionsActive() const { return m_connectionsActive.load(); }

private:
    std::atomic<qint64> m_connectionsTotal{0};
    std::atomic<qint64> m_connectionsActive{0};
    std::atomic<qint64> m_sessionsActive{0};
    std::atomic<qint64> m_sessionsTotal{0};
    std::atomic<qint64> m_bytesFromClient{0};
    std::atomic<qint64> m_bytesFromBackend{0};
    std::atomic<qint64> m_messagesFromClient{0};
    std::atomic<qint64> m_messagesFromBackend{0};

    mutable QMutex m_mutex; // guards the labelled counters below
    QHash<QString, qint64> m_outcomes;
    QHash<QString, qint64> m_closes;
    QHash<QString, qint64> m_upstreamFailures;
    QHash<QString, int> m_backendUp;
    QHash<QString, QJsonObject> m_backendHealth;
};

} // namespace airlock
