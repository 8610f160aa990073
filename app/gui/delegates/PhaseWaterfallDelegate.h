#pragma once

#include "gui/models/PhaseTimeline.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStyledItemDelegate>

namespace airlock {

// Draws a record's phases as a small horizontal bar (RequestLogModel::PhasesColumn). The handshake phases
// are to scale with each other; a WebSocket session or open exchange that follows is drawn after a small
// gap in the last part of the cell, not to scale (a session of minutes would squeeze the handshake to
// nothing). Exact numbers are in the cell's tooltip. The geometry is a pure function.
class PhaseWaterfallDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Segment
    {
        PhaseTimeline::Phase phase;
        qreal x;
        qreal width;
    };

    static constexpr qreal HandshakeShare = 0.6; // of the width, when a session follows
    static constexpr qreal Gap = 3;
    static constexpr qreal MinimumWidth = 2; // a phase that took 0 ms still shows

    explicit PhaseWaterfallDelegate(QObject* parent = nullptr);

    static QList<Segment> segments(const QRectF& rect, const RequestRecord& record, qint64 nowMs);
    static QColor colorOf(PhaseTimeline::Phase phase);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace airlock
