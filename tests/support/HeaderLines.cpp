#include "HeaderLines.h"

#include <QList>

namespace airlock::test {

HttpHeaders headersFromLines(const QByteArray& text)
{
    HttpHeaders headers;
    if (text.isEmpty())
        return headers;
    const QList<QByteArray> lines = text.split('|');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        headers.append(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return headers;
}

QByteArray linesFromHeaders(const HttpHeaders& headers)
{
    QList<QByteArray> lines;
    for (const HttpHeader& h : headers.entries())
        lines.append(h.name + ": " + h.value);
    return lines.join('|');
}

InjectedHeader injected(const char* name, const char* value, bool secret)
{
    return InjectedHeader{QByteArray(name), QByteArray(value), secret};
}

} // namespace airlock::test
