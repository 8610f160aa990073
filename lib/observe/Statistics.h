#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace airlock {

// The proxy's counters and gauges at one moment, as values: what Metrics counts, what ProxyService hands
// the GUI, and the one source of the Prometheus text and the JSON of the admin endpoints. Maps are keyed
// and sorted by label, so both renderings are stable.
struct Statistics
{
    qint64 connectionsTotal = 0;
    qint64 connectionsActive = 0;
    qint64 sessionsTotal = 0;  // WebSocket sessions tunnelled and finished
    qint64 sessionsActive = 0; // WebSocket sessions tunnelling now
    qint64 bytesFromClient = 0;
    qint64 bytesFromBackend = 0;
    qint64 messagesFromClient = 0;
    qint64 messagesFromBackend = 0;
    QMap<QString, qint64> handshakes;       // finished requests and sessions by outcome name
    QMap<QString, qint64> closes;           // by classification ("normal", "transient", "permanent")
    QMap<QString, qint64> upstreamFailures; // by failure reason
    QMap<QString, int> backendUp;           // monitored route -> 1 up or degraded, 0 down, -1 unknown

    bool operator==(const Statistics& other) const = default;

    QByteArray prometheusText() const;
    // The counters of /_airlock/status (backend health is not part of it).
    QJsonObject toJson() const;
};

} // namespace airlock

Q_DECLARE_METATYPE(airlock::Statistics)
