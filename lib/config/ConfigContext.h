#pragma once

#include "config/ConfigReport.h"

#include <QProcessEnvironment>
#include <QString>

namespace airlock {

struct Config;

// What reading, checking and writing one config field may need besides the field itself.
struct ConfigContext
{
    ConfigReport* report = nullptr;
    const QProcessEnvironment* env = nullptr; // expands ${env:NAME}
    QString baseDir;                          // relative file names resolve against it; empty: taken as they are
    const Config* config = nullptr;           // the whole config, for checks across sections
};

} // namespace airlock
