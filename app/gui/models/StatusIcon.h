#pragma once

#include <QColor>
#include <QIcon>

namespace airlock {

// Small state icons drawn with QPainter (no image files): a shape in a colour, so states differ by more
// than colour alone. Icons are cached per shape and colour.
class StatusIcon
{
public:
    enum class Shape { Disc, Ring, Square, Diamond, Cross };

    static QIcon icon(Shape shape, const QColor& color);

    // The colours the views share: green for good, amber for "in between", red for failed, grey for gone.
    static QColor good() { return QColor(0x2e, 0x9d, 0x46); }
    static QColor warning() { return QColor(0xd9, 0x8e, 0x04); }
    static QColor bad() { return QColor(0xc6, 0x28, 0x28); }
    static QColor pending() { return QColor(0x1e, 0x6f, 0xc8); }
    static QColor neutral() { return QColor(0x80, 0x80, 0x80); }
};

} // namespace airlock
