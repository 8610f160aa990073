#include "DescribeConfigErrors.h"

#include <QStringList>

namespace airlock::test {

QString describe(const QList<ConfigError>& errors)
{
    QStringList lines;
    for (const ConfigError& e : errors)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace airlock::test
