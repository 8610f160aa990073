#include "gui/inspector/HexDump.h"

#include <QStringList>

namespace airlock {

namespace {

constexpr int kBytesPerLine = 16;

QString hexByte(quint8 b)
{
    return QStringLiteral("%1").arg(uint(b), 2, 16, QLatin1Char('0'));
}

} // namespace

QString hexDump(const QByteArray& data)
{
    QStringList lines;
    for (qsizetype offset = 0; offset < data.size(); offset += kBytesPerLine) {
        QString line = QStringLiteral("%1 ").arg(qulonglong(offset), 8, 16, QLatin1Char('0'));
        QString ascii;
        for (int i = 0; i < kBytesPerLine; ++i) {
            if (i == 8)
                line += QLatin1Char(' ');
            if (offset + i < data.size()) {
                const auto b = quint8(data.at(offset + i));
                line += QLatin1Char(' ') + hexByte(b);
                ascii += (b >= 0x20 && b <= 0x7e) ? QChar(QLatin1Char(char(b))) : QChar(QLatin1Char('.'));
            } else {
                line += QStringLiteral("   "); // keep the ASCII column aligned on the last line
            }
        }
        line += QStringLiteral("  |") + ascii + QLatin1Char('|');
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString hexPreview(const QByteArray& data, int maxBytes)
{
    QStringList parts;
    const qsizetype n = qMin<qsizetype>(data.size(), qMax(0, maxBytes));
    for (qsizetype i = 0; i < n; ++i)
        parts.append(hexByte(quint8(data.at(i))));
    QString preview = parts.join(QLatin1Char(' '));
    if (data.size() > n)
        preview += QStringLiteral(" …");
    return preview;
}

} // namespace airlock
