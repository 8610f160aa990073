// A peer that breaks RFC 6455 gets 1002 itself: what the offending side actually received is read from its
// own socket, byte by byte, and the innocent side gets a close naming the cause.
#include "EchoBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"
#include "ScriptedBackend.h"
#include "WsFrameReader.h"
#include "WsFrameWriter.h"

#include <QTest>

using namespace airlock;
using airlock::test::WsFrameReader;
using airlock::test::WsFrameWriter;

class tst_ProtocolViolation : public QObject
{
    Q_OBJECT

private slots:
    void offendingClientGets1002_data();
    void offendingClientGets1002();
    void offendingBackendGets1002_data();
    void offendingBackendGets1002();
};

void tst_ProtocolViolation::offendingClientGets1002_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("reason");

    QTest::newRow("unmasked client frame")
        << WsFrameWriter::text("hello", false) << QByteArray("unmasked client frame");
    WsFrameWriter::Frame reserved;
    reserved.opcode = 0x3;
    reserved.masked = true;
    reserved.payload = "x";
    QTest::newRow("reserved opcode") << WsFrameWriter::encode(reserved) << QByteArray("reserved opcode 0x3");
    WsFrameWriter::Frame rsv;
    rsv.payload = "x";
    rsv.masked = true;
    rsv.rsv = 2;
    QTest::newRow("RSV2 set") << WsFrameWriter::encode(rsv) << QByteArray("RSV2 or RSV3 set");
    QTest::newRow("fragmented ping") << WsFrameWriter::encode({0x9, "p", false, 0, true})
                                     << QByteArray("fragmented control frame");
}

void tst_ProtocolViolation::offendingClientGets1002()
{
    QFETCH(QByteArray, frame);
    QFETCH(QByteArray, reason);

    EchoBackend echo;
    QVERIFY(echo.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/echo"), echo.url())}));
    QVERIFY(proxy.start());
    RawClient client(proxy.port());
    client.send(RawClient::upgradeRequest("/echo"));
    QVERIFY(client.readUntil("\r\n\r\n").startsWith("HTTP/1.1 101"));
    client.send(frame);
    QVERIFY(client.waitForClose());

    // The offender itself got 1002 with the reason, unmasked as a server frame must be.
    const QList<WsFrameReader::Frame> frames = WsFrameReader::frames(client.received());
    const std::optional<WsFrameReader::Frame> close = WsFrameReader::firstClose(client.received());
    QVERIFY2(close, client.received().toHex().constData());
    QVERIFY(!close->masked);
    QCOMPARE(close->closeCode(), quint16(1002));
    QCOMPARE(close->closeReason(), reason);

    // The backend, which did nothing wrong, is told why the session ended.
    QTRY_COMPARE_WITH_TIMEOUT(echo.closes(), 1, 5000);
    QCOMPARE(echo.lastCloseCode(), quint16(1001));
    QCOMPARE(echo.lastCloseReason(), QString::fromLatin1("client protocol error: " + reason));

    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(failure::id(record.failureReason), QStringLiteral("client_protocol_error"));
    QCOMPARE(record.closeCode, 1002);
    QCOMPARE(record.closeSide, RequestRecord::Side::Airlock);
}

void tst_ProtocolViolation::offendingBackendGets1002_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("reason");

    QTest::newRow("masked server frame") << WsFrameWriter::text("hello", true) << QByteArray("masked server frame");
    WsFrameWriter::Frame reserved;
    reserved.opcode = 0xB;
    reserved.payload = "x";
    QTest::newRow("reserved control opcode") << WsFrameWriter::encode(reserved) << QByteArray("reserved opcode 0xB");
    QTest::newRow("continuation without a message")
        << WsFrameWriter::continuation("x", false) << QByteArray("continuation frame without an open message");
    QTest::newRow("oversized ping") << WsFrameWriter::ping(QByteArray(126, 'p'), false)
                                    << QByteArray("control frame payload exceeds 125 bytes");
}

void tst_ProtocolViolation::offendingBackendGets1002()
{
    QFETCH(QByteArray, frame);
    QFETCH(QByteArray, reason);

    // The backend answers the upgrade, sends the bad frame and keeps everything Airlock sends it.
    QByteArray backendReceived;
    bool backendClosed = false;
    ScriptedBackend backend([&](QTcpSocket* s, const HttpHead& request) {
        backendReceived += s->readAll();
        QObject::connect(s, &QTcpSocket::readyRead, s, [&, s] { backendReceived += s->readAll(); });
        QObject::connect(s, &QTcpSocket::disconnected, s, [&] { backendClosed = true; });
        s->write(ScriptedBackend::switchingProtocols(request) + frame);
    });
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/bad"), backend.url())}));
    QVERIFY(proxy.start());
    RawClient client(proxy.port());
    client.send(RawClient::upgradeRequest("/bad"));
    QVERIFY(client.waitForClose());
    QTRY_VERIFY_WITH_TIMEOUT(backendClosed, 5000);

    // The offender got 1002 with the reason, masked as a client frame must be, and nothing else.
    const QList<WsFrameReader::Frame> frames = WsFrameReader::frames(backendReceived);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).opcode, quint8(0x8));
    QVERIFY(frames.at(0).masked);
    QCOMPARE(frames.at(0).closeCode(), quint16(1002));
    QCOMPARE(frames.at(0).closeReason(), reason);

    // The client got the 101, none of the bad frame, and 1014 naming the cause.
    QVERIFY(client.received().startsWith("HTTP/1.1 101"));
    const QList<WsFrameReader::Frame> clientFrames = WsFrameReader::frames(client.received());
    QCOMPARE(clientFrames.size(), 1);
    QCOMPARE(clientFrames.at(0).closeCode(), quint16(1014));
    QCOMPARE(clientFrames.at(0).closeReason(), "backend protocol error: " + reason);

    QVERIFY(proxy.waitForRecords(1));
    QCOMPARE(failure::id(proxy.lastRecord().failureReason), QStringLiteral("backend_protocol_error"));
    QCOMPARE(proxy.lastRecord().closeCode, 1002);
}

QTEST_GUILESS_MAIN(tst_ProtocolViolation)
#include "tst_protocolviolation.moc"
