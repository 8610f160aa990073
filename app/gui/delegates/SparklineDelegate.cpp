#include "gui/delegates/SparklineDelegate.h"

#include "gui/models/StatusIcon.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace airlock {

SparklineDelegate::SparklineDelegate(int role, int slotCount, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
    , m_slotCount(qMax(2, slotCount))
{}

QList<qint64> SparklineDelegate::valuesOf(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<QList<qint64>>())
        return value.value<QList<qint64>>();
    QList<qint64> values;
    const QVariantList list = value.toList();
    values.reserve(list.size());
    for (const QVariant& v : list)
        values.append(v.toLongLong());
    return values;
}

SparklineDelegate::Geometry SparklineDelegate::geometry(const QRectF& rect, const QList<qint64>& values, int slotCount)
{
    Geometry g;
    if (values.isEmpty() || rect.isEmpty())
        return g;
    const qsizetype n = values.size();
    const qsizetype span = qMax<qsizetype>(qMax(2, slotCount), n);
    const qreal step = rect.width() / qreal(span - 1);
    qint64 lo = -1;
    qint64 hi = -1;
    for (qint64 v : values) {
        if (v < 0)
            continue;
        lo = lo < 0 ? v : qMin(lo, v);
        hi = qMax(hi, v);
    }
    QPolygonF run;
    for (qsizetype i = 0; i < n; ++i) {
        const qreal x = rect.right() - qreal(n - 1 - i) * step;
        const qint64 v = values.at(i);
        if (v < 0) {
            if (!run.isEmpty())
                g.lines.append(std::exchange(run, {}));
            g.failures.append(QPointF(x, rect.bottom()));
            continue;
        }
        const qreal y = hi == lo ? rect.center().y() : rect.bottom() - qreal(v - lo) / qreal(hi - lo) * rect.height();
        run.append(QPointF(x, y));
    }
    if (!run.isEmpty())
        g.lines.append(run);
    return g;
}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The cell's background and selection as any other cell, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<qint64> values = valuesOf(index.data(m_role));
    if (values.isEmpty())
        return;
    const QRectF area = QRectF(option.rect).adjusted(4, 5, -4, -5);
    const Geometry g = geometry(area, values, m_slotCount);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor line = selected ? option.palette.color(QPalette::HighlightedText) : StatusIcon::pending();
    painter->setPen(QPen(line, 1.5));
    for (const QPolygonF& run : g.lines) {
        if (run.size() == 1)
            painter->drawEllipse(run.first(), 1.5, 1.5);
        else
            painter->drawPolyline(run);
    }
    painter->setPen(QPen(StatusIcon::bad(), 2));
    for (const QPointF& failure : g.failures)
        painter->drawLine(failure, failure - QPointF(0, qMin<qreal>(6, area.height() / 2)));
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(qMax(base.width(), 2 * m_slotCount + 8), base.height());
}

} // namespace airlock
