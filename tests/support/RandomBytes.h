#pragma once

#include <QByteArray>

namespace airlock::test {

// n bytes from a generator seeded with seed: random enough to catch reordering, the same on every run.
QByteArray randomBytes(qsizetype n, quint32 seed);
// The same for lowercase letters, for text messages.
QByteArray randomLetters(qsizetype n, quint32 seed);

} // namespace airlock::test
