// Keepalive pings go between frames only, on both legs, and work over a wss:// backend: a frame held open
// by a slow peer is never split by a ping, and the pings resume once it is complete.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "ScriptedBackend.h"
#include "TestCertificates.h"
#include "WsFrameReader.h"
#include "WsFrameWriter.h"

#include <QTest>

using namespace airlock;
using airlock::test::WsFrameReader;
using airlock::test::WsFrameWriter;

namespace {

int airlockPings(const QList<WsFrameReader::Frame>& frames)
{
    int n = 0;
    for (const WsFrameReader::Frame& f : frames)
        n += f.opcode == 0x9 && f.payload.startsWith("airlock-ka:");
    return n;
}

QByteArray payload(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(i * 7 + 3);
    return bytes;
}

} // namespace

class tst_KeepaliveBoundaries : public QObject
{
    Q_OBJECT

private slots:
    void noPingInsideAFrame_data();
    void noPingInsideAFrame();
    void keepaliveOverWss();
};

void tst_KeepaliveBoundaries::noPingInsideAFrame_data()
{
    QTest::addColumn<bool>("fromBackend");
    QTest::newRow("slow frame from the backend") << true;
    QTest::newRow("slow frame from the client") << false;
}

// The slow side sends a frame's header and half its payload, then waits until the other leg has had
// several pings (so the timer certainly fired meanwhile) before sending the rest.
void tst_KeepaliveBoundaries::noPingInsideAFrame()
{
    QFETCH(bool, fromBackend);
    const QByteArray data = payload(3000);
    const QByteArray frame = fromBackend ? WsFrameWriter::binary(data, false) : WsFrameWriter::binary(data, true);
    const qsizetype half = frame.size() / 2;

    QTcpSocket* backendSocket = nullptr;
    QByteArray backendReceived;
    ScriptedBackend backend([&](QTcpSocket* s, const HttpHead& request) {
        backendSocket = s;
        QObject::connect(s, &QTcpSocket::readyRead, s, [&, s] { backendReceived += s->readAll(); });
        s->write(ScriptedBackend::switchingProtocols(request));
        if (fromBackend)
            s->write(frame.first(half));
    });
    QVERIFY(backend.listen());
    RouteConfig route = ProxyFixture::route(QStringLiteral("/slow"), backend.url());
    route.keepalive.pingMs = 20;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    RawClient client(proxy.port());
    client.send(RawClient::upgradeRequest("/slow"));
    QVERIFY(client.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    QTRY_VERIFY_WITH_TIMEOUT(backendSocket, 5000);
    if (!fromBackend)
        client.send(frame.first(half));

    // The leg that is between frames keeps getting pings while the other leg's frame is open.
    const auto idleLegPings = [&] {
        client.readBytes(client.received().size() + 1, 10);
        return airlockPings(fromBackend ? WsFrameReader::frames(backendReceived)
                                        : WsFrameReader::frames(client.received()));
    };
    QTRY_VERIFY_WITH_TIMEOUT(idleLegPings() >= 5, 10000);

    if (fromBackend)
        backendSocket->write(frame.sliced(half));
    else
        client.send(frame.sliced(half));

    // The busy leg received the frame whole and first, then pings again.
    const auto busyLeg = [&] {
        client.readBytes(client.received().size() + 1, 10);
        return fromBackend ? WsFrameReader::frames(client.received()) : WsFrameReader::frames(backendReceived);
    };
    QTRY_VERIFY_WITH_TIMEOUT(airlockPings(busyLeg()) >= 2, 10000);
    const QList<WsFrameReader::Frame> frames = busyLeg();
    QCOMPARE(frames.at(0).opcode, quint8(0x2));
    QVERIFY(frames.at(0).fin);
    QCOMPARE(frames.at(0).masked, !fromBackend);
    QCOMPARE(frames.at(0).payload, data);
    for (qsizetype i = 1; i < frames.size(); ++i) {
        QCOMPARE(frames.at(i).opcode, quint8(0x9));
        QVERIFY(frames.at(i).payload.startsWith("airlock-ka:"));
    }
}

// Pings reach a wss:// backend through TLS and its pongs come back and are swallowed. The raw client
// never answers pings, so every swallowed pong is the TLS backend's.
void tst_KeepaliveBoundaries::keepaliveOverWss()
{
    TestCertificates& pki = TestCertificates::instance();
    QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
    EchoBackend echo(TestCertificates::serverConfiguration(pki.server()), {});
    QVERIFY(echo.listen());
    QCOMPARE(echo.url().scheme(), QStringLiteral("wss"));
    RouteConfig route = ProxyFixture::route(QStringLiteral("/tls"), echo.url());
    route.tls.caFile = pki.caPath();
    route.keepalive.pingMs = 20;
    ProxyFixture proxy(ProxyFixture::config({route}));
    QVERIFY(proxy.start());

    RawClient client(proxy.port());
    client.send(RawClient::upgradeRequest("/tls"));
    QVERIFY(client.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    QTRY_VERIFY_WITH_TIMEOUT((client.readBytes(client.received().size() + 1, 10),
                              airlockPings(WsFrameReader::frames(client.received())) >= 3),
                             10000);
    // The backend answers pings in order, so once this echo is back its earlier pongs have passed Airlock.
    client.send(RawClient::clientFrame(0x1, "after the pings"));
    const auto echoed = [&] {
        for (const WsFrameReader::Frame& f : WsFrameReader::frames(client.received())) {
            if (f.opcode == 0x1 && f.payload == "after the pings")
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT((client.readBytes(client.received().size() + 1, 10), echoed()), 10000);
    for (const WsFrameReader::Frame& f : WsFrameReader::frames(client.received()))
        QVERIFY2(f.opcode != 0xA, "an Airlock pong reached the client");
    client.send(RawClient::clientFrame(0x8, QByteArray::fromHex("03e8")));
    QVERIFY(client.waitForClose());

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.closeCode, 1000);
    QVERIFY2(record.keepalivePingsSent >= 6, qPrintable(QString::number(record.keepalivePingsSent)));
    QVERIFY2(record.keepalivePongsSwallowed >= 3, qPrintable(QString::number(record.keepalivePongsSwallowed)));
}

QTEST_GUILESS_MAIN(tst_KeepaliveBoundaries)
#include "tst_keepaliveboundaries.moc"
