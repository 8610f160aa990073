#pragma once

#include "observe/RequestRecord.h"

#include <QList>
#include <QWidget>

namespace airlock {

// The phases of one record as a waterfall: one row per phase, a bar from its start to its end on a shared
// time axis. Geometry is a pure function of the phases and the width, so it is tested without painting.
class TimingWaterfall : public QWidget
{
    Q_OBJECT
public:
    struct Phase
    {
        QString label;
        qint64 startMs = 0; // relative to the first timestamp of the record
        qint64 endMs = 0;
        qint64 durationMs() const { return endMs - startMs; }
    };
    struct Bar
    {
        int x = 0;
        int width = 0;
        bool clipped = false; // the bar runs on past the right edge (a long session after a short handshake)
        bool operator==(const Bar& o) const { return x == o.x && width == o.width && clipped == o.clipped; }
    };

    explicit TimingWaterfall(QWidget* parent = nullptr);

    // Head read, TCP, proxy CONNECT, TLS, upstream answer, client answer (labelled with their statuses),
    // close (the session, for a tunnel that ended): each from the previous
    // phase that happened to its own timestamp; phases whose timestamp is 0 are left out.
    static QList<Phase> phases(const RequestRecord& record);
    // Bars inside [0, trackWidth). The scale fits the whole record, except that a last phase (the open
    // session) longer than three times everything before it is cut: the earlier phases then get three
    // quarters of the width and the last bar runs to the edge, marked clipped. Every bar is at least 2 px.
    static QList<Bar> layout(const QList<Phase>& phases, int trackWidth);
    // "Head read 2 ms, TCP connect 1 ms, ..." for screen readers and the tooltip.
    static QString describe(const QList<Phase>& phases);

    void setPhases(const QList<Phase>& phases);
    const QList<Phase>& currentPhases() const { return m_phases; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int labelColumnWidth() const;
    int rowHeight() const;

    QList<Phase> m_phases;
};

} // namespace airlock
