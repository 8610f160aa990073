#pragma once

#include <QString>

namespace airlock::bench {

// One figure of a scenario run, e.g. {"mb_s_up", "up", 812.4, "MB/s"}.
struct BenchMetric
{
    QString key;
    QString label;
    double value = 0;
    QString unit;
    int decimals = 1;
    bool higherIsBetter = true;
};

} // namespace airlock::bench
