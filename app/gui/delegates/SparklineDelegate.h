#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QStyledItemDelegate>

namespace airlock {

// Paints recent latencies as a line in a cell: the values come from a custom role (QList<qint64> or a
// QVariantList of numbers), oldest first, a negative value being a failed check. Failures break the line
// and show as red marks at the bottom.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // What paint() draws for some values in a rect, kept pure so it can be checked without painting.
    struct Geometry
    {
        QList<QPolygonF> lines;  // runs of successful values, each at least one point
        QList<QPointF> failures; // the x of each failure at the bottom of the rect
    };

    explicit SparklineDelegate(int role, int slotCount = 50, QObject* parent = nullptr);

    // Values fill the rightmost of slotCount evenly spaced slots, the newest at the right edge, so the line
    // grows from the right as checks come in (more values than slots: one slot each). y spans min..max of the
    // successful values, top = max; all equal (or a single one) sit in the middle.
    static Geometry geometry(const QRectF& rect, const QList<qint64>& values, int slotCount = 50);
    static QList<qint64> valuesOf(const QVariant& value);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
    int m_slotCount;
};

} // namespace airlock
