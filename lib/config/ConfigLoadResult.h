#pragma once

#include "config/Config.h"
#include "config/ConfigError.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace airlock {

// A config is usable only when errors is empty; warnings are worth showing but do not stop anything.
struct ConfigLoadResult
{
    Config config;
    QList<ConfigError> errors;
    QStringList warnings;   // "path: message", like ConfigError::toString()
    QByteArray fingerprint; // of the file fromFile read: ConfigWriter::save refuses to overwrite other content

    bool ok() const { return errors.isEmpty(); }
};

} // namespace airlock
