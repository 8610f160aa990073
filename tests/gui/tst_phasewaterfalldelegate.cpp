// The phase waterfall: which segments a record gets, where they sit in the cell, and that they are drawn.
#include "gui/delegates/PhaseWaterfallDelegate.h"
#include "gui/models/RequestLogModel.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace airlock;
using Phase = PhaseTimeline::Phase;

namespace {

constexpr qint64 T0 = 1700000000000;

RequestRecord directWebSocket()
{
    RequestRecord r;
    r.kind = RequestRecord::Kind::WebSocket;
    r.outcome = RequestRecord::Outcome::Closed;
    r.acceptedAt = T0;
    r.headReadAt = T0 + 10;
    r.tcpConnectedAt = T0 + 20;
    r.upstreamResponseAt = T0 + 60;
    r.clientResponseAt = T0 + 100;
    r.closedAt = T0 + 60000;
    return r;
}

RequestRecord viaProxyAndTls()
{
    RequestRecord r = directWebSocket();
    r.tcpConnectedAt = T0 + 20;
    r.proxyConnectedAt = T0 + 40;
    r.tlsDoneAt = T0 + 70;
    r.upstreamResponseAt = T0 + 90;
    r.clientResponseAt = T0 + 100;
    return r;
}

RequestRecord refusedBeforeDial()
{
    RequestRecord r;
    r.outcome = RequestRecord::Outcome::Rejected;
    r.acceptedAt = T0;
    r.headReadAt = T0 + 75;
    r.clientResponseAt = T0 + 100;
    r.closedAt = T0 + 100; // the connection closed with the answer: no session
    return r;
}

RequestRecord stillOpen()
{
    RequestRecord r = directWebSocket();
    r.outcome = RequestRecord::Outcome::Open;
    r.closedAt = 0;
    return r;
}

} // namespace

class tst_PhaseWaterfallDelegate : public QObject
{
    Q_OBJECT

private slots:
    void segments_data();
    void segments();
    void spansOfAnOpenSession();
    void paintsThePhaseColours();
};

void tst_PhaseWaterfallDelegate::segments_data()
{
    QTest::addColumn<RequestRecord>("record");
    QTest::addColumn<QList<int>>("phases");
    QTest::addColumn<QList<qreal>>("xs");
    QTest::addColumn<QList<qreal>>("widths");

    // A 110 px cell at x 10: with a session, the handshake gets 60 % (66 px) to scale with 2 px minimum
    // each, then a 3 px gap and the session to the end (x 79..120).
    const auto p = [](std::initializer_list<Phase> list) {
        QList<int> out;
        for (Phase phase : list)
            out.append(int(phase));
        return out;
    };
    // 4 handshake phases of 10, 10, 40, 40 ms share 66 - 8 = 58 px.
    QTest::newRow("direct websocket") << directWebSocket()
                                      << p({Phase::HeadRead, Phase::Tcp, Phase::UpstreamResponse, Phase::ClientResponse,
                                            Phase::Session})
                                      << QList<qreal>{10, 17.8, 25.6, 50.8, 79}
                                      << QList<qreal>{7.8, 7.8, 25.2, 25.2, 41};
    // 6 phases of 10, 10, 20, 30, 20, 10 ms share 66 - 12 = 54 px.
    QTest::newRow("via proxy and TLS") << viaProxyAndTls()
                                       << p({Phase::HeadRead, Phase::Tcp, Phase::ProxyConnect, Phase::Tls,
                                             Phase::UpstreamResponse, Phase::ClientResponse, Phase::Session})
                                       << QList<qreal>{10, 17.4, 24.8, 37.6, 55.8, 68.6, 79}
                                       << QList<qreal>{7.4, 7.4, 12.8, 18.2, 12.8, 7.4, 41};
    // No session: the handshake has the whole cell; 75 and 25 ms share 110 - 4 px.
    QTest::newRow("refused before dial") << refusedBeforeDial() << p({Phase::HeadRead, Phase::ClientResponse})
                                         << QList<qreal>{10, 91.5} << QList<qreal>{81.5, 28.5};
    QTest::newRow("still open") << stillOpen()
                                << p({Phase::HeadRead, Phase::Tcp, Phase::UpstreamResponse, Phase::ClientResponse,
                                      Phase::Session})
                                << QList<qreal>{10, 17.8, 25.6, 50.8, 79} << QList<qreal>{7.8, 7.8, 25.2, 25.2, 41};
    RequestRecord none;
    QTest::newRow("no timestamps") << none << QList<int>() << QList<qreal>() << QList<qreal>();
}

void tst_PhaseWaterfallDelegate::segments()
{
    QFETCH(RequestRecord, record);
    QFETCH(QList<int>, phases);
    QFETCH(QList<qreal>, xs);
    QFETCH(QList<qreal>, widths);

    const QRectF cell(10, 5, 110, 20);
    const QList<PhaseWaterfallDelegate::Segment> segments = PhaseWaterfallDelegate::segments(cell, record, T0 + 5000);
    QList<int> gotPhases;
    for (const auto& segment : segments)
        gotPhases.append(int(segment.phase));
    QCOMPARE(gotPhases, phases);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QVERIFY2(qAbs(segments[i].x - xs[i]) < 0.05, qPrintable(QString::number(segments[i].x)));
        QVERIFY2(qAbs(segments[i].width - widths[i]) < 0.05, qPrintable(QString::number(segments[i].width)));
        QVERIFY(segments[i].width >= PhaseWaterfallDelegate::MinimumWidth);
    }
    // The bar fills the cell and never leaves it.
    if (!segments.isEmpty())
        QCOMPARE(segments.last().x + segments.last().width, cell.right());
}

void tst_PhaseWaterfallDelegate::spansOfAnOpenSession()
{
    const QList<PhaseTimeline::Span> spans = PhaseTimeline::spans(stillOpen(), T0 + 5000);
    QCOMPARE(spans.last().phase, Phase::Session);
    QCOMPARE(spans.last().startMs, 100);
    QCOMPARE(spans.last().endMs, 5000);
    QCOMPARE(PhaseTimeline::describe(refusedBeforeDial(), 0),
             QStringLiteral("request head 75 ms, answer to client 25 ms"));
}

void tst_PhaseWaterfallDelegate::paintsThePhaseColours()
{
    RequestLogModel model(QList<RequestRecord>{refusedBeforeDial()});
    PhaseWaterfallDelegate delegate;
    QImage image(200, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 200, 24);
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, RequestLogModel::PhasesColumn));
    }
    // The cell is inset by 4 px: head read from 4 to about 140, the answer after it.
    QCOMPARE(image.pixelColor(40, 12), PhaseWaterfallDelegate::colorOf(Phase::HeadRead));
    QCOMPARE(image.pixelColor(180, 12), PhaseWaterfallDelegate::colorOf(Phase::ClientResponse));
    QCOMPARE(image.pixelColor(40, 1), QColor(Qt::white)); // a bar, not the whole cell
}

QTEST_MAIN(tst_PhaseWaterfallDelegate)
#include "tst_phasewaterfalldelegate.moc"
