#include "Percentiles.h"

#include <algorithm>
#include <cmath>

namespace airlock::bench {

Percentiles::Percentiles(QList<qint64> samples)
    : m_sorted(std::move(samples))
{
    std::sort(m_sorted.begin(), m_sorted.end());
}

qint64 Percentiles::at(double q) const
{
    if (m_sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(q * double(m_sorted.size())));
    return m_sorted[qBound<qsizetype>(0, rank - 1, m_sorted.size() - 1)];
}

double Percentiles::mean() const
{
    if (m_sorted.isEmpty())
        return 0;
    double sum = 0;
    for (qint64 v : m_sorted)
        sum += double(v);
    return sum / double(m_sorted.size());
}

QList<BenchMetric> Percentiles::latencyMetrics(const QString& samplesLabel) const
{
    const auto us = [](qint64 ns) { return double(ns) / 1000.0; };
    return {
        {QStringLiteral("p50_us"), QStringLiteral("p50"), us(at(0.50)), QStringLiteral("us"), 1, false},
        {QStringLiteral("p90_us"), QStringLiteral("p90"), us(at(0.90)), QStringLiteral("us"), 1, false},
        {QStringLiteral("p99_us"), QStringLiteral("p99"), us(at(0.99)), QStringLiteral("us"), 1, false},
        {QStringLiteral("mean_us"), QStringLiteral("mean"), mean() / 1000.0, QStringLiteral("us"), 1, false},
        {QStringLiteral("max_us"), QStringLiteral("max"), us(max()), QStringLiteral("us"), 1, false},
        {QStringLiteral("samples"), samplesLabel, double(count()), QString(), 0, true},
    };
}

} // namespace airlock::bench
