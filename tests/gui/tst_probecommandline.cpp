// ProbeCommandLine: which arguments repeat a recorded handshake (never a redacted secret), and that the
// quoted command line splits back into exactly those arguments in a real POSIX shell.
#include "gui/inspector/ProbeCommandLine.h"

#include <QProcess>
#include <QTest>

using namespace airlock;

namespace {

RequestRecord upgrade(const QByteArray& clientHead, const QByteArray& backendHead = {})
{
    RequestRecord r;
    r.kind = RequestRecord::Kind::WebSocket;
    r.route = QStringLiteral("term");
    r.method = "GET";
    r.target = "/term/ws?session=7";
    r.backendUrl = QStringLiteral("ws://10.0.0.5:7681/ws?session=7");
    r.clientRequestHead = clientHead;
    r.backendRequestHead = backendHead;
    return r;
}

const QByteArray kBrowserHead = "GET /term/ws?session=7 HTTP/1.1\r\n"
                                "Host: 127.0.0.1:8765\r\n"
                                "Upgrade: websocket\r\n"
                                "Connection: Upgrade\r\n"
                                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                "Sec-WebSocket-Version: 13\r\n"
                                "Sec-WebSocket-Protocol: tty, zero-companion\r\n"
                                "Sec-WebSocket-Extensions: permessage-deflate\r\n"
                                "Origin: https://app.example.com\r\n"
                                "Cookie: [redacted]\r\n"
                                "X-Trace: it's \"quoted\" $HOME\r\n"
                                "\r\n";

// Splits a command line the way /bin/sh does, printing each argument NUL-terminated.
QStringList shellSplit(const QString& command)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + command});
    if (!sh.waitForFinished(10000) || sh.exitCode() != 0)
        return {QStringLiteral("<sh failed: %1>").arg(QString::fromUtf8(sh.readAllStandardError()))};
    QStringList out;
    const QList<QByteArray> parts = sh.readAllStandardOutput().split('\0');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) // the last part follows the final NUL
        out.append(QString::fromUtf8(parts.at(i)));
    return out;
}

} // namespace

class tst_ProbeCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void shellQuote_data();
    void shellQuote();
    void arguments_data();
    void arguments();
    void commandSplitsBackInTheShell_data();
    void commandSplitsBackInTheShell();
};

void tst_ProbeCommandLine::shellQuote_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain stays bare") << QStringLiteral("--origin") << QStringLiteral("--origin");
    QTest::newRow("URL stays bare") << QStringLiteral("ws://127.0.0.1:8765/a/b")
                                    << QStringLiteral("ws://127.0.0.1:8765/a/b");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("space") << QStringLiteral("X-A: b") << QStringLiteral("'X-A: b'");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("double quote and dollar") << QStringLiteral("\"$HOME\"") << QStringLiteral("'\"$HOME\"'");
    QTest::newRow("query with ampersand") << QStringLiteral("ws://h/p?a=1&b=2") << QStringLiteral("'ws://h/p?a=1&b=2'");
}

void tst_ProbeCommandLine::shellQuote()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QCOMPARE(ProbeCommandLine::shellQuote(argument), expected);
}

void tst_ProbeCommandLine::arguments_data()
{
    QTest::addColumn<RequestRecord>("record");
    QTest::addColumn<QString>("proxyBaseUrl");
    QTest::addColumn<QStringList>("expected");

    const QStringList browserTail{QStringLiteral("--origin"),      QStringLiteral("https://app.example.com"),
                                  QStringLiteral("--subprotocol"), QStringLiteral("tty"),
                                  QStringLiteral("--subprotocol"), QStringLiteral("zero-companion"),
                                  QStringLiteral("--header"),      QStringLiteral("X-Trace: it's \"quoted\" $HOME")};
    QTest::newRow("through Airlock: client head, cookie left out")
        << upgrade(kBrowserHead) << QStringLiteral("ws://127.0.0.1:8765/")
        << (QStringList{QStringLiteral("airlock"), QStringLiteral("probe"),
                        QStringLiteral("ws://127.0.0.1:8765/term/ws?session=7")} +
            browserTail);

    RequestRecord redactedQuery = upgrade(kBrowserHead);
    redactedQuery.target = "/term/ws?token=%5Bredacted%5D&session=7";
    QTest::newRow("redacted query parameter left out")
        << redactedQuery << QStringLiteral("ws://127.0.0.1:8765")
        << (QStringList{QStringLiteral("airlock"), QStringLiteral("probe"),
                        QStringLiteral("ws://127.0.0.1:8765/term/ws?session=7")} +
            browserTail);

    RequestRecord direct = upgrade(kBrowserHead, "GET /ws?session=7 HTTP/1.1\r\n"
                                                 "Host: 10.0.0.5:7681\r\n"
                                                 "Upgrade: websocket\r\n"
                                                 "Connection: Upgrade\r\n"
                                                 "Sec-WebSocket-Key: x\r\n"
                                                 "Sec-WebSocket-Version: 13\r\n"
                                                 "Origin: https://app.example.com\r\n"
                                                 "X-Zero-Token: [redacted]\r\n"
                                                 "X-Forwarded-For: 127.0.0.1\r\n"
                                                 "\r\n");
    direct.upstreamProxy = QStringLiteral("http://squid.corp:3128");
    QTest::newRow("no base URL: the backend through its proxy, injected secret left out")
        << direct << QString()
        << QStringList{QStringLiteral("airlock"),
                       QStringLiteral("probe"),
                       QStringLiteral("ws://10.0.0.5:7681/ws?session=7"),
                       QStringLiteral("--origin"),
                       QStringLiteral("https://app.example.com"),
                       QStringLiteral("--header"),
                       QStringLiteral("X-Forwarded-For: 127.0.0.1"),
                       QStringLiteral("--via"),
                       QStringLiteral("http://squid.corp:3128")};

    RequestRecord https = upgrade("GET /x HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n\r\n");
    https.backendUrl = QStringLiteral("https://backend.example:443/x");
    QTest::newRow("an https backend is probed as wss")
        << https << QString()
        << QStringList{QStringLiteral("airlock"), QStringLiteral("probe"),
                       QStringLiteral("wss://backend.example:443/x")};

    RequestRecord http;
    http.kind = RequestRecord::Kind::Http;
    http.target = "/api";
    http.backendUrl = QStringLiteral("http://127.0.0.1:3000/api");
    http.clientRequestHead = "GET /api HTTP/1.1\r\nHost: h\r\n\r\n";
    QTest::newRow("plain HTTP: nothing to probe") << http << QStringLiteral("ws://127.0.0.1:8765") << QStringList();
}

void tst_ProbeCommandLine::arguments()
{
    QFETCH(RequestRecord, record);
    QFETCH(QString, proxyBaseUrl);
    QFETCH(QStringList, expected);
    QCOMPARE(ProbeCommandLine::arguments(record, proxyBaseUrl), expected);
    QCOMPARE(ProbeCommandLine::command(record, proxyBaseUrl).isEmpty(), expected.isEmpty());
    QVERIFY(!ProbeCommandLine::command(record, proxyBaseUrl).contains(QLatin1String("redacted")));
}

void tst_ProbeCommandLine::commandSplitsBackInTheShell_data()
{
    QTest::addColumn<RequestRecord>("record");
    QTest::addColumn<QString>("proxyBaseUrl");

    QTest::newRow("browser head through Airlock") << upgrade(kBrowserHead) << QStringLiteral("ws://127.0.0.1:8765");
    RequestRecord odd = upgrade("GET /a HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n"
                                "X-Empty-Ish:  \r\nX-Quote: '''\r\nX-Glob: * ? [a] ~ `id` $(id) \\n ;|&<>\r\n\r\n");
    QTest::newRow("quotes, globs, substitutions") << odd << QStringLiteral("ws://127.0.0.1:1");
}

void tst_ProbeCommandLine::commandSplitsBackInTheShell()
{
    QFETCH(RequestRecord, record);
    QFETCH(QString, proxyBaseUrl);
    const QStringList args = ProbeCommandLine::arguments(record, proxyBaseUrl);
    QVERIFY(args.size() > 3);
    QCOMPARE(shellSplit(ProbeCommandLine::command(record, proxyBaseUrl)), args);
}

QTEST_MAIN(tst_ProbeCommandLine)
#include "tst_probecommandline.moc"
