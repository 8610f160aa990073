#pragma once

#include <QByteArray>
#include <QString>

namespace airlock {

// Binary payloads as text: the classic dump (offset, 16 bytes in hex in two groups of 8, ASCII column with
// '.' for bytes outside 0x20-0x7e), one line per 16 bytes, lines joined by '\n', no trailing newline.
QString hexDump(const QByteArray& data);
// The first maxBytes as "0a 1b 2c", with "…" when there is more.
QString hexPreview(const QByteArray& data, int maxBytes);

} // namespace airlock
