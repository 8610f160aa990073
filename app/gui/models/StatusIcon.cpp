#include "gui/models/StatusIcon.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace airlock {

namespace {

QPixmap draw(StatusIcon::Shape shape, const QColor& color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size * 0.15;
    const QRectF box(margin, margin, size - 2 * margin, size - 2 * margin);
    switch (shape) {
    case StatusIcon::Shape::Disc:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(box);
        break;
    case StatusIcon::Shape::Ring:
        painter.setPen(QPen(color, size * 0.14));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box.adjusted(size * 0.07, size * 0.07, -size * 0.07, -size * 0.07));
        break;
    case StatusIcon::Shape::Square:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(box.adjusted(size * 0.05, size * 0.05, -size * 0.05, -size * 0.05), size * 0.1,
                                size * 0.1);
        break;
    case StatusIcon::Shape::Diamond: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const QPointF c = box.center();
        painter.drawPolygon(QPolygonF({QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
                                       QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())}));
        break;
    }
    case StatusIcon::Shape::Cross:
        painter.setPen(QPen(color, size * 0.18, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(box.topLeft(), box.bottomRight());
        painter.drawLine(box.topRight(), box.bottomLeft());
        break;
    }
    return pixmap;
}

} // namespace

QIcon StatusIcon::icon(Shape shape, const QColor& color)
{
    static QHash<QString, QIcon> cache;
    const QString key = QStringLiteral("%1:%2").arg(int(shape)).arg(color.rgba());
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(draw(shape, color, size));
    cache.insert(key, icon);
    return icon;
}

} // namespace airlock
