#include "RandomBytes.h"

#include <QRandomGenerator>

namespace airlock::test {

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char& c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

QByteArray randomLetters(qsizetype n, quint32 seed)
{
    QByteArray letters(n, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char& c : letters)
        c = char('a' + generator.bounded(26));
    return letters;
}

} // namespace airlock::test
