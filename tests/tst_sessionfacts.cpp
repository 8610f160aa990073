#include "proxy/SessionFacts.h"

#include <QTest>

using namespace airlock;

Q_DECLARE_METATYPE(airlock::SessionSnapshot::Kind)
Q_DECLARE_METATYPE(airlock::SessionSnapshot::State)
Q_DECLARE_METATYPE(airlock::RequestRecord::Kind)
Q_DECLARE_METATYPE(airlock::RequestRecord::Outcome)

// The live view of a connection built from the facts its session gathers: no sockets.
class tst_SessionFacts : public QObject
{
    Q_OBJECT

private slots:
    void snapshot_data();
    void snapshot();
    void count_data();
    void count();
};

void tst_SessionFacts::snapshot_data()
{
    QTest::addColumn<bool>("tunnel");
    QTest::addColumn<bool>("bridge");
    QTest::addColumn<bool>("upgrade");
    QTest::addColumn<SessionSnapshot::State>("state");
    QTest::addColumn<bool>("closeRequested");
    QTest::addColumn<SessionSnapshot::Kind>("kind");
    QTest::addColumn<SessionSnapshot::State>("shown");
    QTest::addColumn<qint64>("bytesFromClient"); // finished 100 + exchange 7, or none in a tunnel

    using K = SessionSnapshot::Kind;
    using S = SessionSnapshot::State;
    QTest::newRow("idle http") << false << false << false << S::Idle << false << K::Http << S::Idle << qint64(107);
    QTest::newRow("http exchange open") << false << false << false << S::Open << false << K::Http << S::Open
                                        << qint64(107);
    QTest::newRow("http close requested")
        << false << false << false << S::Open << true << K::Http << S::Closing << qint64(107);
    QTest::newRow("upgrade connecting") << false << false << true << S::Connecting << false << K::WebSocket
                                        << S::Connecting << qint64(107);
    QTest::newRow("upgrade on bridge route connecting")
        << false << true << true << S::Connecting << false << K::WebSocket << S::Connecting << qint64(107);
    QTest::newRow("websocket open") << true << false << true << S::Open << false << K::WebSocket << S::Open
                                    << qint64(0);
    QTest::newRow("bridge open") << true << true << true << S::Open << false << K::Bridge << S::Open << qint64(0);
    QTest::newRow("bridge closing on request")
        << true << true << true << S::Open << true << K::Bridge << S::Closing << qint64(0);
}

void tst_SessionFacts::snapshot()
{
    QFETCH(bool, tunnel);
    QFETCH(bool, bridge);
    QFETCH(bool, upgrade);
    QFETCH(SessionSnapshot::State, state);
    QFETCH(bool, closeRequested);
    QFETCH(SessionSnapshot::Kind, kind);
    QFETCH(SessionSnapshot::State, shown);
    QFETCH(qint64, bytesFromClient);

    SessionFacts f;
    f.connectionId = 42;
    f.route = QStringLiteral("vm1");
    f.state = state;
    f.closeRequested = closeRequested;
    f.tunnel = tunnel;
    f.bridge = bridge;
    f.upgrade = upgrade;
    f.clientAddress = QStringLiteral("127.0.0.1");
    f.clientPort = 5000;
    f.origin = "https://console.example.com";
    f.subprotocol = "tty";
    f.startedAt = 1700000000000;
    f.finished = {100, 200, 3, 2};
    f.exchangeBytesFromClient = 7;
    f.exchangeBytesFromBackend = 9;

    const SessionSnapshot s = f.snapshot();
    QCOMPARE(s.id, quint64(42));
    QCOMPARE(s.route, QStringLiteral("vm1"));
    QCOMPARE(s.kind, kind);
    QCOMPARE(s.state, shown);
    QCOMPARE(s.clientAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(s.clientPort, quint16(5000));
    QCOMPARE(s.origin, QByteArray("https://console.example.com"));
    QCOMPARE(s.subprotocol, QByteArray("tty"));
    QCOMPARE(s.startedAt, qint64(1700000000000));
    QCOMPARE(s.bytesFromClient, bytesFromClient);
    QCOMPARE(s.bytesFromBackend, tunnel ? 0 : 209);
    QCOMPARE(s.messagesFromClient, tunnel ? 0 : 3);
    QCOMPARE(s.messagesFromBackend, tunnel ? 0 : 2);
    QCOMPARE(s.lastActivityAt, qint64(0)); // the worker's to set
    QCOMPARE(s.clientRttMs, qint64(-1));   // the tunnel's
}

void tst_SessionFacts::count_data()
{
    QTest::addColumn<RequestRecord::Kind>("kind");
    QTest::addColumn<bool>("headRead");
    QTest::addColumn<bool>("forwarded"); // the request reached the backend
    QTest::addColumn<RequestRecord::Outcome>("outcome");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("responses");

    using K = RequestRecord::Kind;
    using O = RequestRecord::Outcome;
    QTest::newRow("forwarded exchange") << K::Http << true << true << O::Forwarded << qint64(10) << qint64(1)
                                        << qint64(1);
    QTest::newRow("backend failed after the request")
        << K::Http << true << true << O::UpstreamFailed << qint64(10) << qint64(1) << qint64(0);
    QTest::newRow("rejected before the backend")
        << K::Http << true << false << O::Rejected << qint64(10) << qint64(0) << qint64(0);
    QTest::newRow("no head read") << K::Http << false << false << O::ClientGone << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("websocket record") << K::WebSocket << true << true << O::Closed << qint64(0) << qint64(0)
                                      << qint64(0);
}

void tst_SessionFacts::count()
{
    QFETCH(RequestRecord::Kind, kind);
    QFETCH(bool, headRead);
    QFETCH(bool, forwarded);
    QFETCH(RequestRecord::Outcome, outcome);
    QFETCH(qint64, bytes);
    QFETCH(qint64, requests);
    QFETCH(qint64, responses);

    RequestRecord r;
    r.kind = kind;
    r.headReadAt = headRead ? 1 : 0;
    r.backendRequestHead = forwarded ? QByteArray("GET / HTTP/1.1\r\n\r\n") : QByteArray();
    r.outcome = outcome;
    r.bytesFromClient = 10;
    r.bytesFromBackend = 20;

    SessionFacts::HttpCounts counts{5, 5, 5, 5};
    counts.count(r);
    QCOMPARE(counts.bytesFromClient, 5 + bytes);
    QCOMPARE(counts.bytesFromBackend, 5 + 2 * bytes);
    QCOMPARE(counts.requests, 5 + requests);
    QCOMPARE(counts.responses, 5 + responses);
}

QTEST_GUILESS_MAIN(tst_SessionFacts)
#include "tst_sessionfacts.moc"
