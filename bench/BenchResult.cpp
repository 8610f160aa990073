#include "BenchResult.h"

namespace airlock::bench {

void BenchResult::add(const QString& key, const QString& label, double value, const QString& unit, int decimals,
                      bool higherIsBetter)
{
    metrics.append({key, label, value, unit, decimals, higherIsBetter});
}

const BenchMetric* BenchResult::metric(const QString& key) const
{
    for (const BenchMetric& m : metrics) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

QJsonObject BenchResult::toJson() const
{
    QJsonObject values;
    for (const BenchMetric& m : metrics)
        values.insert(m.key, m.value);
    QJsonObject out{
        {QStringLiteral("scenario"), scenario},
        {QStringLiteral("variant"), variant},
        {QStringLiteral("target"), target},
        {QStringLiteral("metrics"), values},
    };
    if (!error.isEmpty())
        out.insert(QStringLiteral("error"), error);
    return out;
}

} // namespace airlock::bench
