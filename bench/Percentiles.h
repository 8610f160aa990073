#pragma once

#include "BenchMetric.h"

#include <QList>

namespace airlock::bench {

// Order statistics of a sample of durations (nearest rank).
class Percentiles
{
public:
    explicit Percentiles(QList<qint64> samples);

    bool isEmpty() const { return m_sorted.isEmpty(); }
    qsizetype count() const { return m_sorted.size(); }
    // q in [0, 1]; 0 for an empty sample.
    qint64 at(double q) const;
    double mean() const;
    qint64 max() const { return m_sorted.isEmpty() ? 0 : m_sorted.last(); }
    // p50, p90, p99, mean and max in microseconds (samples in nanoseconds), and the sample count.
    QList<BenchMetric> latencyMetrics(const QString& samplesLabel) const;

private:
    QList<qint64> m_sorted;
};

} // namespace airlock::bench
