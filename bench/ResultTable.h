#pragma once

#include "BenchResult.h"

#include <QStringList>

namespace airlock::bench {

// The human-readable comparison: one row per figure, one column per target, and where both targets
// ran, how Airlock's figure compares with the other one (the echo backend direct, or websockify).
class ResultTable
{
public:
    static QString render(const QList<BenchResult>& results, const QStringList& targets);
};

} // namespace airlock::bench
