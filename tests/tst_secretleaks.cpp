// Each kind of secret SecretClassifier knows, sent through real sessions of the real airlock binary: header
// names of each kind, injected values under plain names, an injected Authorization (Bearer and Basic) that
// the backend sends back inside a message with capture on, a Kubernetes token subprotocol (selected by the
// backend, and refused by a tcp:// bridge with a close reason), a token after a ';' in the query, and a
// route's backend URL with a secret query (listed by the banner and the status page, and echoed by the backend
// into a captured message). Then the log file, the HAR
// export, the startup banner, /_airlock/status and `airlock probe` (text and JSON) are searched for every secret value:
// none may be found. The secrets reached the backend, and the outputs hold the sessions, so the search means something.
#include "AirlockProcess.h"
#include "RawClient.h"
#include "WsFrameReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using airlock::test::AirlockProcess;
using airlock::test::WsFrameReader;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kK8sPrefix = "base64url.bearer.authorization.k8s.io.";
const QByteArray kK8sRedacted = kK8sPrefix + QByteArray("[redacted]");

// name -> the secret value, each distinct so that a hit says which kind leaked.
const QList<QPair<const char*, QByteArray>> secrets = {
    {"injected Bearer credential", "inj-bearer-c0ffee01"},
    {"injected Basic user name", "basicuser-7f3a"},
    {"injected Basic password", "basicpass-9b2d"},
    {"injected Basic pair, base64", QByteArray("basicuser-7f3a:basicpass-9b2d").toBase64()},
    {"injected value under a plain name", "tenant-value-44e1"},
    {"client X-Auth-Key", "xauthkey-0a1b"},
    {"client Ocp-Apim-Subscription-Key", "ocpapim-2c3d"},
    {"client X-Access-Key", "xaccess-4e5f"},
    {"client X-Db-Pass", "dbpass-8c9d"},
    {"k8s subprotocol token", "k8stoken-ZXlKaGJH-1d2e"},
    {"k8s token offered to a bridge", "bridgetok-3f4a"},
    {"query token after a semicolon", "semitoken-5b6c"},
    {"backend URL query token", "backendq-7d8e"},
    {"backend URL query token echoed into a capture", "capq-2e4f"},
    {"probe query token", "probeq-9f0a"},
    {"probe X-Auth-Key", "probeh-1b2c"},
};

QByteArray secret(const char* name)
{
    for (const auto& [key, value] : secrets) {
        if (qstrcmp(key, name) == 0)
            return value;
    }
    qFatal("no secret named %s", name);
    return {};
}

} // namespace

// A WebSocket server that, as soon as a client is connected, sends one text message with every header of
// the upgrade it received and, for an Authorization header, its credential part and (Basic) the decoded
// pair and both its parts: a backend that echoes its credentials into the terminal.
class CredentialEchoBackend : public QObject
{
    Q_OBJECT
public:
    explicit CredentialEchoBackend(const QStringList& subprotocols)
        : m_server(QStringLiteral("credential-echo"), QWebSocketServer::NonSecureMode)
    {
        m_server.setSupportedSubprotocols(subprotocols);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* ws = m_server.nextPendingConnection()) {
                ws->setParent(this);
                m_requests.append(ws->request());
                ws->sendTextMessage(QString::fromUtf8(describe(ws->request())));
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    const QList<QNetworkRequest>& requests() const { return m_requests; }

    static QByteArray describe(const QNetworkRequest& request)
    {
        QByteArray text = "backend got " + request.url().toEncoded() + '\n';
        for (const QByteArray& name : request.rawHeaderList())
            text += name + ": " + request.rawHeader(name) + '\n';
        const QByteArray authorization = request.rawHeader("Authorization");
        const QByteArray credentials = authorization.mid(authorization.indexOf(' ') + 1);
        text += "credentials " + credentials + '\n';
        if (authorization.startsWith("Basic ")) {
            const QByteArray pair = QByteArray::fromBase64(credentials);
            const qsizetype colon = pair.indexOf(':');
            text += "pair " + pair + "\nuser " + pair.left(colon) + "\npassword " + pair.mid(colon + 1) + '\n';
        }
        return text;
    }

private:
    QWebSocketServer m_server;
    QList<QNetworkRequest> m_requests;
};

class tst_SecretLeaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outputsShowRedactedForms();
    void nothingSecretIsWritten_data();
    void nothingSecretIsWritten();

private:
    // Opens target with extraHeaders, reads the backend's first message into *message, closes.
    void session(quint16 port, const QByteArray& target, const QByteArray& extraHeaders, QByteArray* message);

    QTemporaryDir m_dir;
    QHash<QString, QByteArray> m_outputs; // what airlock wrote, by name
};

void tst_SecretLeaks::session(quint16 port, const QByteArray& target, const QByteArray& extraHeaders,
                              QByteArray* message)
{
    RawClient raw(port);
    raw.send(RawClient::upgradeRequest(target, extraHeaders));
    const QByteArray head = raw.readUntil("\r\n\r\n");
    QVERIFY2(head.startsWith("HTTP/1.1 101"), head.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        (raw.readBytes(raw.received().size() + 1, 20), !WsFrameReader::frames(raw.received()).isEmpty()), 5000);
    *message = WsFrameReader::frames(raw.received()).at(0).payload;
    raw.send(RawClient::clientFrame(0x8, QByteArray::fromHex("03e8")));
    QVERIFY(raw.waitForClose());
}

void tst_SecretLeaks::initTestCase()
{
    QVERIFY2(QFile::exists(AirlockProcess::binary()), qPrintable(AirlockProcess::binary()));
    QVERIFY(m_dir.isValid());
    const QString k8sSession = QString::fromLatin1(kK8sPrefix + secret("k8s subprotocol token"));
    CredentialEchoBackend backend({k8sSession});
    QVERIFY(backend.listen());
    const QString base = QStringLiteral("ws://127.0.0.1:%1").arg(backend.port());
    const QString logPath = m_dir.filePath(QStringLiteral("sessions.jsonl"));
    const QString configPath = m_dir.filePath(QStringLiteral("airlock.json"));
    const QByteArray basic = "Basic " + secret("injected Basic pair, base64");
    QVERIFY(writeFile(configPath,
                      QStringLiteral(R"({"listen":{"port":0},"log":{"file":"%1"},"routes":[
            {"path":"/bearer","backend":"%2/","upstreamProxy":"none","capture":{"enabled":true},
             "injectHeaders":{"Authorization":"Bearer %3","X-Tenant":"%4"}},
            {"path":"/basic","backend":"%2/","upstreamProxy":"none","capture":{"enabled":true},
             "injectHeaders":{"Authorization":"%5"}},
            {"path":"/k8s","backend":"%2/","upstreamProxy":"none","capture":{"enabled":true}},
            {"path":"/listed","backend":"%2/?cols=1;access_token=%6&x=1","upstreamProxy":"none"},
            {"name":"b","path":"/bridge","backend":"tcp://127.0.0.1:%7","upstreamProxy":"none",
             "allowedOrigins":["http://page.test"]},
            {"path":"/capq","backend":"%2/?token=%8","upstreamProxy":"none","capture":{"enabled":true}}]})")
                          .arg(logPath, base, QString::fromLatin1(secret("injected Bearer credential")),
                               QString::fromLatin1(secret("injected value under a plain name")),
                               QString::fromLatin1(basic), QString::fromLatin1(secret("backend URL query token")))
                          .arg(backend.port())
                          .arg(QString::fromLatin1(secret("backend URL query token echoed into a capture")))
                          .toUtf8()));

    AirlockProcess airlock;
    QString error;
    const quint16 port = airlock.start({QStringLiteral("--config"), configPath}, &error);
    QVERIFY2(port, qPrintable(error));

    // Client headers of each secret kind and a ';'-separated query token, on a route injecting a Bearer.
    const QByteArray clientHeaders = "X-Auth-Key: " + secret("client X-Auth-Key") +
                                     "\r\nOcp-Apim-Subscription-Key: " + secret("client Ocp-Apim-Subscription-Key") +
                                     "\r\nX-Access-Key: " + secret("client X-Access-Key") +
                                     "\r\nX-Db-Pass: " + secret("client X-Db-Pass") + "\r\n";
    QByteArray bearerMessage;
    session(port, "/bearer/ws?cols=80;token=" + secret("query token after a semicolon") + ";rows=24", clientHeaders,
            &bearerMessage);
    // The backend really got (and sent back) every one of them.
    for (const char* name : {"injected Bearer credential", "injected value under a plain name", "client X-Auth-Key",
                             "client Ocp-Apim-Subscription-Key", "client X-Access-Key", "client X-Db-Pass",
                             "query token after a semicolon"})
        QVERIFY2(bearerMessage.contains(secret(name)), name);

    QByteArray basicMessage;
    session(port, "/basic/ws", {}, &basicMessage);
    for (const char* name : {"injected Basic user name", "injected Basic password", "injected Basic pair, base64"})
        QVERIFY2(basicMessage.contains(secret(name)), name);

    QByteArray k8sMessage;
    session(port, "/k8s/ws", "Sec-WebSocket-Protocol: " + k8sSession.toLatin1() + ", base64.channel.k8s.io\r\n",
            &k8sMessage);
    QVERIFY(k8sMessage.contains(secret("k8s subprotocol token")));

    // The route's backend URL carries a token in its query; the backend echoes its URL into the capture.
    QByteArray backendQueryMessage;
    session(port, "/capq/ws", {}, &backendQueryMessage);
    QVERIFY(backendQueryMessage.contains(secret("backend URL query token echoed into a capture")));

    // A bridge speaks "binary" only: a browser offering just a token subprotocol is refused with a close
    // whose reason quotes the offer (the route's short name keeps the token within the 123-byte reason).
    RawClient bridge(port);
    bridge.send(
        RawClient::upgradeRequest("/bridge", "Origin: http://page.test\r\nSec-WebSocket-Protocol: " + kK8sPrefix +
                                                 secret("k8s token offered to a bridge") + "\r\n"));
    QVERIFY(bridge.waitForClose());
    quint16 code = 0;
    QByteArray reason;
    QVERIFY2(RawClient::findCloseFrame(bridge.received(), &code, &reason), bridge.received().constData());
    QCOMPARE(code, quint16(4400));
    m_outputs.insert(QStringLiteral("bridge close reason"), reason);

    RawClient status(port);
    status.send("GET /_airlock/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    m_outputs.insert(QStringLiteral("status"), status.readResponse());

    // probe through Airlock to the backend: a ';' query token, a secret-named header, the token subprotocol.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList probe = {QStringLiteral("probe"),
                               QStringLiteral("ws://127.0.0.1:%1/k8s/ws?a=1;token=%2")
                                   .arg(port)
                                   .arg(QString::fromLatin1(secret("probe query token"))),
                               QStringLiteral("-H"),
                               QStringLiteral("X-Auth-Key: ") + QString::fromLatin1(secret("probe X-Auth-Key")),
                               QStringLiteral("--subprotocol"),
                               k8sSession};
    QByteArray probeOut;
    QByteArray probeErr;
    QCOMPARE(AirlockProcess::run(probe, &probeOut, &probeErr, env), 0);
    m_outputs.insert(QStringLiteral("probe"), probeOut + probeErr);
    QByteArray probeJson;
    QCOMPARE(AirlockProcess::run(probe + QStringList{QStringLiteral("--json")}, &probeJson, &probeErr, env), 0);
    m_outputs.insert(QStringLiteral("probe --json"), probeJson + probeErr);
    QVERIFY(QJsonDocument::fromJson(probeJson).object().value(QLatin1String("ok")).toBool());
    QVERIFY(backend.requests().size() >= 6); // four sessions and two probes reached the backend

    QVERIFY2(airlock.stop(), airlock.standardError().constData());

    const QString harPath = m_dir.filePath(QStringLiteral("sessions.har"));
    QByteArray exportOut;
    QByteArray exportErr;
    QCOMPARE(AirlockProcess::run({QStringLiteral("export-har"), QStringLiteral("--config"), configPath,
                                  QStringLiteral("--out"), harPath},
                                 &exportOut, &exportErr, env),
             0);
    m_outputs.insert(QStringLiteral("log file"), readFile(logPath));
    m_outputs.insert(QStringLiteral("HAR"), readFile(harPath));
    m_outputs.insert(QStringLiteral("banner and stderr"), airlock.standardError() + exportErr);
    m_outputs.insert(QStringLiteral("stdout"), airlock.standardOutput() + exportOut);
}

// The outputs hold the sessions with their secrets in redacted form, so the search below is not vacuous.
void tst_SecretLeaks::outputsShowRedactedForms()
{
    for (const QString& name : {QStringLiteral("log file"), QStringLiteral("HAR")}) {
        const QByteArray& text = m_outputs[name];
        QVERIFY2(text.contains("backend got"), qPrintable(name)); // captured messages
        QVERIFY2(text.contains("X-Tenant"), qPrintable(name));
        QVERIFY2(text.contains("Ocp-Apim-Subscription-Key"), qPrintable(name));
        QVERIFY2(text.contains("cols=80;token=%5Bredacted%5D;rows=24"), qPrintable(name));
        QVERIFY2(text.contains(kK8sRedacted), qPrintable(name));
        QVERIFY2(text.contains("/ws?token=[redacted]"), qPrintable(name)); // the backend's echo of its URL
    }
    QVERIFY(m_outputs[QStringLiteral("log file")].contains(
        QByteArray(QByteArray("\"subprotocol\":\"") + kK8sRedacted + '"')));
    QVERIFY2(m_outputs[QStringLiteral("bridge close reason")].contains(kK8sRedacted),
             m_outputs[QStringLiteral("bridge close reason")].constData());
    QVERIFY(m_outputs[QStringLiteral("status")].contains("access_token=%5Bredacted%5D"));
    QVERIFY(m_outputs[QStringLiteral("banner and stderr")].contains("access_token=%5Bredacted%5D"));
    for (const QString& name : {QStringLiteral("probe"), QStringLiteral("probe --json")}) {
        const QByteArray& text = m_outputs[name];
        QVERIFY2(text.contains("token=%5Bredacted%5D"), qPrintable(name));
        QVERIFY2(text.contains(kK8sRedacted), qPrintable(name));
        QVERIFY2(text.contains("X-Auth-Key: [redacted]"), qPrintable(name));
    }
}

void tst_SecretLeaks::nothingSecretIsWritten_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QByteArray>("value");
    const QStringList outputs = {
        QStringLiteral("log file"), QStringLiteral("HAR"),         QStringLiteral("banner and stderr"),
        QStringLiteral("stdout"),   QStringLiteral("status"),      QStringLiteral("bridge close reason"),
        QStringLiteral("probe"),    QStringLiteral("probe --json")};
    for (const QString& output : outputs) {
        for (const auto& [name, value] : secrets)
            QTest::addRow("%s: %s", qPrintable(output), name) << output << value;
    }
}

void tst_SecretLeaks::nothingSecretIsWritten()
{
    QFETCH(QString, output);
    QFETCH(QByteArray, value);
    QVERIFY(m_outputs.contains(output));
    const QByteArray& text = m_outputs[output];
    // Also percent-encoded, the form a URL in a record or HAR would carry.
    for (const QByteArray& form : {value, value.toPercentEncoding()}) {
        const qsizetype at = text.indexOf(form);
        QVERIFY2(at < 0, text.mid(qMax<qsizetype>(0, at - 80), 160 + form.size()).constData());
    }
}

QTEST_GUILESS_MAIN(tst_SecretLeaks)
#include "tst_secretleaks.moc"
