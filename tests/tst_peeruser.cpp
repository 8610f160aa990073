// The peer-user check: the kernel names the owner of the client's end of a loopback connection, and a
// connection from another user is refused (listen.sameUserOnly).
#include "EchoBackend.h"
#include "HttpBackend.h"
#include "ProxyFixture.h"
#include "RawClient.h"

#include "proxy/PeerUser.h"

#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using namespace airlock;

namespace {

const QByteArray kUpgrade =
    "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
    "Sec-WebSocket-Version: 13\r\n";

// A client in another process: sends the request from stdin, prints every byte it gets until the server
// closes (or 10 s pass).
const char kClient[] = R"(import socket, sys
request = sys.stdin.buffer.read()
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
s.sendall(request)
out = b""
try:
    while True:
        data = s.recv(65536)
        if not data:
            break
        out += data
except socket.timeout:
    pass
sys.stdout.buffer.write(out)
)";

const char kPython[] = "/usr/bin/python3";
const char kSetpriv[] = "/usr/bin/setpriv";

struct Accepted
{
    std::unique_ptr<QTcpServer> server;
    std::unique_ptr<QTcpSocket> client;
    QTcpSocket* accepted = nullptr; // owned by the server
};

bool connectPair(const QHostAddress& address, Accepted* pair)
{
    pair->server = std::make_unique<QTcpServer>();
    if (!pair->server->listen(address, 0))
        return false;
    pair->client = std::make_unique<QTcpSocket>();
    pair->client->connectToHost(address, pair->server->serverPort());
    if (!pair->server->waitForNewConnection(10000) || !pair->client->waitForConnected(10000))
        return false;
    pair->accepted = pair->server->nextPendingConnection();
    return pair->accepted != nullptr;
}

PeerUser lookUpPeerOf(QTcpSocket* accepted)
{
    return PeerUser::lookup(accepted->localAddress(), accepted->localPort(), accepted->peerAddress(),
                            accepted->peerPort());
}

} // namespace

class tst_PeerUser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ownerOfTheClientsEnd_data();
    void ownerOfTheClientsEnd();
    void closedClientHasNoOwner_data();
    void closedClientHasNoOwner();
    void resetClientIsNotFound_data();
    void resetClientIsNotFound();
    void refusalPolicy();
    void clientRunAsAnotherUser_data();
    void clientRunAsAnotherUser();

private:
    std::unique_ptr<HttpBackend> m_http;
    std::unique_ptr<EchoBackend> m_echo;
};

void tst_PeerUser::initTestCase()
{
    m_http = std::make_unique<HttpBackend>();
    QVERIFY(m_http->listen());
    m_echo = std::make_unique<EchoBackend>();
    QVERIFY(m_echo->listen());
}

void tst_PeerUser::cleanupTestCase()
{
    m_echo.reset();
    m_http.reset();
}

static void addLoopbackRows()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("::1") << QHostAddress(QHostAddress::LocalHostIPv6);
}

void tst_PeerUser::ownerOfTheClientsEnd_data()
{
    addLoopbackRows();
}

// The user found owns the client's socket of this very connection; Airlock's side asks as the server does.
void tst_PeerUser::ownerOfTheClientsEnd()
{
    QFETCH(QHostAddress, address);
    Accepted pair;
    QVERIFY(connectPair(address, &pair));
    const PeerUser peer = lookUpPeerOf(pair.accepted);
    QVERIFY2(peer.status == PeerUser::Status::Found, qPrintable(peer.error));
    QCOMPARE(peer.uid, ::getuid());
    QVERIFY(peer.loopbackPeer);
    QCOMPARE(peer.refusal(::getuid()), QString());
}

void tst_PeerUser::closedClientHasNoOwner_data()
{
    addLoopbackRows();
}

// Once the client closed its socket the kernel still knows it (FIN_WAIT2 / TIME_WAIT) but names no owner
// (uid 0, inode 0): that is not read as root. Airlock's own end is still open here, so an answer about the
// wrong end of the connection would say Found.
void tst_PeerUser::closedClientHasNoOwner()
{
    QFETCH(QHostAddress, address);
    Accepted pair;
    QVERIFY(connectPair(address, &pair));
    pair.client->close();
    QTRY_VERIFY_WITH_TIMEOUT(lookUpPeerOf(pair.accepted).status == PeerUser::Status::NoOwner, 10000);
    const PeerUser peer = lookUpPeerOf(pair.accepted);
    QVERIFY(peer.error.contains(QLatin1String("no owner")));
    QVERIFY(peer.refusal(::getuid()).contains(QLatin1String("no owner")));
}

void tst_PeerUser::resetClientIsNotFound_data()
{
    addLoopbackRows();
}

// A client that resets its connection leaves no socket at all: a clear error, not an owner.
void tst_PeerUser::resetClientIsNotFound()
{
    QFETCH(QHostAddress, address);
    Accepted pair;
    QVERIFY(connectPair(address, &pair));
    const QHostAddress local = pair.accepted->localAddress();
    const quint16 localPort = pair.accepted->localPort();
    const QHostAddress peerAddress = pair.accepted->peerAddress();
    const quint16 peerPort = pair.accepted->peerPort();
    const linger reset{1, 0}; // close() sends RST
    QCOMPARE(::setsockopt(int(pair.client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof(reset)), 0);
    pair.client->abort();
    QTRY_VERIFY_WITH_TIMEOUT(
        PeerUser::lookup(local, localPort, peerAddress, peerPort).status == PeerUser::Status::NotFound, 10000);
    const PeerUser peer = PeerUser::lookup(local, localPort, peerAddress, peerPort);
    QCOMPARE(peer.error, QStringLiteral("the kernel knows no socket for the client's end"));
    QVERIFY(!peer.refusal(::getuid()).isEmpty());
}

// Only a known other uid, or a loopback client that is gone, is refused; nothing known means served.
void tst_PeerUser::refusalPolicy()
{
    PeerUser peer;
    peer.status = PeerUser::Status::Found;
    peer.uid = 1000;
    QCOMPARE(peer.refusal(1000), QString());
    QCOMPARE(peer.refusal(0), QStringLiteral("the connection comes from uid 1000, but only uid 0 (the user running "
                                             "Airlock) may use it (listen.sameUserOnly)"));
    peer.status = PeerUser::Status::Unavailable;
    peer.error = QStringLiteral("cannot open a NETLINK_SOCK_DIAG socket: Address family not supported by protocol");
    QCOMPARE(peer.refusal(0), QString());
    peer.status = PeerUser::Status::NotFound;
    peer.loopbackPeer = false; // a remote client (listen.allowRemote): not a local user
    QCOMPARE(peer.refusal(0), QString());
    QVERIFY(PeerUser().refusal(0).isEmpty()); // what a gate gets when nobody looked
}

void tst_PeerUser::clientRunAsAnotherUser_data()
{
    QTest::addColumn<bool>("otherUser");
    QTest::addColumn<bool>("sameUserOnly");
    QTest::addColumn<bool>("browserVisibleErrors");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<quint16>("closeCode"); // a browser-visible refusal after a 101
    QTest::addColumn<bool>("recorded");     // a refusal record with the peer-user reason

    const QByteArray page = "GET /page/index HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    const QByteArray status = "GET /_airlock/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const QByteArray metrics = "GET /_airlock/metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const QByteArray upgrade = "GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\n" + kUpgrade + "\r\n";
    const QByteArray browser =
        "GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://127.0.0.1\r\n" + kUpgrade + "\r\n";

    QTest::newRow("other user: page refused") << true << true << true << page << 403 << quint16(0) << true;
    QTest::newRow("other user: status refused") << true << true << true << status << 403 << quint16(0) << true;
    QTest::newRow("other user: metrics refused") << true << true << true << metrics << 403 << quint16(0) << true;
    QTest::newRow("other user: upgrade refused") << true << true << true << upgrade << 403 << quint16(0) << true;
    QTest::newRow("other user: browser upgrade closed with 4403")
        << true << true << true << browser << 101 << quint16(4403) << true;
    QTest::newRow("other user: browser upgrade refused without browser-visible errors")
        << true << true << false << browser << 403 << quint16(0) << true;
    QTest::newRow("same user: page served") << false << true << true << page << 200 << quint16(0) << false;
    QTest::newRow("same user: status served") << false << true << true << status << 200 << quint16(0) << false;
    QTest::newRow("check off: other user's page served") << true << false << true << page << 200 << quint16(0) << false;
    QTest::newRow("check off: other user's status served")
        << true << false << true << status << 200 << quint16(0) << false;
}

// A real client process, run as nobody with setpriv (util-linux) when the test runs as root (as CI does).
void tst_PeerUser::clientRunAsAnotherUser()
{
    QFETCH(bool, otherUser);
    QFETCH(bool, sameUserOnly);
    QFETCH(bool, browserVisibleErrors);
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(quint16, closeCode);
    QFETCH(bool, recorded);

    if (!QFileInfo(QString::fromLatin1(kPython)).isExecutable())
        QSKIP("needs /usr/bin/python3 for the client process");
    if (otherUser && ::geteuid() != 0)
        QSKIP("running a client as another user needs root (setpriv --reuid)");
    if (otherUser && !QFileInfo(QString::fromLatin1(kSetpriv)).isExecutable())
        QSKIP("needs setpriv (util-linux) to run a client as another user");

    RouteConfig page = ProxyFixture::route(QStringLiteral("/page"), m_http->url());
    RouteConfig echo = ProxyFixture::route(QStringLiteral("/echo"), m_echo->url());
    echo.browserVisibleErrors = browserVisibleErrors;
    Config config = ProxyFixture::config({page, echo});
    config.listen.sameUserOnly = sameUserOnly;
    ProxyFixture proxy(config);
    QVERIFY(proxy.start());
    const int backendConnections = m_http->connections() + m_echo->connections();

    QStringList command{QString::fromLatin1(kPython), QStringLiteral("-c"), QString::fromLatin1(kClient),
                        QString::number(proxy.port())};
    if (otherUser)
        command = QStringList{QString::fromLatin1(kSetpriv), QStringLiteral("--reuid=nobody"),
                              QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups")} +
                  command;
    QProcess client;
    client.setWorkingDirectory(QStringLiteral("/"));
    client.start(command.takeFirst(), command);
    QVERIFY2(client.waitForStarted(10000), qPrintable(client.errorString()));
    client.write(request);
    client.closeWriteChannel();
    // The proxy runs on this thread's event loop too: wait without blocking it.
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 30000);
    QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
             client.readAllStandardError().constData());
    const QByteArray response = client.readAllStandardOutput();
    QCOMPARE(RawClient::statusOf(response), status);

    if (closeCode != 0) {
        quint16 code = 0;
        QByteArray reason;
        QVERIFY(RawClient::findCloseFrame(response, &code, &reason));
        QCOMPARE(code, closeCode);
        QVERIFY2(reason.contains("uid"), reason.constData());
    }
    if (!recorded) {
        QVERIFY(!response.contains("peer_user_refused"));
        return;
    }
    const passwd* nobody = ::getpwnam("nobody");
    QVERIFY(nobody);
    const QString detail = QStringLiteral("the connection comes from uid %1, but only uid %2 (the user running "
                                          "Airlock) may use it (listen.sameUserOnly)")
                               .arg(nobody->pw_uid)
                               .arg(::geteuid());
    if (status == 403) {
        QVERIFY(response.contains("X-Airlock-Error: peer_user_refused"));
        QVERIFY2(response.contains(detail.toUtf8()), response.constData());
    }
    QVERIFY(proxy.waitForRecords(1));
    const RequestRecord record = proxy.lastRecord();
    QCOMPARE(record.failureReason, FailureReason::PeerUserRefused);
    QCOMPARE(record.failureDetail, detail);
    if (!request.contains("/_airlock/"))
        QCOMPARE(record.route, request.contains("/echo") ? QStringLiteral("/echo") : QStringLiteral("/page"));
    QCOMPARE(m_http->connections() + m_echo->connections(), backendConnections); // no backend was asked
}

QTEST_GUILESS_MAIN(tst_PeerUser)
#include "tst_peeruser.moc"
