#pragma once

#include "config/ConfigError.h"

#include <QList>
#include <QString>

namespace airlock::test {

// Config errors one per line ("path: message"), for a QVERIFY2 message that says what went wrong.
QString describe(const QList<ConfigError>& errors);

} // namespace airlock::test
