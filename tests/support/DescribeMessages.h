#pragma once

#include "observe/CapturedMessage.h"

#include <QByteArrayList>
#include <QList>

namespace airlock::test {

// One line per captured message for comparisons at a glance: "send/1/hello", binary as hex
// ("receive/2/00ff"), a cut one with "/cut of N" (its original length).
QByteArray describe(const CapturedMessage& message);
QByteArrayList describe(const QList<CapturedMessage>& messages);

} // namespace airlock::test
