// A route that injects its own credentials removes the client's: the backend sees the route's header and
// none of the client's Authorization, Cookie or same-named headers, on upgrades and on plain HTTP alike.
#include "ProxyFixture.h"
#include "RawClient.h"
#include "ScriptedBackend.h"

#include <QTest>

using namespace airlock;

class tst_CredentialInjection : public QObject
{
    Q_OBJECT

private slots:
    void clientCredentialsRemoved_data();
    void clientCredentialsRemoved();
};

void tst_CredentialInjection::clientCredentialsRemoved_data()
{
    QTest::addColumn<bool>("upgrade");
    QTest::addColumn<bool>("inject");

    QTest::newRow("upgrade, route injects") << true << true;
    QTest::newRow("plain HTTP, route injects") << false << true;
    // Without injection the client's credentials pass: proof the backend would have shown them.
    QTest::newRow("upgrade, route injects nothing") << true << false;
    QTest::newRow("plain HTTP, route injects nothing") << false << false;
}

void tst_CredentialInjection::clientCredentialsRemoved()
{
    QFETCH(bool, upgrade);
    QFETCH(bool, inject);

    ScriptedBackend backend([](QTcpSocket* s, const HttpHead& request) {
        if (request.headers.hasToken("Upgrade", "websocket"))
            s->write(ScriptedBackend::switchingProtocols(request));
        else
            s->write(ScriptedBackend::response(200, "OK", "page\n"));
    });
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/vm1"), backend.url(QStringLiteral("http")));
    route.forwardCookies = true; // cookies pass unless the route injects credentials (tst_routeisolation: the default)
    if (inject)
        route.injectHeaders = {{"x-terminal-token", "route-token-4711", true}};
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    const QByteArray credentials = "Authorization: Bearer client-bearer-token\r\n"
                                   "Cookie: sid=client-session-cookie; theme=dark\r\n"
                                   "Cookie: second=cookie-line\r\n"
                                   "X-Terminal-Token: forged-by-client\r\n";
    RawClient raw(proxy.port());
    if (upgrade)
        raw.send(RawClient::upgradeRequest("/vm1/ws", credentials));
    else
        raw.send("GET /vm1/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n" + credentials + "\r\n");
    const QByteArray response = raw.readUntil("\r\n\r\n");
    QCOMPARE(RawClient::statusOf(response), upgrade ? 101 : 200);
    QCOMPARE(backend.requests().size(), 1);
    const HttpHeaders seen = backend.requests().at(0).headers;

    if (inject) {
        QCOMPARE(seen.values("x-terminal-token"), QByteArrayList{"route-token-4711"});
        QVERIFY2(!seen.contains("Authorization"), seen.serialize().constData());
        QVERIFY2(!seen.contains("Cookie"), seen.serialize().constData());
        const QByteArray all = seen.serialize();
        for (const char* secret : {"client-bearer-token", "client-session-cookie", "cookie-line", "forged"})
            QVERIFY2(!all.contains(secret), all.constData());
    } else {
        QCOMPARE(seen.value("Authorization"), QByteArray("Bearer client-bearer-token"));
        QVERIFY(seen.values("Cookie").join("; ").contains("sid=client-session-cookie"));
        QCOMPARE(seen.value("x-terminal-token"), QByteArray("forged-by-client"));
    }
}

QTEST_GUILESS_MAIN(tst_CredentialInjection)
#include "tst_credentialinjection.moc"
