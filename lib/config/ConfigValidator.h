#pragma once

#include "config/Config.h"
#include "config/ConfigReport.h"

#include <QProcessEnvironment>

namespace airlock {

// Checks a config held in memory (one a route editor is changing, say) as ConfigLoader checks a file: the
// same checks, reported with the JSON paths and sentences the loader would use for the same values.
class ConfigValidator
{
public:
    // env expands the ${env:NAME} references of injected headers, as the loader does.
    static ConfigReport validate(const Config& config,
                                 const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
};

} // namespace airlock
