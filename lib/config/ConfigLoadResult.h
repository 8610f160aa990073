#pragma once

#include "config/Config.h"
#include "config/ConfigError.h"

#include <QList>
#include <QStringList>

namespace airlock {

// A config is usable only when errors is empty; warnings are worth showing but do not stop anything.
struct ConfigLoadResult
{
    Config config;
    QList<ConfigError> errors;
    QStringList warnings; // "path: message", like ConfigError::toString()

    bool ok() const { return errors.isEmpty(); }
};

} // namespace airlock
