#include "gui/inspector/TimingWaterfall.h"

#include "gui/Format.h"

#include <QPainter>
#include <QPainterPath>

namespace airlock {

namespace {

constexpr int kMinBarWidth = 2;
constexpr int kValueColumn = 90; // room for "3 min 10 s" right of the track
constexpr int kMargin = 8;

} // namespace

TimingWaterfall::TimingWaterfall(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timing waterfall"));
    setAccessibleDescription(tr("Each phase of the request as a bar on a shared time axis."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QList<TimingWaterfall::Phase> TimingWaterfall::phases(const RequestRecord& record)
{
    const struct
    {
        qint64 at;
        QString label;
    } steps[] = {
        {record.headReadAt, tr("Head read")},
        {record.tcpConnectedAt, tr("TCP connect")},
        {record.proxyConnectedAt, tr("Proxy CONNECT")},
        {record.tlsDoneAt, tr("TLS handshake")},
        {record.upstreamResponseAt,
         record.backendStatus > 0 ? tr("Upstream %1").arg(record.backendStatus) : tr("Upstream answer")},
        {record.clientResponseAt, record.httpStatus > 0 ? tr("Client %1").arg(record.httpStatus) : tr("Client answer")},
        {record.closedAt, record.outcome == RequestRecord::Outcome::Closed ? tr("Session until close") : tr("Close")},
    };
    qint64 origin = record.acceptedAt;
    if (origin == 0) {
        for (const auto& s : steps) {
            if (s.at != 0 && (origin == 0 || s.at < origin))
                origin = s.at;
        }
    }
    QList<Phase> out;
    if (origin == 0)
        return out;
    qint64 previous = origin;
    for (const auto& s : steps) {
        if (s.at == 0)
            continue;
        const qint64 at = qMax(s.at, previous); // clocks never run backwards on the axis
        out.append(Phase{s.label, previous - origin, at - origin});
        previous = at;
    }
    return out;
}

QList<TimingWaterfall::Bar> TimingWaterfall::layout(const QList<Phase>& phases, int trackWidth)
{
    QList<Bar> bars;
    if (phases.isEmpty() || trackWidth <= 0)
        return bars;
    const qint64 total = phases.last().endMs;
    const qint64 beforeLast = phases.last().startMs;
    const bool cut = phases.size() > 1 && beforeLast > 0 && phases.last().durationMs() > 3 * beforeLast;
    // Pixels per millisecond: a cut axis gives the phases before the last three quarters of the track.
    const double scale =
        cut ? (trackWidth * 0.75) / double(beforeLast) : (total > 0 ? double(trackWidth) / double(total) : 0.0);
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const Phase& p = phases.at(i);
        Bar bar;
        bar.x = qMin(int(double(p.startMs) * scale), trackWidth - kMinBarWidth);
        const bool last = i == phases.size() - 1;
        if (cut && last) {
            bar.width = trackWidth - bar.x;
            bar.clipped = true;
        } else {
            const int end = qMin(int(double(p.endMs) * scale + 0.5), trackWidth);
            bar.width = qMax(end - bar.x, kMinBarWidth);
        }
        bars.append(bar);
    }
    return bars;
}

QString TimingWaterfall::describe(const QList<Phase>& phases)
{
    QStringList parts;
    for (const Phase& p : phases)
        parts.append(tr("%1 %2").arg(p.label, Format::duration(p.durationMs())));
    return parts.join(QStringLiteral(", "));
}

void TimingWaterfall::setPhases(const QList<Phase>& phases)
{
    m_phases = phases;
    setAccessibleDescription(phases.isEmpty() ? tr("No timing was recorded.") : describe(phases));
    setToolTip(describe(phases).replace(QStringLiteral(", "), QStringLiteral("\n")));
    updateGeometry();
    update();
}

int TimingWaterfall::labelColumnWidth() const
{
    int widest = 0;
    for (const Phase& p : m_phases)
        widest = qMax(widest, fontMetrics().horizontalAdvance(p.label));
    return widest + 2 * kMargin;
}

int TimingWaterfall::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QSize TimingWaterfall::sizeHint() const
{
    return {600, int(qMax<qsizetype>(m_phases.size(), 1)) * rowHeight() + 2 * kMargin};
}

QSize TimingWaterfall::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

void TimingWaterfall::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    if (m_phases.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No timing was recorded."));
        return;
    }
    const int labelWidth = labelColumnWidth();
    const int trackWidth = width() - labelWidth - kValueColumn - kMargin;
    const QList<Bar> bars = layout(m_phases, trackWidth);
    const int rh = rowHeight();
    const QColor barColour = pal.color(QPalette::Highlight);
    for (qsizetype i = 0; i < m_phases.size() && i < bars.size(); ++i) {
        const int top = kMargin + int(i) * rh;
        const Phase& p = m_phases.at(i);
        const Bar& b = bars.at(i);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(kMargin, top, labelWidth - kMargin, rh), Qt::AlignVCenter | Qt::AlignLeft, p.label);
        // A faint track so short bars still sit on a visible line.
        painter.fillRect(QRect(labelWidth, top + rh / 2, trackWidth, 1), pal.color(QPalette::Mid));
        const QRect barRect(labelWidth + b.x, top + 4, b.width, rh - 8);
        if (b.clipped) {
            // A torn right end says the bar is longer than drawn.
            QPainterPath path;
            path.moveTo(barRect.topLeft());
            path.lineTo(barRect.right() - 6, barRect.top());
            path.lineTo(barRect.right(), barRect.center().y());
            path.lineTo(barRect.right() - 6, barRect.bottom() + 1);
            path.lineTo(barRect.left(), barRect.bottom() + 1);
            path.closeSubpath();
            painter.fillPath(path, barColour.lighter(140));
        } else {
            painter.fillRect(barRect, barColour);
        }
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(labelWidth + trackWidth + kMargin, top, kValueColumn, rh),
                         Qt::AlignVCenter | Qt::AlignLeft, Format::duration(p.durationMs()));
    }
}

} // namespace airlock
