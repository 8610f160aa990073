#pragma once

#include <QString>

namespace airlock {

// Where RequestLog writes its JSON lines and how it rotates them. Config's LogConfig extends it, so the
// log needs nothing from config/ (observe/ stays below config/ in the module graph).
struct LogOptions
{
    QString file; // JSON lines, one per finished session; empty = none
    qint64 maxBytes = 10 * 1024 * 1024;
    int keepFiles = 5;

    bool operator==(const LogOptions&) const = default;
};

} // namespace airlock
