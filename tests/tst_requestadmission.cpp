// What the listener lets in, end to end through a real proxy: loopback Host names and configured aliases
// are accepted on an upgrade (the DNS-rebinding defence refuses only the rest), and a route's Origin
// allowlist with wildcards decides which browser pages reach the backend.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "WsFrameReader.h"

#include <QTest>

using namespace airlock;
using airlock::test::WsFrameReader;

class tst_RequestAdmission : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hostAccepted_data();
    void hostAccepted();
    void hostRefused_data();
    void hostRefused();
    void wildcardOrigins_data();
    void wildcardOrigins();

private:
    // Sends an upgrade for path with these extra header lines; returns everything received until the
    // proxy closed or a frame followed the 101 (a refusal closes at once, an accepted upgrade stays open).
    QByteArray upgrade(const QByteArray& path, const QByteArray& headers);

    std::unique_ptr<EchoBackend> m_echo;
    std::unique_ptr<ProxyFixture> m_proxy;
};

void tst_RequestAdmission::initTestCase()
{
    m_echo = std::make_unique<EchoBackend>();
    QVERIFY(m_echo->listen());
    RouteConfig any = ProxyFixture::route(QStringLiteral("/any"), m_echo->url());
    any.allowedOrigins = {QStringLiteral("*")};
    any.name = QStringLiteral("term"); // its own host, term.localhost, is a name under .localhost
    RouteConfig wild = ProxyFixture::route(QStringLiteral("/wild"), m_echo->url());
    wild.allowedOrigins = {QStringLiteral("https://console.example.com"), QStringLiteral("https://*.example.com"),
                           QStringLiteral("http://localhost:*")};
    Config config = ProxyFixture::config({any, wild});
    config.listen.hostAliases = {QStringLiteral("airlock.test"), QStringLiteral("Terminal.Internal")};
    m_proxy = std::make_unique<ProxyFixture>(config);
    QVERIFY(m_proxy->start());
}

void tst_RequestAdmission::cleanupTestCase()
{
    m_proxy.reset();
    m_echo.reset();
}

QByteArray tst_RequestAdmission::upgrade(const QByteArray& path, const QByteArray& headers)
{
    RawClient raw(m_proxy->port());
    raw.send("GET " + path +
             " HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" +
             headers + "\r\n");
    QByteArray got = raw.readUntil("\r\n\r\n");
    if (got.startsWith("HTTP/1.1 101")) {
        // An accepted session echoes; a refused one closes at once.
        raw.send(RawClient::clientFrame(0x1, "ping?"));
        (void)QTest::qWaitFor(
            [&] {
                raw.readBytes(raw.received().size() + 1, 50);
                return !WsFrameReader::frames(raw.received()).isEmpty() || !raw.isConnected();
            },
            5000);
        got = raw.received();
    } else {
        raw.waitForClose();
        got = raw.received();
    }
    return got;
}

void tst_RequestAdmission::hostAccepted_data()
{
    QTest::addColumn<QByteArray>("host");
    const QByteArray port = QByteArray::number(m_proxy->port());
    QTest::newRow("localhost") << QByteArray("localhost");
    QTest::newRow("localhost:port") << QByteArray("localhost:" + port);
    QTest::newRow("LOCALHOST (case)") << QByteArray("LOCALHOST:" + port);
    QTest::newRow("name under .localhost") << QByteArray("term.localhost:" + port);
    QTest::newRow("[::1]") << QByteArray("[::1]");
    QTest::newRow("[::1]:port") << QByteArray("[::1]:" + port);
    QTest::newRow("127.0.0.1:port") << QByteArray("127.0.0.1:" + port);
    QTest::newRow("127.0.0.2 (loopback net)") << QByteArray("127.0.0.2");
    QTest::newRow("alias") << QByteArray("airlock.test");
    QTest::newRow("alias:port") << QByteArray("airlock.test:" + port);
    QTest::newRow("alias in another case") << QByteArray("terminal.internal:" + port);
}

void tst_RequestAdmission::hostAccepted()
{
    QFETCH(QByteArray, host);
    const int before = m_echo->connections();
    const QByteArray got = upgrade("/any", "Host: " + host + "\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 101"), got.constData());
    const QList<WsFrameReader::Frame> frames = WsFrameReader::frames(got);
    QVERIFY2(!frames.isEmpty(), got.constData());
    QCOMPARE(frames.at(0).opcode, quint8(0x1));
    QCOMPARE(frames.at(0).payload, QByteArray("ping?"));
    QCOMPARE(m_echo->connections(), before + 1);
}

// The accepted rows above only mean something beside names that are refused on the same listener.
void tst_RequestAdmission::hostRefused_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("public name") << QByteArray("evil.example");
    QTest::newRow("alias as a suffix") << QByteArray("x.airlock.test");
    QTest::newRow("localhost as a prefix") << QByteArray("localhost.evil.example");
    QTest::newRow("other IPv6") << QByteArray("[2001:db8::1]");
    QTest::newRow("private address") << QByteArray("192.168.1.10:8765");
}

void tst_RequestAdmission::hostRefused()
{
    QFETCH(QByteArray, host);
    const int before = m_echo->connections();
    const QByteArray got = upgrade("/any", "Host: " + host + "\r\n");
    QCOMPARE(RawClient::statusOf(got), 421);
    QVERIFY(got.contains("X-Airlock-Error: host_not_allowed\r\n"));
    QCOMPARE(m_echo->connections(), before);
}

void tst_RequestAdmission::wildcardOrigins_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("\"*\": public https page") << QByteArray("/any") << QByteArray("https://evil.example") << true;
    QTest::newRow("\"*\": opaque origin null") << QByteArray("/any") << QByteArray("null") << true;
    QTest::newRow("exact origin") << QByteArray("/wild") << QByteArray("https://console.example.com") << true;
    QTest::newRow("subdomain wildcard") << QByteArray("/wild") << QByteArray("https://vm1.example.com") << true;
    QTest::newRow("subdomain wildcard, two levels")
        << QByteArray("/wild") << QByteArray("https://a.b.example.com") << true;
    QTest::newRow("subdomain wildcard, explicit default port")
        << QByteArray("/wild") << QByteArray("https://vm1.example.com:443") << true;
    QTest::newRow("port wildcard") << QByteArray("/wild") << QByteArray("http://localhost:3000") << true;
    QTest::newRow("port wildcard, no port") << QByteArray("/wild") << QByteArray("http://localhost") << true;
    QTest::newRow("subdomain wildcard, bare host") << QByteArray("/wild") << QByteArray("https://example.com") << false;
    QTest::newRow("subdomain wildcard, other scheme")
        << QByteArray("/wild") << QByteArray("http://vm1.example.com") << false;
    QTest::newRow("subdomain wildcard, other port")
        << QByteArray("/wild") << QByteArray("https://vm1.example.com:8443") << false;
    QTest::newRow("subdomain wildcard, lookalike suffix")
        << QByteArray("/wild") << QByteArray("https://vm1.evilexample.com") << false;
    QTest::newRow("port wildcard, other host") << QByteArray("/wild") << QByteArray("http://127.0.0.1:3000") << false;
    QTest::newRow("port wildcard, other scheme")
        << QByteArray("/wild") << QByteArray("https://localhost:3000") << false;
    QTest::newRow("null on a list") << QByteArray("/wild") << QByteArray("null") << false;
}

void tst_RequestAdmission::wildcardOrigins()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, origin);
    QFETCH(bool, allowed);
    const int before = m_echo->connections();
    const QByteArray got = upgrade(path, "Host: 127.0.0.1\r\nOrigin: " + origin + "\r\n");
    // A browser gets a 101 either way (it could not read a 403); what follows tells them apart.
    QVERIFY2(got.startsWith("HTTP/1.1 101"), got.constData());
    const QList<WsFrameReader::Frame> frames = WsFrameReader::frames(got);
    QVERIFY2(!frames.isEmpty(), got.constData());
    if (allowed) {
        QCOMPARE(frames.at(0).opcode, quint8(0x1));
        QCOMPARE(frames.at(0).payload, QByteArray("ping?"));
        QCOMPARE(m_echo->connections(), before + 1);
    } else {
        QCOMPARE(frames.at(0).opcode, quint8(0x8));
        QCOMPARE(frames.at(0).closeCode(), quint16(4403));
        QVERIFY2(frames.at(0).closeReason().contains(origin), frames.at(0).closeReason().constData());
        QCOMPARE(m_echo->connections(), before);
    }
}

QTEST_GUILESS_MAIN(tst_RequestAdmission)
#include "tst_requestadmission.moc"
