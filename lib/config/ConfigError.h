#pragma once

#include <QString>

namespace airlock {

// One problem in a config file, located by its JSON path ("routes[1].backend"; empty for the whole file).
struct ConfigError
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

} // namespace airlock
