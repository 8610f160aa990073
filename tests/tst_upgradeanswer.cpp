#include "proxy/UpgradeAnswer.h"

#include <QTest>

using namespace airlock;

Q_DECLARE_METATYPE(airlock::SubprotocolPolicy)

// What the record keeps of Airlock's 101 to the client, from a backend's 101 or a bridge's own answer: no
// sockets.
class tst_UpgradeAnswer : public QObject
{
    Q_OBJECT

private slots:
    void forBackend_data();
    void forBackend();
    void forBridge();
};

void tst_UpgradeAnswer::forBackend_data()
{
    QTest::addColumn<SubprotocolPolicy>("policy");
    QTest::addColumn<QByteArray>("offered");         // the client's offer, comma separated
    QTest::addColumn<QByteArray>("backendProtocol"); // what the backend selected
    QTest::addColumn<QByteArray>("extensions");      // what the backend accepted
    QTest::addColumn<QByteArray>("clientProtocol");  // what the client gets
    QTest::addColumn<bool>("noted");                 // the record carries a subprotocol note
    QTest::addColumn<bool>("deflate");

    using P = SubprotocolPolicy;
    QTest::newRow("pass tty, no extensions")
        << P::Pass << QByteArray("tty") << QByteArray("tty") << QByteArray() << QByteArray("tty") << false << false;
    QTest::newRow("pass, backend selected none")
        << P::Pass << QByteArray("tty") << QByteArray() << QByteArray() << QByteArray() << true << false;
    QTest::newRow("strip, client gets its first offer")
        << P::Strip << QByteArray("tty, binary") << QByteArray() << QByteArray() << QByteArray("tty") << true << false;
    QTest::newRow("pass with permessage-deflate")
        << P::Pass << QByteArray() << QByteArray() << QByteArray("permessage-deflate; client_max_window_bits=15")
        << QByteArray() << false << true;
    QTest::newRow("other extension") << P::Pass << QByteArray() << QByteArray() << QByteArray("x-webkit-test")
                                     << QByteArray() << false << false;
}

void tst_UpgradeAnswer::forBackend()
{
    QFETCH(SubprotocolPolicy, policy);
    QFETCH(QByteArray, offered);
    QFETCH(QByteArray, backendProtocol);
    QFETCH(QByteArray, extensions);
    QFETCH(QByteArray, clientProtocol);
    QFETCH(bool, noted);
    QFETCH(bool, deflate);

    RouteConfig route;
    route.subprotocol = policy;
    HttpHead response;
    response.status = 101;
    response.headers.append("Upgrade", "websocket");
    if (!extensions.isEmpty())
        response.headers.append("Sec-WebSocket-Extensions", extensions);
    QByteArrayList offer;
    for (const QByteArray& p : offered.split(','))
        if (!p.trimmed().isEmpty())
            offer.append(p.trimmed());

    const UpgradeAnswer a =
        UpgradeAnswer::forBackend(response, backendProtocol, extensions, route, offer, "dGhlIHNhbXBsZSBub25jZQ==");
    QCOMPARE(a.clientProtocol, clientProtocol);
    QCOMPARE(a.deflate, deflate);
    QCOMPARE(a.head.headers.value("Sec-WebSocket-Extensions"), extensions);

    RequestRecord record;
    record.subprotocolNote = QStringLiteral("from before");
    a.noteIn(record);
    QCOMPARE(record.subprotocol, clientProtocol);
    QCOMPARE(record.backendSubprotocol, backendProtocol);
    QCOMPARE(record.extensions, extensions);
    QCOMPARE(record.subprotocolNote, a.note);
    QCOMPARE(!record.subprotocolNote.isEmpty(), noted);
}

void tst_UpgradeAnswer::forBridge()
{
    RouteConfig route;
    route.subprotocol = SubprotocolPolicy::Strip;
    const UpgradeAnswer a = UpgradeAnswer::forBridge("binary", route, "dGhlIHNhbXBsZSBub25jZQ==");
    QVERIFY(!a.deflate);

    RequestRecord record;
    record.backendSubprotocol = "stale";
    a.noteIn(record);
    QCOMPARE(record.subprotocol, QByteArray("binary"));
    QCOMPARE(record.backendSubprotocol, QByteArray()); // no backend WebSocket behind a bridge
    QCOMPARE(record.extensions, QByteArray());
    QVERIFY(record.subprotocolNote.contains(QStringLiteral("binary")));
}

QTEST_GUILESS_MAIN(tst_UpgradeAnswer)
#include "tst_upgradeanswer.moc"
