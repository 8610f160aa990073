// Incident 1: the subprotocol a client gets back must be one it offered, or none when it offered none.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"

#include <QTest>

using namespace airlock;

class tst_SubprotocolPolicy : public QObject
{
    Q_OBJECT

private slots:
    void policies_data();
    void policies();
};

void tst_SubprotocolPolicy::policies_data()
{
    QTest::addColumn<QString>("policy");        // pass | strip | fixed:NAME
    QTest::addColumn<QStringList>("supported"); // what the backend accepts
    QTest::addColumn<QByteArray>("offer");      // client's Sec-WebSocket-Protocol, empty = none
    QTest::addColumn<QString>("backendGot");    // protocol the backend selected
    QTest::addColumn<QByteArray>("clientGot");  // protocol in the client's 101

    const QStringList companion{QStringLiteral("zero-companion")};
    QTest::newRow("pass, offered and selected")
        << "pass" << companion << QByteArray("zero-companion") << "zero-companion" << QByteArray("zero-companion");
    QTest::newRow("pass, no offer") << "pass" << companion << QByteArray() << "" << QByteArray();
    QTest::newRow("pass, offer the backend ignores")
        << "pass" << QStringList() << QByteArray("zero-companion") << "" << QByteArray();
    QTest::newRow("strip, offered: first offer echoed")
        << "strip" << companion << QByteArray("zero-companion, other") << "" << QByteArray("zero-companion");
    QTest::newRow("strip, no offer") << "strip" << companion << QByteArray() << "" << QByteArray();
    QTest::newRow("fixed, client offered it")
        << "fixed:tty" << QStringList{QStringLiteral("tty")} << QByteArray("binary, tty") << "tty" << QByteArray("tty");
    QTest::newRow("fixed, client offered something else")
        << "fixed:tty" << QStringList{QStringLiteral("tty")} << QByteArray("binary") << "tty" << QByteArray();
    QTest::newRow("fixed, no offer") << "fixed:tty" << QStringList{QStringLiteral("tty")} << QByteArray() << "tty"
                                     << QByteArray();
}

void tst_SubprotocolPolicy::policies()
{
    QFETCH(QString, policy);
    QFETCH(QStringList, supported);
    QFETCH(QByteArray, offer);
    QFETCH(QString, backendGot);
    QFETCH(QByteArray, clientGot);

    EchoBackend echo(supported);
    QVERIFY(echo.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/r"), echo.url());
    if (policy == QLatin1String("strip")) {
        route.subprotocol = SubprotocolPolicy::Strip;
    } else if (policy.startsWith(QLatin1String("fixed:"))) {
        route.subprotocol = SubprotocolPolicy::Fixed;
        route.fixedSubprotocol = policy.mid(6).toLatin1();
    }
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    RawClient raw(proxy.port());
    raw.send(RawClient::upgradeRequest(
        "/r", offer.isEmpty() ? QByteArray() : QByteArray("Sec-WebSocket-Protocol: " + offer + "\r\n")));
    const QByteArray head = raw.readUntil("\r\n\r\n");
    QVERIFY2(head.startsWith("HTTP/1.1 101"), head.constData());
    QCOMPARE(echo.lastProtocol(), backendGot);

    QByteArray answered;
    for (const QByteArray& line : head.split('\n')) {
        if (line.toLower().startsWith("sec-websocket-protocol:"))
            answered = line.mid(23).trimmed();
    }
    QCOMPARE(answered, clientGot);
    // What a browser checks: the answer is one of the offers, or none when it offered none.
    const QByteArrayList offers = offer.isEmpty() ? QByteArrayList() : offer.split(',');
    if (offer.isEmpty())
        QVERIFY(answered.isEmpty());
    else if (!answered.isEmpty())
        QVERIFY(
            std::any_of(offers.begin(), offers.end(), [&](const QByteArray& o) { return o.trimmed() == answered; }));

    raw.socket().disconnectFromHost();
    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(proxy.lastRecord().subprotocol, clientGot);
    QCOMPARE(proxy.lastRecord().backendSubprotocol, backendGot.toLatin1());
    // The record explains every substitution, and an offer left unanswered (which a browser refuses).
    const bool explained = clientGot != backendGot.toLatin1() || (!offer.isEmpty() && clientGot.isEmpty());
    QCOMPARE(!proxy.lastRecord().subprotocolNote.isEmpty(), explained);
}

QTEST_GUILESS_MAIN(tst_SubprotocolPolicy)
#include "tst_subprotocolpolicy.moc"
