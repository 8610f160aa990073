#pragma once

#include "config/ConfigError.h"

#include <QList>
#include <QStringList>

namespace airlock {

// Problems found in a config, in the order a reader meets them. Only errors make it unusable.
struct ConfigReport
{
    QList<ConfigError> errors;
    QStringList warnings; // "path: message", like ConfigError::toString()

    void error(const QString& path, const QString& message) { errors.append({path, message}); }
    void warning(const QString& path, const QString& message)
    {
        warnings.append(ConfigError{path, message}.toString());
    }
    bool ok() const { return errors.isEmpty(); }
};

} // namespace airlock
