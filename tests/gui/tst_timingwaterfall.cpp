// TimingWaterfall: the phases read from a record's timestamps, and the bar geometry on a track.
#include "gui/inspector/TimingWaterfall.h"

#include <QTest>

using namespace airlock;

using Phase = TimingWaterfall::Phase;
using Bar = TimingWaterfall::Bar;

Q_DECLARE_METATYPE(QList<TimingWaterfall::Phase>)
Q_DECLARE_METATYPE(QList<TimingWaterfall::Bar>)

namespace QTest {
template <>
char* toString(const TimingWaterfall::Bar& b)
{
    return qstrdup(QStringLiteral("Bar(x=%1, width=%2%3)")
                       .arg(b.x)
                       .arg(b.width)
                       .arg(b.clipped ? QStringLiteral(", clipped") : QString())
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class tst_TimingWaterfall : public QObject
{
    Q_OBJECT

private slots:
    void phases_data();
    void phases();
    void layout_data();
    void layout();
    void describesForScreenReaders();
};

void tst_TimingWaterfall::phases_data()
{
    QTest::addColumn<RequestRecord>("record");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<qint64>>("starts");
    QTest::addColumn<QList<qint64>>("ends");

    const qint64 t = 1'700'000'000'000;
    RequestRecord full;
    full.kind = RequestRecord::Kind::WebSocket;
    full.outcome = RequestRecord::Outcome::Closed;
    full.httpStatus = full.backendStatus = 101;
    full.acceptedAt = t;
    full.headReadAt = t + 2;
    full.tcpConnectedAt = t + 5;
    full.proxyConnectedAt = t + 15;
    full.tlsDoneAt = t + 40;
    full.upstreamResponseAt = t + 48;
    full.clientResponseAt = t + 49;
    full.closedAt = t + 4049;
    QTest::newRow("WebSocket through a proxy with TLS")
        << full << QStringList{QStringLiteral("Head read"),          QStringLiteral("TCP connect"),
                               QStringLiteral("Proxy CONNECT"),      QStringLiteral("TLS handshake"),
                               QStringLiteral("Upstream 101"),       QStringLiteral("Client 101"),
                               QStringLiteral("Session until close")}
        << QList<qint64>{0, 2, 5, 15, 40, 48, 49} << QList<qint64>{2, 5, 15, 40, 48, 49, 4049};

    RequestRecord refused;
    refused.kind = RequestRecord::Kind::WebSocket;
    refused.outcome = RequestRecord::Outcome::Rejected;
    refused.httpStatus = 403;
    refused.acceptedAt = t;
    refused.headReadAt = t + 3;
    refused.clientResponseAt = t + 4;
    refused.closedAt = t + 4;
    QTest::newRow("refused: missing phases left out")
        << refused << QStringList{QStringLiteral("Head read"), QStringLiteral("Client 403"), QStringLiteral("Close")}
        << QList<qint64>{0, 3, 4} << QList<qint64>{3, 4, 4};

    RequestRecord http;
    http.kind = RequestRecord::Kind::Http;
    http.outcome = RequestRecord::Outcome::Forwarded;
    http.httpStatus = http.backendStatus = 200;
    http.headReadAt = t + 10; // no acceptedAt: the earliest timestamp is the origin
    http.tcpConnectedAt = t + 11;
    http.upstreamResponseAt = t + 30;
    http.clientResponseAt = t + 29; // a clock step backwards is drawn as zero length, not negative
    QTest::newRow("HTTP without acceptedAt")
        << http
        << QStringList{QStringLiteral("Head read"), QStringLiteral("TCP connect"), QStringLiteral("Upstream 200"),
                       QStringLiteral("Client 200")}
        << QList<qint64>{0, 0, 1, 20} << QList<qint64>{0, 1, 20, 20};

    RequestRecord failed;
    failed.acceptedAt = t;
    failed.headReadAt = t + 1;
    failed.upstreamResponseAt = t + 7; // a proxy's refusal: no status from the backend
    QTest::newRow("failed: answers without status")
        << failed << QStringList{QStringLiteral("Head read"), QStringLiteral("Upstream answer")} << QList<qint64>{0, 1}
        << QList<qint64>{1, 7};

    QTest::newRow("nothing recorded") << RequestRecord() << QStringList() << QList<qint64>() << QList<qint64>();
}

void tst_TimingWaterfall::phases()
{
    QFETCH(RequestRecord, record);
    QFETCH(QStringList, labels);
    QFETCH(QList<qint64>, starts);
    QFETCH(QList<qint64>, ends);
    const QList<Phase> phases = TimingWaterfall::phases(record);
    QStringList gotLabels;
    QList<qint64> gotStarts;
    QList<qint64> gotEnds;
    for (const Phase& p : phases) {
        gotLabels << p.label;
        gotStarts << p.startMs;
        gotEnds << p.endMs;
    }
    QCOMPARE(gotLabels, labels);
    QCOMPARE(gotStarts, starts);
    QCOMPARE(gotEnds, ends);
}

void tst_TimingWaterfall::layout_data()
{
    QTest::addColumn<QList<Phase>>("phases");
    QTest::addColumn<int>("trackWidth");
    QTest::addColumn<QList<Bar>>("bars");

    const auto p = [](qint64 start, qint64 end) { return Phase{QStringLiteral("p"), start, end}; };
    QTest::newRow("linear: 1 ms = 10 px") << QList<Phase>{p(0, 10), p(10, 30), p(30, 100)} << 1000
                                          << QList<Bar>{{0, 100, false}, {100, 200, false}, {300, 700, false}};
    QTest::newRow("a zero-length phase still shows 2 px")
        << QList<Phase>{p(0, 50), p(50, 50), p(50, 100)} << 100
        << QList<Bar>{{0, 50, false}, {50, 2, false}, {50, 50, false}};
    QTest::newRow("the last bar at the right edge keeps its 2 px inside the track")
        << QList<Phase>{p(0, 100), p(100, 100)} << 100 << QList<Bar>{{0, 100, false}, {98, 2, false}};
    QTest::newRow("long session cut: handshake gets three quarters")
        << QList<Phase>{p(0, 10), p(10, 40), p(40, 60000)} << 400
        << QList<Bar>{{0, 75, false}, {75, 225, false}, {300, 100, true}};
    QTest::newRow("session just three times the handshake is not cut")
        << QList<Phase>{p(0, 10), p(10, 40)} << 400 << QList<Bar>{{0, 100, false}, {100, 300, false}};
    QTest::newRow("all phases zero length")
        << QList<Phase>{p(0, 0), p(0, 0)} << 200 << QList<Bar>{{0, 2, false}, {0, 2, false}};
    QTest::newRow("no phases") << QList<Phase>() << 500 << QList<Bar>();
    QTest::newRow("no room") << QList<Phase>{p(0, 10)} << 0 << QList<Bar>();
}

void tst_TimingWaterfall::layout()
{
    QFETCH(QList<Phase>, phases);
    QFETCH(int, trackWidth);
    QFETCH(QList<Bar>, bars);
    const QList<Bar> got = TimingWaterfall::layout(phases, trackWidth);
    QCOMPARE(got.size(), bars.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got.at(i), bars.at(i));
        QVERIFY(got.at(i).x >= 0);
        QVERIFY(got.at(i).x + got.at(i).width <= trackWidth);
    }
}

void tst_TimingWaterfall::describesForScreenReaders()
{
    TimingWaterfall waterfall;
    const QList<Phase> phases{{QStringLiteral("Head read"), 0, 2}, {QStringLiteral("Session until close"), 2, 4202}};
    waterfall.setPhases(phases);
    QCOMPARE(waterfall.accessibleDescription(), QStringLiteral("Head read 2 ms, Session until close 4.2 s"));
    QCOMPARE(waterfall.currentPhases().size(), 2);
    waterfall.setPhases({});
    QCOMPARE(waterfall.accessibleDescription(), QStringLiteral("No timing was recorded."));
}

QTEST_MAIN(tst_TimingWaterfall)
#include "tst_timingwaterfall.moc"
