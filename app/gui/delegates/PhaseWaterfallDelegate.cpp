#include "gui/delegates/PhaseWaterfallDelegate.h"

#include "gui/models/RequestLogModel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace airlock {

PhaseWaterfallDelegate::PhaseWaterfallDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QList<PhaseWaterfallDelegate::Segment> PhaseWaterfallDelegate::segments(const QRectF& rect, const RequestRecord& record,
                                                                        qint64 nowMs)
{
    QList<Segment> out;
    const QList<PhaseTimeline::Span> spans = PhaseTimeline::spans(record, nowMs);
    if (spans.isEmpty() || rect.width() <= 0)
        return out;
    const bool session = spans.last().phase == PhaseTimeline::Phase::Session;
    const qsizetype handshakes = spans.size() - (session ? 1 : 0);
    const qreal handshakeWidth = handshakes == 0 ? 0 : (session ? rect.width() * HandshakeShare : rect.width());

    qint64 total = 0;
    for (qsizetype i = 0; i < handshakes; ++i)
        total += spans[i].endMs - spans[i].startMs;
    const qreal minimum = qMin(MinimumWidth, handshakes > 0 ? handshakeWidth / qreal(handshakes) : 0);
    const qreal share = handshakeWidth - minimum * qreal(handshakes);
    qreal x = rect.left();
    for (qsizetype i = 0; i < handshakes; ++i) {
        const qint64 ms = spans[i].endMs - spans[i].startMs;
        const qreal width = minimum + (total > 0 ? share * qreal(ms) / qreal(total) : share / qreal(handshakes));
        out.append({spans[i].phase, x, width});
        x += width;
    }
    if (session) {
        const qreal start = handshakes > 0 ? x + Gap : rect.left();
        out.append({PhaseTimeline::Phase::Session, start, qMax<qreal>(0, rect.right() - start)});
    }
    return out;
}

QColor PhaseWaterfallDelegate::colorOf(PhaseTimeline::Phase phase)
{
    switch (phase) {
    case PhaseTimeline::Phase::HeadRead:
        return QColor(0x9e, 0x9e, 0x9e);
    case PhaseTimeline::Phase::Tcp:
        return QColor(0xf5, 0x9e, 0x0b);
    case PhaseTimeline::Phase::ProxyConnect:
        return QColor(0xa8, 0x55, 0xf7);
    case PhaseTimeline::Phase::Tls:
        return QColor(0xdb, 0x27, 0x77);
    case PhaseTimeline::Phase::UpstreamResponse:
        return QColor(0x16, 0xa3, 0x4a);
    case PhaseTimeline::Phase::ClientResponse:
        return QColor(0x25, 0x63, 0xeb);
    case PhaseTimeline::Phase::Session:
        return QColor(0x7d, 0xb5, 0xe8);
    }
    return Qt::gray;
}

void PhaseWaterfallDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const QVariant value = index.data(RequestLogModel::RecordRole);
    if (!value.canConvert<RequestRecord>())
        return;
    const RequestRecord record = value.value<RequestRecord>();
    const QRectF cell = QRectF(option.rect).adjusted(4, 0, -4, 0);
    const qreal height = qMax<qreal>(4, cell.height() * 0.5);
    const qreal top = cell.top() + (cell.height() - height) / 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    const QList<Segment> list = segments(cell, record, QDateTime::currentMSecsSinceEpoch());
    for (const Segment& segment : list) {
        QColor color = colorOf(segment.phase);
        if (segment.phase == PhaseTimeline::Phase::Session && record.outcome == RequestRecord::Outcome::Open)
            painter->setBrush(QBrush(color, Qt::Dense4Pattern));
        else
            painter->setBrush(color);
        painter->drawRect(QRectF(segment.x, top, segment.width, height));
    }
    painter->restore();
}

QSize PhaseWaterfallDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {qMax(size.width(), 140), size.height()};
}

} // namespace airlock
