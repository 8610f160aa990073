#pragma once

#include "BenchMetric.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace airlock::bench {

// The figures of one scenario variant against one target.
struct BenchResult
{
    QString scenario; // "throughput", "round-trip", "message-rate", "handshake", "idle-memory"
    QString variant;  // e.g. "16 B" or "parallel 16"
    QString target;
    QList<BenchMetric> metrics;
    QString error; // empty when the run completed

    void add(const QString& key, const QString& label, double value, const QString& unit, int decimals = 1,
             bool higherIsBetter = true);
    const BenchMetric* metric(const QString& key) const;
    QJsonObject toJson() const;
};

} // namespace airlock::bench
