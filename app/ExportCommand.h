#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace airlock {

// `airlock export-har [--log FILE] [--session ID]... [--out FILE]`: past sessions from the JSON-lines
// log (and its rotated files) as HAR 1.2 that Chrome DevTools imports.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace airlock
