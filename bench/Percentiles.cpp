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

} // namespace airlock::bench
