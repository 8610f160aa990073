#include "config/ConfigLoader.h"
#include "config/OriginMatcher.h"
#include "config/RouteOrigin.h"

#include "DescribeConfigErrors.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace airlock;
using airlock::test::describe;

class tst_ConfigLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void validFullExample();
    void defaults();
    void errors_data();
    void errors();
    void notJson_data();
    void notJson();
    void severalErrorsReportedTogether();
    void warnings_data();
    void warnings();
    void envExpansion_data();
    void envExpansion();
    void secretsNeverInMessages();
    void subprotocol_data();
    void subprotocol();
    void upstreamProxy_data();
    void upstreamProxy();
    void routePathAndName_data();
    void routePathAndName();
    void backendScheme_data();
    void backendScheme();
    void health_data();
    void health();
    void capture_data();
    void capture();
    void caFileWithCertificate();
    void caFileWithoutCertificate();
    void caFileRelativeToConfigFile();
    void fromFileUnreadable();
    void ensureDefaultConfigCreatesThenNeverOverwrites();
    void ensureDefaultConfigReportsFailure();
    void defaultConfigJsonLoads();
    void defaultConfigPath();

private:
    QTemporaryDir m_dir;
    QString m_caFile; // a self-signed PEM made by openssl in initTestCase
};

namespace {

// One route with the required keys plus the given JSON members.
QByteArray oneRoute(const char* members = "")
{
    QByteArray route = R"({"path": "/a", "backend": "ws://h/")";
    if (*members)
        route += QByteArray(", ") + members;
    return QByteArray(R"({"routes": [)") + route + "}]}";
}

QProcessEnvironment fakeEnv(std::initializer_list<std::pair<const char*, const char*>> vars)
{
    QProcessEnvironment env;
    for (const auto& [name, value] : vars)
        env.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return env;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

void tst_ConfigLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    // scripts/setup-debian.sh installs openssl: without it the CA-file checks would pass having checked nothing.
    QVERIFY2(!openssl.isEmpty(), "openssl is not installed (scripts/setup-debian.sh installs it)");
    const QString caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"), caFile,
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=airlock-test-ca")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    m_caFile = caFile;
}

void tst_ConfigLoader::validFullExample()
{
    const QByteArray json = R"({
      "listen": { "address": "127.0.0.1", "port": 9000, "hostAliases": ["Airlock.Local", "::1"], "allowRemote": false,
                  "sameUserOnly": false },
      "limits": { "maxHeaderBytes": 32768, "maxRequestLineBytes": 4096, "headTimeoutMs": 5000, "maxSessions": 10,
                  "handshakesPerSecond": 20, "workerThreads": 2 },
      "log": { "file": "/tmp/airlock.jsonl", "maxBytes": 1000000, "keepFiles": 3 },
      "demo": { "enabled": true, "address": "127.0.0.1", "port": 9001 },
      "routes": [ {
          "name": "vm1-terminal", "path": "/vm1/", "backend": "ws://10.0.0.5:7681/",
          "allowedOrigins": ["https://console.example.com", "https://*.example.org:*"],
          "subprotocol": "pass",
          "injectHeaders": { "x-terminal-token": "${env:VM1_TOKEN}", "X-Env": "prod" },
          "stripHeaders": ["Authorization", "cookie"],
          "upstreamProxy": "system",
          "tls": { "caFile": "", "serverName": "", "insecure": false },
          "timeouts": { "connectMs": 1000, "proxyConnectMs": 2000, "tlsMs": 3000, "upgradeMs": 4000, "idleMs": 0,
                        "drainMs": 500 },
          "keepalive": { "pingMs": 15000 },
          "strictFrames": false, "maxMessageBytes": 1048576
      }, {
          "path": "/api", "backend": "https://api.example.com/v2?key=1", "upstreamProxy": "none"
      } ]
    })";
    const ConfigLoadResult result = ConfigLoader::fromJson(json, fakeEnv({{"VM1_TOKEN", "t0ken"}}));
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.warnings,
             QStringList{QStringLiteral(
                 "listen.sameUserOnly: off: every local user can use the routes and their credentials")});

    const Config& c = result.config;
    QCOMPARE(c.listen.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(c.listen.port, quint16(9000));
    QCOMPARE(c.listen.hostAliases, (QStringList{QStringLiteral("airlock.local"), QStringLiteral("::1")}));
    QCOMPARE(c.listen.sameUserOnly, false);
    QCOMPARE(c.limits.maxHeaderBytes, 32768);
    QCOMPARE(c.limits.maxRequestLineBytes, 4096);
    QCOMPARE(c.limits.headTimeoutMs, 5000);
    QCOMPARE(c.limits.maxSessions, 10);
    QCOMPARE(c.limits.handshakesPerSecond, 20);
    QCOMPARE(c.limits.workerThreads, 2);
    QCOMPARE(c.log.file, QStringLiteral("/tmp/airlock.jsonl"));
    QCOMPARE(c.log.maxBytes, qint64(1000000));
    QCOMPARE(c.log.keepFiles, 3);
    QVERIFY(c.demo.enabled);
    QCOMPARE(c.demo.port, quint16(9001));

    QCOMPARE(c.routes.size(), 2);
    const RouteConfig& r = c.routes.at(0);
    QCOMPARE(r.name, QStringLiteral("vm1-terminal"));
    QCOMPARE(r.path, QStringLiteral("/vm1"));
    QCOMPARE(r.backend, QUrl(QStringLiteral("ws://10.0.0.5:7681/")));
    QCOMPARE(int(r.scheme), int(BackendScheme::Ws));
    QCOMPARE(r.allowedOrigins,
             (QStringList{QStringLiteral("https://console.example.com"), QStringLiteral("https://*.example.org:*")}));
    QCOMPARE(int(r.subprotocol), int(SubprotocolPolicy::Pass));
    // QJsonObject keeps keys sorted, so injected headers come in name order.
    QCOMPARE(r.injectHeaders.size(), 2);
    QCOMPARE(r.injectHeaders.at(0).name, QByteArray("X-Env"));
    QCOMPARE(r.injectHeaders.at(0).value, QByteArray("prod"));
    QVERIFY(!r.injectHeaders.at(0).secret);
    QCOMPARE(r.injectHeaders.at(1).name, QByteArray("x-terminal-token"));
    QCOMPARE(r.injectHeaders.at(1).value, QByteArray("t0ken"));
    QVERIFY(r.injectHeaders.at(1).secret);
    QCOMPARE(r.stripHeaders, (QList<QByteArray>{"authorization", "cookie"}));
    QCOMPARE(int(r.upstreamProxy.mode), int(UpstreamProxySetting::Mode::System));
    QCOMPARE(r.tls.caFile, QString());
    QVERIFY(!r.tls.insecure);
    QCOMPARE(r.timeouts.connectMs, 1000);
    QCOMPARE(r.timeouts.proxyConnectMs, 2000);
    QCOMPARE(r.timeouts.tlsMs, 3000);
    QCOMPARE(r.timeouts.upgradeMs, 4000);
    QCOMPARE(r.timeouts.idleMs, 0);
    QCOMPARE(r.timeouts.drainMs, 500);
    QCOMPARE(r.keepalive.pingMs, 15000);
    QVERIFY(!r.strictFrames);
    QCOMPARE(r.maxMessageBytes, qint64(1048576));

    const RouteConfig& api = c.routes.at(1);
    QCOMPARE(api.name, QStringLiteral("/api"));
    QCOMPARE(int(api.scheme), int(BackendScheme::Https));
    QVERIFY(api.backendIsTls());
    QCOMPARE(api.backend.query(), QStringLiteral("key=1"));
    QCOMPARE(int(api.upstreamProxy.mode), int(UpstreamProxySetting::Mode::None));
}

void tst_ConfigLoader::defaults()
{
    const ConfigLoadResult result = ConfigLoader::fromJson(oneRoute(), QProcessEnvironment());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    // The literal numbers the README's configuration example and text promise, not the structs the loader
    // starts from: a changed default must change this test and the README together.
    const Config& c = result.config;
    QCOMPARE(c.listen.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(c.listen.port, quint16(8765));
    QCOMPARE(c.listen.hostAliases, QStringList());
    QCOMPARE(c.listen.allowRemote, false);
    QCOMPARE(c.listen.sameUserOnly, true);
    QCOMPARE(c.limits.maxHeaderBytes, 16384);
    QCOMPARE(c.limits.maxRequestLineBytes, 8192);
    QCOMPARE(c.limits.headTimeoutMs, 10000);
    QCOMPARE(c.limits.maxSessions, 1024);
    QCOMPARE(c.limits.handshakesPerSecond, 0);
    QCOMPARE(c.limits.workerThreads, 0);
    QCOMPARE(c.limits.captureBytesTotal, qint64(67108864)); // 64 MiB
    QCOMPARE(c.log.file, QString());
    QCOMPARE(c.log.maxBytes, qint64(10485760));
    QCOMPARE(c.log.keepFiles, 5);
    QCOMPARE(c.demo.enabled, false);
    QCOMPARE(c.demo.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(c.demo.port, quint16(8766));

    QCOMPARE(c.routes.size(), 1);
    const RouteConfig& r = c.routes.first();
    QCOMPARE(r.name, QStringLiteral("/a"));
    QCOMPARE(r.allowedOrigins, QStringList());
    QCOMPARE(int(r.subprotocol), int(SubprotocolPolicy::Pass));
    QVERIFY(r.injectHeaders.isEmpty());
    QVERIFY(r.stripHeaders.isEmpty());
    QCOMPARE(int(r.upstreamProxy.mode), int(UpstreamProxySetting::Mode::System));
    QCOMPARE(r.tls.caFile, QString());
    QCOMPARE(r.tls.serverName, QString());
    QCOMPARE(r.tls.insecure, false);
    QCOMPARE(r.timeouts.connectMs, 10000);
    QCOMPARE(r.timeouts.proxyConnectMs, 10000);
    QCOMPARE(r.timeouts.tlsMs, 10000);
    QCOMPARE(r.timeouts.upgradeMs, 10000);
    QCOMPARE(r.timeouts.idleMs, 0);
    QCOMPARE(r.timeouts.drainMs, 5000);
    QCOMPARE(r.keepalive.pingMs, 25000); // on by default, under the common 30 s idle cut
    QCOMPARE(r.strictFrames, true);
    QCOMPARE(r.maxMessageBytes, qint64(67108864)); // 64 MiB
    QCOMPARE(r.browserVisibleErrors, true);
    QVERIFY(!r.forwardCookies);                                  // other local apps' cookies stay away from backends
    QVERIFY(!r.frameAncestors);                                  // framing follows allowedOrigins
    QCOMPARE(int(r.health.kind), int(HealthConfig::Kind::None)); // monitored only when asked for
    QCOMPARE(r.health.intervalMs, 15000);
    QCOMPARE(r.health.timeoutMs, 5000);
    QCOMPARE(r.health.rise, 2);
    QCOMPARE(r.health.fall, 3);
    QVERIFY(!r.capture.enabled); // payloads are recorded only when asked for
    QCOMPARE(r.capture.maxBytesPerSession, qint64(262144));

    // An empty object is a valid (if useless) config.
    const ConfigLoadResult empty = ConfigLoader::fromJson("{}", QProcessEnvironment());
    QVERIFY(empty.ok());
    QVERIFY(empty.config.routes.isEmpty());
    QCOMPARE(empty.warnings, QStringList{QStringLiteral("routes: no routes are configured")});
}

void tst_ConfigLoader::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const auto add = [](const QByteArray& json, const char* path, const char* message) {
        QTest::addRow("%s: %s", *path ? path : "<root>", message)
            << json << QString::fromLatin1(path) << QString::fromLatin1(message);
    };

    // Shape and types.
    add("[]", "", "expected a JSON object at the top level");
    add(R"({"listne": {}})", "listne", "unknown key");
    add(R"({"listen": {"adress": "127.0.0.1"}})", "listen.adress", "unknown key");
    add(oneRoute(R"("timeout": {})"), "routes[0].timeout", "unknown key");
    add(oneRoute(R"("tls": {"cafile": ""})"), "routes[0].tls.cafile", "unknown key");
    add(oneRoute(R"("timeouts": {"connect": 5})"), "routes[0].timeouts.connect", "unknown key");
    add(oneRoute(R"("closeCodes": {"1006": "permanent"})"), "routes[0].closeCodes.1006",
        "only application close codes 4000-4999 can be classified");
    add(oneRoute(R"("closeCodes": {"4001": "fatal"})"), "routes[0].closeCodes.4001",
        "expected \"normal\", \"transient\" or \"permanent\"");
    add(oneRoute(R"("health": {"intervalMs": 100})"), "routes[0].health.kind", "is required");
    add(oneRoute(R"("health": {"kind": "icmp"})"), "routes[0].health.kind",
        "must be \"tcp\", \"tls\", \"ws\" or \"http\"");
    add(oneRoute(R"("health": {"kind": "tls"})"), "routes[0].health.kind", "\"tls\" needs a wss or https backend");
    add(oneRoute(R"("health": {"kind": "tcp", "intervalMs": 0})"), "routes[0].health.intervalMs",
        "must be at least 10");
    add(oneRoute(R"("health": {"kind": "tcp", "timeoutMs": "5s"})"), "routes[0].health.timeoutMs",
        "expected an integer");
    add(oneRoute(R"("health": {"kind": "tcp", "rise": 0})"), "routes[0].health.rise", "must be between 1 and 1000");
    add(oneRoute(R"("health": {"kind": "tcp", "fall": 1001})"), "routes[0].health.fall", "must be between 1 and 1000");
    add(oneRoute(R"("health": {"kind": "http", "path": "health"})"), "routes[0].health.path", "must start with \"/\"");
    add(oneRoute(R"("health": {"kind": "http", "path": "/a b"})"), "routes[0].health.path",
        "must be printable ASCII without spaces");
    add(oneRoute(R"("health": {"kind": "tcp", "every": 5})"), "routes[0].health.every", "unknown key");
    add(oneRoute(R"("health": "tcp")"), "routes[0].health", "expected an object");
    add(R"({"listen": {"port": "8765"}})", "listen.port", "expected an integer");
    add(R"({"listen": {"port": 8765.5}})", "listen.port", "expected an integer");
    add(R"({"listen": {"port": null}})", "listen.port", "expected an integer");
    add(R"({"listen": {"address": 127}})", "listen.address", "expected a string");
    add(R"({"listen": {"allowRemote": "yes"}})", "listen.allowRemote", "expected a boolean");
    add(R"({"listen": {"sameUserOnly": 0}})", "listen.sameUserOnly", "expected a boolean");
    add(R"({"listen": []})", "listen", "expected an object");
    add(R"({"limits": 5})", "limits", "expected an object");
    add(R"({"routes": {}})", "routes", "expected an array");
    add(R"({"routes": ["/a"]})", "routes[0]", "expected an object");
    add(oneRoute(R"("allowedOrigins": "https://a.example")"), "routes[0].allowedOrigins", "expected an array");
    add(oneRoute(R"("allowedOrigins": ["https://a.example", 5])"), "routes[0].allowedOrigins[1]", "expected a string");
    add(oneRoute(R"("strictFrames": 1)"), "routes[0].strictFrames", "expected a boolean");
    add(oneRoute(R"("injectHeaders": ["x-a"])"), "routes[0].injectHeaders", "expected an object");
    add(oneRoute(R"("injectHeaders": {"x-a": 5})"), "routes[0].injectHeaders.x-a", "expected a string");
    add(oneRoute(R"("timeouts": {"connectMs": "5s"})"), "routes[0].timeouts.connectMs", "expected an integer");

    // listen
    add(R"({"listen": {"address": "localhost"}})", "listen.address", "\"localhost\" is not an IP address");
    add(R"({"listen": {"address": "0.0.0.0"}})", "listen.address",
        "\"0.0.0.0\" is not a loopback address; set listen.allowRemote to true to listen on it");
    add(R"({"listen": {"address": "192.168.1.2", "allowRemote": false}})", "listen.address",
        "\"192.168.1.2\" is not a loopback address; set listen.allowRemote to true to listen on it");
    add(R"({"listen": {"port": 65536}})", "listen.port", "must be between 0 and 65535");
    add(R"({"listen": {"port": -1}})", "listen.port", "must be between 0 and 65535");
    add(R"({"listen": {"hostAliases": ["ok.local", "a b"]}})", "listen.hostAliases[1]",
        "\"a b\" is not a host name or IP address");

    // limits and log
    add(R"({"limits": {"maxHeaderBytes": 0}})", "limits.maxHeaderBytes", "must be at least 1");
    add(R"({"limits": {"maxRequestLineBytes": -5}})", "limits.maxRequestLineBytes", "must be at least 1");
    add(R"({"limits": {"headTimeoutMs": 0}})", "limits.headTimeoutMs", "must be at least 1");
    add(R"({"limits": {"maxSessions": 0}})", "limits.maxSessions", "must be at least 1");
    add(R"({"limits": {"maxSessions": 3000000000}})", "limits.maxSessions", "must be at most 2147483647");
    add(R"({"limits": {"handshakesPerSecond": -1}})", "limits.handshakesPerSecond", "must be at least 0");
    add(R"({"limits": {"workerThreads": -1}})", "limits.workerThreads", "must be at least 0");
    add(R"({"log": {"maxBytes": 0}})", "log.maxBytes", "must be at least 1");
    add(R"({"log": {"keepFiles": -1}})", "log.keepFiles", "must be at least 0");
    add(R"({"log": {"file": false}})", "log.file", "expected a string");

    // demo
    add(R"({"demo": {"enabled": true, "port": 0}})", "demo.port", "must be between 1 and 65535");
    add(R"({"demo": {"enabled": false, "port": 70000}})", "demo.port", "must be between 0 and 65535");
    add(R"({"demo": {"address": "demo-host"}})", "demo.address", "\"demo-host\" is not an IP address");
    add(R"({"listen": {"port": 9000}, "demo": {"enabled": true, "port": 9000}})", "demo.port",
        "is the same as listen.port");
    add(R"({"listen": {"port": 8766}, "demo": {"enabled": true}})", "demo.port", "is the same as listen.port");

    // routes: path
    add(R"({"routes": [{"backend": "ws://h/"}]})", "routes[0].path", "is required");
    add(R"({"routes": [{"path": 5, "backend": "ws://h/"}]})", "routes[0].path", "expected a string");
    add(R"({"routes": [{"path": "a", "backend": "ws://h/"}]})", "routes[0].path", "must start with \"/\"");
    add(R"({"routes": [{"path": "", "backend": "ws://h/"}]})", "routes[0].path", "must start with \"/\"");
    add(R"({"routes": [{"path": "/a/../b", "backend": "ws://h/"}]})", "routes[0].path", "must not contain \"..\"");
    add(R"({"routes": [{"path": "/a//b", "backend": "ws://h/"}]})", "routes[0].path", "must not contain \"//\"");
    add(R"({"routes": [{"path": "/a?b", "backend": "ws://h/"}]})", "routes[0].path", "must not contain \"?\"");
    add(R"({"routes": [{"path": "/a#b", "backend": "ws://h/"}]})", "routes[0].path", "must not contain \"#\"");
    add(R"({"routes": [{"path": "/a/./b", "backend": "ws://h/"}]})", "routes[0].path",
        "must not contain a \".\" segment");
    add(R"({"routes": [{"path": "/a b", "backend": "ws://h/"}]})", "routes[0].path",
        "contains \" \", which is not allowed in a route path");
    add(R"({"routes": [{"path": "/a%2Fb", "backend": "ws://h/"}]})", "routes[0].path",
        "contains \"%\", which is not allowed in a route path");
    add(R"({"routes": [{"path": "/a", "backend": "ws://h/"}, {"path": "/a/", "backend": "ws://g/"}]})",
        "routes[1].path", "\"/a\" is already used by routes[0]");

    // routes: name
    add(R"({"routes": [{"name": "", "path": "/a", "backend": "ws://h/"}]})", "routes[0].name", "must not be empty");
    add(R"({"routes": [{"name": "x", "path": "/a", "backend": "ws://h/"},
                      {"name": "x", "path": "/b", "backend": "ws://h/"}]})",
        "routes[1].name", "\"x\" is already used by routes[0]");
    add(R"({"routes": [{"name": "/b", "path": "/a", "backend": "ws://h/"}, {"path": "/b", "backend": "ws://h/"}]})",
        "routes[1].name", "\"/b\" is already used by routes[0]");

    // routes: backend
    add(R"({"routes": [{"path": "/a"}]})", "routes[0].backend", "is required");
    add(R"({"routes": [{"path": "/a", "backend": "ws://h/"}, {"path": "/b", "backend": "ftp://h/"}]})",
        "routes[1].backend", "unsupported scheme \"ftp\"");
    add(R"({"routes": [{"path": "/a", "backend": "tcp://h"}]})", "routes[0].backend", "needs a port (tcp://host:5900)");
    add(R"({"routes": [{"path": "/a", "backend": "tcp://h:5900/vnc"}]})", "routes[0].backend",
        "must not have a path or query: a tcp backend is only host:port");
    add(R"({"routes": [{"path": "/a", "backend": "tcp://h:5900?x=1"}]})", "routes[0].backend",
        "must not have a path or query: a tcp backend is only host:port");
    add(R"({"routes": [{"path": "/a", "backend": "tcp://h:5900", "health": {"kind": "ws"}}]})", "routes[0].health.kind",
        "a tcp backend can only be checked with \"tcp\"");
    add(R"({"routes": [{"path": "/a", "backend": "/relative"}]})", "routes[0].backend",
        "has no scheme (expected ws, wss, http, https or tcp)");
    add(R"({"routes": [{"path": "/a", "backend": "ws:///x"}]})", "routes[0].backend", "has no host");
    add(R"({"routes": [{"path": "/a", "backend": "ws://user:pw@h/"}]})", "routes[0].backend",
        "must not contain user info (inject an Authorization header instead)");
    add(R"({"routes": [{"path": "/a", "backend": "ws://h/#frag"}]})", "routes[0].backend",
        "must not contain a fragment");

    // routes: origins and subprotocol
    add(oneRoute(R"("allowedOrigins": ["https://a.example", "*", "https://b.example/"])"),
        "routes[0].allowedOrigins[2]", "\"https://b.example/\" has a path (an origin is scheme://host[:port])");
    add(oneRoute(R"("frameAncestors": ["https://a.example", "https://b.example/"])"), "routes[0].frameAncestors[1]",
        "\"https://b.example/\" has a path (an origin is scheme://host[:port])");
    add(oneRoute(R"("frameAncestors": "https://a.example")"), "routes[0].frameAncestors", "expected an array");
    add(oneRoute(R"("forwardCookies": "yes")"), "routes[0].forwardCookies", "expected a boolean");
    add(oneRoute(R"("allowedOrigins": ["https://a.*.example"])"), "routes[0].allowedOrigins[0]",
        "\"https://a.*.example\" has a '*' that is not a leading \"*.\" host label or a \":*\" port");
    add(oneRoute(R"("subprotocol": "maybe")"), "routes[0].subprotocol",
        "must be \"pass\", \"strip\" or \"fixed:NAME\"");
    add(oneRoute(R"("subprotocol": "fixed:")"), "routes[0].subprotocol", "\"\" is not a valid subprotocol name");
    add(oneRoute(R"("subprotocol": "fixed:a b")"), "routes[0].subprotocol", "\"a b\" is not a valid subprotocol name");

    // routes: injected and stripped headers
    add(oneRoute(R"("injectHeaders": {"bad name": "v"})"), R"(routes[0].injectHeaders["bad name"])",
        "is not a valid header name");
    add(oneRoute(R"("injectHeaders": {"x-a": "line1\r\nInjected: yes"})"), "routes[0].injectHeaders.x-a",
        "value must not contain CR, LF or NUL");
    add(oneRoute(R"("injectHeaders": {"x-a": "a\u0000b"})"), "routes[0].injectHeaders.x-a",
        "value must not contain CR, LF or NUL");
    add(oneRoute(R"("injectHeaders": {"Host": "other"})"), "routes[0].injectHeaders.Host",
        "is set by Airlock and cannot be injected");
    add(oneRoute(R"("injectHeaders": {"Sec-WebSocket-Protocol": "x"})"),
        "routes[0].injectHeaders.Sec-WebSocket-Protocol", "is set by Airlock and cannot be injected");
    add(oneRoute(R"("injectHeaders": {"X-A": "1", "x-a": "2"})"), "routes[0].injectHeaders.x-a",
        "duplicates another injected header (names are case-insensitive)");
    add(oneRoute(R"("injectHeaders": {"x-terminal-token": "${env:VM1_TOKEN}"})"),
        "routes[0].injectHeaders.x-terminal-token", "environment variable VM1_TOKEN is not set");
    add(oneRoute(R"("injectHeaders": {"x-a": "${env:1BAD}"})"), "routes[0].injectHeaders.x-a",
        "\"1BAD\" is not a valid environment variable name");
    add(oneRoute(R"("injectHeaders": {"x-a": "${env:}"})"), "routes[0].injectHeaders.x-a",
        "\"\" is not a valid environment variable name");
    add(oneRoute(R"("injectHeaders": {"x-a": "Bearer ${env:HOME"})"), "routes[0].injectHeaders.x-a",
        "unterminated ${env:...} reference");
    add(oneRoute(R"("stripHeaders": ["cookie", "bad name"])"), "routes[0].stripHeaders[1]",
        "\"bad name\" is not a valid header name");
    add(oneRoute(R"("stripHeaders": ["cookie", 7])"), "routes[0].stripHeaders[1]", "expected a string");

    // routes: upstream proxy
    const char* proxyUsage = "must be \"none\", \"system\" or http://[user:pass@]host:port";
    add(oneRoute(R"("upstreamProxy": "direct")"), "routes[0].upstreamProxy", proxyUsage);
    add(oneRoute(R"("upstreamProxy": "proxy:3128")"), "routes[0].upstreamProxy", proxyUsage);
    add(oneRoute(R"("upstreamProxy": "socks5://h:1080")"), "routes[0].upstreamProxy",
        "unsupported proxy scheme \"socks5\"; must be \"none\", \"system\" or http://[user:pass@]host:port");
    add(oneRoute(R"("upstreamProxy": "https://h:3128")"), "routes[0].upstreamProxy",
        "unsupported proxy scheme \"https\"; must be \"none\", \"system\" or http://[user:pass@]host:port");
    add(oneRoute(R"("upstreamProxy": "http://h")"), "routes[0].upstreamProxy", "has no port");
    add(oneRoute(R"("upstreamProxy": "http://h:3128/path")"), "routes[0].upstreamProxy", "must not have a path");
    add(oneRoute(R"("upstreamProxy": "http://h:3128/?x=1")"), "routes[0].upstreamProxy",
        "must not have a query or fragment");

    // routes: tls, timeouts, sizes
    add(oneRoute(R"("tls": {"caFile": "/nonexistent/airlock-ca.pem"})"), "routes[0].tls.caFile",
        "file not found: /nonexistent/airlock-ca.pem");
    add(oneRoute(R"("tls": {"caFile": "/"})"), "routes[0].tls.caFile", "cannot read /");
    add(oneRoute(R"("tls": {"serverName": "bad name"})"), "routes[0].tls.serverName",
        "\"bad name\" is not a host name");
    add(oneRoute(R"("tls": {"insecure": "no"})"), "routes[0].tls.insecure", "expected a boolean");
    add(oneRoute(R"("timeouts": {"connectMs": 0})"), "routes[0].timeouts.connectMs", "must be at least 1");
    add(oneRoute(R"("timeouts": {"proxyConnectMs": 0})"), "routes[0].timeouts.proxyConnectMs", "must be at least 1");
    add(oneRoute(R"("timeouts": {"tlsMs": -1})"), "routes[0].timeouts.tlsMs", "must be at least 1");
    add(oneRoute(R"("timeouts": {"upgradeMs": 0})"), "routes[0].timeouts.upgradeMs", "must be at least 1");
    add(oneRoute(R"("timeouts": {"idleMs": -1})"), "routes[0].timeouts.idleMs", "must be at least 0");
    add(oneRoute(R"("timeouts": {"drainMs": 0})"), "routes[0].timeouts.drainMs", "must be at least 1");
    add(oneRoute(R"("keepalive": {"pingMs": -1})"), "routes[0].keepalive.pingMs", "must be at least 0");
    add(oneRoute(R"("keepalive": {"pingMs": 5})"), "routes[0].keepalive.pingMs", "must be 0 (off) or at least 10");
    add(oneRoute(R"("keepalive": {"pingMs": "25s"})"), "routes[0].keepalive.pingMs", "expected an integer");
    add(oneRoute(R"("keepalive": {"intervalMs": 100})"), "routes[0].keepalive.intervalMs", "unknown key");
    add(oneRoute(R"("keepalive": 25000)"), "routes[0].keepalive", "expected an object");
    add(oneRoute(R"("maxMessageBytes": -1)"), "routes[0].maxMessageBytes", "must be at least 0");
    add(oneRoute(R"("maxMessageBytes": 1.5)"), "routes[0].maxMessageBytes", "expected an integer");

    // message capture
    add(oneRoute(R"("capture": true)"), "routes[0].capture", "expected an object");
    add(oneRoute(R"("capture": {"enabled": "yes"})"), "routes[0].capture.enabled", "expected a boolean");
    add(oneRoute(R"("capture": {"maxBytesPerSession": 0})"), "routes[0].capture.maxBytesPerSession",
        "must be at least 1");
    add(oneRoute(R"("capture": {"maxBytesPerSession": -5})"), "routes[0].capture.maxBytesPerSession",
        "must be at least 1");
    add(oneRoute(R"("capture": {"maxBytesPerSession": "64k"})"), "routes[0].capture.maxBytesPerSession",
        "expected an integer");
    add(oneRoute(R"("capture": {"enabled": true, "maxBytes": 10})"), "routes[0].capture.maxBytes", "unknown key");
    add(R"({"limits": {"captureBytesTotal": 0}})", "limits.captureBytesTotal", "must be at least 1");
    add(R"({"limits": {"captureBytesTotal": 1e300}})", "limits.captureBytesTotal", "must be at most 9007199254740992");
    // Found by fuzz_configloader: the empty key got an empty path, like an error about the whole file. A key
    // that is no plain name is quoted in brackets.
    add(R"({"": 1})", R"([""])", "unknown key");
    add(R"({"listen": {"a b": 1, "port": 8765}})", R"(listen["a b"])", "unknown key");
    add(oneRoute(R"("timeouts": {"x\"y": 1})"), R"(routes[0].timeouts["x\"y"])", "unknown key");
}

void tst_ConfigLoader::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);

    const ConfigLoadResult result = ConfigLoader::fromJson(json, QProcessEnvironment());
    QVERIFY(!result.ok());
    // Exactly one mistake per row, so exactly one error: nothing is reported twice.
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, path);
    QCOMPARE(result.errors.first().message, message);
}

void tst_ConfigLoader::notJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty input") << QByteArray() << QStringLiteral("at offset 0");
    QTest::newRow("truncated object") << QByteArray(R"({"listen": )") << QStringLiteral("at offset 11");
    QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})") << QStringLiteral("at offset 9");
    QTest::newRow("comment") << QByteArray("{ // no comments in JSON\n}") << QStringLiteral("at offset 3");
}

void tst_ConfigLoader::notJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const ConfigLoadResult result = ConfigLoader::fromJson(json, QProcessEnvironment());
    QCOMPARE(result.errors.size(), 1);
    const ConfigError& error = result.errors.first();
    QCOMPARE(error.path, QString());
    QVERIFY2(error.message.startsWith(QLatin1String("not valid JSON: ")), qPrintable(error.message));
    QVERIFY2(error.message.endsWith(message), qPrintable(error.message));
    QCOMPARE(error.toString(), error.message);
}

void tst_ConfigLoader::severalErrorsReportedTogether()
{
    const QByteArray json = R"({
      "listen": { "port": "x", "address": "0.0.0.0" },
      "limits": { "maxSessions": 0 },
      "extra": true,
      "routes": [
        { "path": "/a", "backend": "ftp://h/", "timeout": 5 },
        { "path": "b" },
        { "path": "/c", "backend": "ws://h/", "allowedOrigins": ["https://ok.example", "https://x/"],
          "injectHeaders": { "x-token": "${env:MISSING_ONE}-${env:MISSING_TWO}" } }
      ]
    })";
    const ConfigLoadResult result = ConfigLoader::fromJson(json, QProcessEnvironment());
    QStringList actual;
    for (const ConfigError& e : result.errors)
        actual.append(e.toString());
    const QStringList expected{
        QStringLiteral("extra: unknown key"),
        QStringLiteral("listen.address: \"0.0.0.0\" is not a loopback address; set listen.allowRemote to true to "
                       "listen on it"),
        QStringLiteral("listen.port: expected an integer"),
        QStringLiteral("limits.maxSessions: must be at least 1"),
        QStringLiteral("routes[0].timeout: unknown key"),
        QStringLiteral("routes[0].backend: unsupported scheme \"ftp\""),
        QStringLiteral("routes[1].path: must start with \"/\""),
        QStringLiteral("routes[1].backend: is required"),
        QStringLiteral("routes[2].allowedOrigins[1]: \"https://x/\" has a path (an origin is scheme://host[:port])"),
        QStringLiteral("routes[2].injectHeaders.x-token: environment variable MISSING_ONE is not set"),
        QStringLiteral("routes[2].injectHeaders.x-token: environment variable MISSING_TWO is not set"),
    };
    QCOMPARE(actual, expected);
    QVERIFY(!result.ok());
}

void tst_ConfigLoader::warnings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("remote listen allowed explicitly")
        << QByteArray(R"({"listen": {"address": "0.0.0.0", "allowRemote": true}, "routes": [{"path": "/a",
                         "backend": "ws://h/"}]})")
        << QStringList{QStringLiteral(
               "listen.address: \"0.0.0.0\" is not a loopback address: other machines may reach the proxy")};
    QTest::newRow("tls insecure") << oneRoute(R"("tls": {"insecure": true})")
                                  << QStringList{QStringLiteral("routes[0].tls.insecure: certificate verification "
                                                                "is off")};
    QTest::newRow("any origin") << oneRoute(R"("allowedOrigins": ["*"])")
                                << QStringList{QStringLiteral(
                                       "routes[0].allowedOrigins[0]: \"*\" lets any web page use this route")};
    QTest::newRow("empty environment variable")
        << oneRoute(R"("injectHeaders": {"x-a": "${env:EMPTY}"})")
        << QStringList{QStringLiteral("routes[0].injectHeaders.x-a: environment variable EMPTY is empty")};
    QTest::newRow("no routes") << QByteArray(R"({"routes": []})")
                               << QStringList{QStringLiteral("routes: no routes are configured")};
    QTest::newRow("demo on a remote address")
        << QByteArray(R"({"demo": {"address": "10.1.2.3"}, "routes": [{"path": "/a", "backend": "ws://h/"}]})")
        << QStringList{QStringLiteral("demo.address: \"10.1.2.3\" is not a loopback address: other machines may "
                                      "reach the demo backend")};
    QTest::newRow("name that is not a DNS label")
        << QByteArray(R"({"routes": [{"name": "vm_1 terminal", "path": "/a", "backend": "ws://h/"}]})")
        << QStringList{QStringLiteral(
               "routes[0].name: \"vm_1 terminal\" is not a DNS label (letters, digits and '-', at most 63 characters), "
               "so the route has no origin of its own at http://NAME.localhost and is reached only on the shared "
               "origin of the listener")};
    QTest::newRow("name left out") << QByteArray(R"({"routes": [{"path": "/a", "backend": "ws://h/"}]})")
                                   << QStringList();
    QTest::newRow("clean config has none") << oneRoute() << QStringList();
}

void tst_ConfigLoader::warnings()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, warnings);

    const ConfigLoadResult result = ConfigLoader::fromJson(json, fakeEnv({{"EMPTY", ""}}));
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.warnings, warnings);
}

void tst_ConfigLoader::envExpansion_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("secret");

    QTest::newRow("whole value") << QStringLiteral("${env:TOKEN}") << QByteArray("t-123") << true;
    QTest::newRow("inside text") << QStringLiteral("Bearer ${env:TOKEN}") << QByteArray("Bearer t-123") << true;
    QTest::newRow("two variables") << QStringLiteral("${env:USER_NAME}:${env:TOKEN}!") << QByteArray("alice:t-123!")
                                   << true;
    QTest::newRow("no reference is not secret") << QStringLiteral("plain") << QByteArray("plain") << false;
    QTest::newRow("other ${...} left alone")
        << QStringLiteral("${TOKEN} $env:TOKEN") << QByteArray("${TOKEN} $env:TOKEN") << false;
    QTest::newRow("UTF-8 value") << QStringLiteral("${env:UNICODE}") << QByteArray("caf\xc3\xa9") << true;
}

void tst_ConfigLoader::envExpansion()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QFETCH(bool, secret);

    QProcessEnvironment env = fakeEnv({{"TOKEN", "t-123"}, {"USER_NAME", "alice"}});
    env.insert(QStringLiteral("UNICODE"), QStringLiteral("caf\u00e9"));
    const QByteArray json =
        R"({"routes": [{"path": "/a", "backend": "ws://h/", "injectHeaders": {"x-v": ")" + value.toUtf8() + R"("}}]})";
    const ConfigLoadResult result = ConfigLoader::fromJson(json, env);
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const InjectedHeader& header = result.config.routes.first().injectHeaders.first();
    QCOMPARE(header.name, QByteArray("x-v"));
    QCOMPARE(header.value, expected);
    QCOMPARE(header.secret, secret);
}

void tst_ConfigLoader::secretsNeverInMessages()
{
    // A variable whose value would break the header block: reported, but without the value.
    const QProcessEnvironment env = fakeEnv({{"TOKEN", "hunter2\r\nX-Evil: 1"}});
    const ConfigLoadResult result =
        ConfigLoader::fromJson(oneRoute(R"("injectHeaders": {"x-token": "${env:TOKEN}"})"), env);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().toString(),
             QStringLiteral("routes[0].injectHeaders.x-token: value must not contain CR, LF or NUL"));
    QVERIFY(!result.errors.first().toString().contains(QLatin1String("hunter2")));
}

void tst_ConfigLoader::subprotocol_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("policy");
    QTest::addColumn<QByteArray>("fixed");

    QTest::newRow("pass") << QStringLiteral("pass") << int(SubprotocolPolicy::Pass) << QByteArray();
    QTest::newRow("strip") << QStringLiteral("strip") << int(SubprotocolPolicy::Strip) << QByteArray();
    QTest::newRow("fixed:tty") << QStringLiteral("fixed:tty") << int(SubprotocolPolicy::Fixed) << QByteArray("tty");
    QTest::newRow("fixed:zero-companion.v1") << QStringLiteral("fixed:zero-companion.v1")
                                             << int(SubprotocolPolicy::Fixed) << QByteArray("zero-companion.v1");
}

void tst_ConfigLoader::subprotocol()
{
    QFETCH(QString, value);
    QFETCH(int, policy);
    QFETCH(QByteArray, fixed);

    const QByteArray member = R"("subprotocol": ")" + value.toUtf8() + '"';
    const ConfigLoadResult result = ConfigLoader::fromJson(oneRoute(member.constData()), QProcessEnvironment());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(int(result.config.routes.first().subprotocol), policy);
    QCOMPARE(result.config.routes.first().fixedSubprotocol, fixed);
}

void tst_ConfigLoader::upstreamProxy_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QUrl>("url");

    QTest::newRow("none") << QStringLiteral("none") << int(UpstreamProxySetting::Mode::None) << QUrl();
    QTest::newRow("system") << QStringLiteral("system") << int(UpstreamProxySetting::Mode::System) << QUrl();
    QTest::newRow("http://proxy:3128") << QStringLiteral("http://proxy:3128") << int(UpstreamProxySetting::Mode::Url)
                                       << QUrl(QStringLiteral("http://proxy:3128"));
    QTest::newRow("http://user:pass@proxy:8080/")
        << QStringLiteral("http://user:pass@proxy:8080/") << int(UpstreamProxySetting::Mode::Url)
        << QUrl(QStringLiteral("http://user:pass@proxy:8080/"));
}

void tst_ConfigLoader::upstreamProxy()
{
    QFETCH(QString, value);
    QFETCH(int, mode);
    QFETCH(QUrl, url);

    const QByteArray member = R"("upstreamProxy": ")" + value.toUtf8() + '"';
    const ConfigLoadResult result = ConfigLoader::fromJson(oneRoute(member.constData()), QProcessEnvironment());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(int(result.config.routes.first().upstreamProxy.mode), mode);
    QCOMPARE(result.config.routes.first().upstreamProxy.url, url);
}

void tst_ConfigLoader::health_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("rise");
    QTest::addColumn<int>("fall");

    QTest::newRow("absent") << oneRoute() << int(HealthConfig::Kind::None) << 15000 << 5000 << QString() << 2 << 3;
    QTest::newRow("tcp defaults") << oneRoute(R"("health": {"kind": "tcp"})") << int(HealthConfig::Kind::Tcp) << 15000
                                  << 5000 << QString() << 2 << 3;
    QTest::newRow("ws all keys") << oneRoute(R"("health": {"kind": "ws", "intervalMs": 50, "timeoutMs": 40,
                                    "path": "/ping?x=1", "rise": 1, "fall": 5})")
                                 << int(HealthConfig::Kind::Ws) << 50 << 40 << QStringLiteral("/ping?x=1") << 1 << 5;
    QTest::newRow("http") << oneRoute(R"("health": {"kind": "http", "path": "/healthz"})")
                          << int(HealthConfig::Kind::Http) << 15000 << 5000 << QStringLiteral("/healthz") << 2 << 3;
    QTest::newRow("tls on wss") << QByteArray(R"({"routes": [{"path": "/a", "backend": "wss://h/",
                                    "health": {"kind": "tls"}}]})")
                                << int(HealthConfig::Kind::Tls) << 15000 << 5000 << QString() << 2 << 3;
}

void tst_ConfigLoader::health()
{
    QFETCH(QByteArray, json);
    const ConfigLoadResult result = ConfigLoader::fromJson(json, QProcessEnvironment());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const HealthConfig& health = result.config.routes.first().health;
    QTEST(int(health.kind), "kind");
    QTEST(health.intervalMs, "intervalMs");
    QTEST(health.timeoutMs, "timeoutMs");
    QTEST(health.path, "path");
    QTEST(health.rise, "rise");
    QTEST(health.fall, "fall");
}

void tst_ConfigLoader::capture_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<qint64>("maxBytesPerSession");
    QTest::addColumn<qint64>("captureBytesTotal");

    const qint64 total = qint64(64) * 1024 * 1024;
    QTest::newRow("absent") << oneRoute() << false << qint64(262144) << total;
    QTest::newRow("empty object") << oneRoute(R"("capture": {})") << false << qint64(262144) << total;
    QTest::newRow("enabled") << oneRoute(R"("capture": {"enabled": true})") << true << qint64(262144) << total;
    QTest::newRow("all keys") << QByteArray(R"({"limits": {"captureBytesTotal": 1048576}, "routes": [{"path": "/a",
                                  "backend": "ws://h/", "capture": {"enabled": true, "maxBytesPerSession": 1}}]})")
                              << true << qint64(1) << qint64(1048576);
    QTest::newRow("off with a cap") << oneRoute(R"("capture": {"enabled": false, "maxBytesPerSession": 4096})") << false
                                    << qint64(4096) << total;
}

void tst_ConfigLoader::capture()
{
    QFETCH(QByteArray, json);
    const ConfigLoadResult result = ConfigLoader::fromJson(json, QProcessEnvironment());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const CaptureConfig& capture = result.config.routes.first().capture;
    QTEST(capture.enabled, "enabled");
    QTEST(capture.maxBytesPerSession, "maxBytesPerSession");
    QTEST(result.config.limits.captureBytesTotal, "captureBytesTotal");
}

void tst_ConfigLoader::routePathAndName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("/") << QStringLiteral("/") << QStringLiteral("/");
    QTest::newRow("/vm1") << QStringLiteral("/vm1") << QStringLiteral("/vm1");
    QTest::newRow("/vm1/") << QStringLiteral("/vm1/") << QStringLiteral("/vm1");
    QTest::newRow("/api/v1/ws/") << QStringLiteral("/api/v1/ws/") << QStringLiteral("/api/v1/ws");
    QTest::newRow("/a-b_c.d~e/@x:y") << QStringLiteral("/a-b_c.d~e/@x:y") << QStringLiteral("/a-b_c.d~e/@x:y");
}

void tst_ConfigLoader::routePathAndName()
{
    QFETCH(QString, path);
    QFETCH(QString, normalized);

    const QByteArray json = R"({"routes": [{"path": ")" + path.toUtf8() + R"(", "backend": "ws://h/"}]})";
    const ConfigLoadResult result = ConfigLoader::fromJson(json, QProcessEnvironment());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.config.routes.first().path, normalized);
    // The name defaults to the normalized path.
    QCOMPARE(result.config.routes.first().name, normalized);
}

void tst_ConfigLoader::backendScheme_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("scheme");

    QTest::newRow("ws") << QStringLiteral("ws://h:7681/") << int(BackendScheme::Ws);
    QTest::newRow("wss") << QStringLiteral("wss://h/term") << int(BackendScheme::Wss);
    QTest::newRow("http") << QStringLiteral("http://h:8080") << int(BackendScheme::Http);
    QTest::newRow("https") << QStringLiteral("https://h/app?x=1") << int(BackendScheme::Https);
    QTest::newRow("upper case") << QStringLiteral("WSS://H/") << int(BackendScheme::Wss);
    QTest::newRow("IPv6") << QStringLiteral("ws://[::1]:7681/") << int(BackendScheme::Ws);
    QTest::newRow("tcp bridge") << QStringLiteral("tcp://vm.example:5901") << int(BackendScheme::Tcp);
    QTest::newRow("tcp bridge, bare slash") << QStringLiteral("tcp://127.0.0.1:22/") << int(BackendScheme::Tcp);
}

void tst_ConfigLoader::backendScheme()
{
    QFETCH(QString, backend);
    QFETCH(int, scheme);

    const QByteArray json = R"({"routes": [{"path": "/a", "backend": ")" + backend.toUtf8() + R"("}]})";
    const ConfigLoadResult result = ConfigLoader::fromJson(json, QProcessEnvironment());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(int(result.config.routes.first().scheme), scheme);
    QCOMPARE(result.config.routes.first().backend, QUrl(backend));
}

void tst_ConfigLoader::caFileWithCertificate()
{
    const QByteArray member = R"("tls": {"caFile": ")" + m_caFile.toUtf8() + R"(", "serverName": "vm1.internal"})";
    const ConfigLoadResult result = ConfigLoader::fromJson(oneRoute(member.constData()), QProcessEnvironment());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.config.routes.first().tls.caFile, m_caFile);
    QCOMPARE(result.config.routes.first().tls.serverName, QStringLiteral("vm1.internal"));
}

void tst_ConfigLoader::caFileWithoutCertificate()
{
    // Text that only looks like PEM, and the private key openssl made, without its certificate.
    const QString notPem = m_dir.filePath(QStringLiteral("not-a-cert.pem"));
    QVERIFY(writeFile(notPem, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n"));
    const QStringList files{notPem, m_dir.filePath(QStringLiteral("ca.key"))};
    for (const QString& file : std::as_const(files)) {
        const QByteArray member = R"("tls": {"caFile": ")" + file.toUtf8() + R"("})";
        const ConfigLoadResult result = ConfigLoader::fromJson(oneRoute(member.constData()), QProcessEnvironment());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().path, QStringLiteral("routes[0].tls.caFile"));
        QCOMPARE(result.errors.first().message, QStringLiteral("contains no PEM certificate: ") + file);
    }
}

void tst_ConfigLoader::caFileRelativeToConfigFile()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("conf/certs")));
    const QString certCopy = m_dir.filePath(QStringLiteral("conf/certs/ca.pem"));
    QFile::remove(certCopy);
    QVERIFY(QFile::copy(m_caFile, certCopy));
    const QString configPath = m_dir.filePath(QStringLiteral("conf/airlock.json"));
    // The log file is resolved the same way.
    QByteArray withLog = oneRoute(R"("tls": {"caFile": "certs/ca.pem"})");
    withLog.insert(1, R"("log": {"file": "logs/airlock.jsonl"}, )");
    QVERIFY(writeFile(configPath, withLog));

    const ConfigLoadResult result = ConfigLoader::fromFile(configPath, QProcessEnvironment());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.config.routes.first().tls.caFile, certCopy);
    QCOMPARE(result.config.log.file, m_dir.filePath(QStringLiteral("conf/logs/airlock.jsonl")));
}

void tst_ConfigLoader::fromFileUnreadable()
{
    const QString missing = m_dir.filePath(QStringLiteral("does-not-exist.json"));
    const ConfigLoadResult result = ConfigLoader::fromFile(missing, QProcessEnvironment());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, QString());
    QVERIFY2(result.errors.first().message.startsWith(QStringLiteral("cannot read ") + missing + QLatin1String(": ")),
             qPrintable(result.errors.first().message));
}

void tst_ConfigLoader::ensureDefaultConfigCreatesThenNeverOverwrites()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh/nested/airlock/airlock.json"));
    QString error;
    QVERIFY2(ConfigLoader::ensureDefaultConfig(path, &error), qPrintable(error));
    QFile created(path);
    QVERIFY(created.open(QIODevice::ReadOnly));
    QCOMPARE(created.readAll(), ConfigLoader::defaultConfigJson());
    created.close();
    QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup),
             QFile::Permissions());

    const QByteArray edited = R"({"listen": {"port": 9999}})";
    QVERIFY(writeFile(path, edited));
    QVERIFY2(ConfigLoader::ensureDefaultConfig(path, &error), qPrintable(error));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), edited);
}

void tst_ConfigLoader::ensureDefaultConfigReportsFailure()
{
    // The parent "directory" is a regular file, so it cannot be created.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    QVERIFY(writeFile(blocker, "x"));
    const QString path = blocker + QStringLiteral("/airlock/airlock.json");
    QString error;
    QVERIFY(!ConfigLoader::ensureDefaultConfig(path, &error));
    QCOMPARE(error, QStringLiteral("cannot create directory ") + blocker + QStringLiteral("/airlock"));
    QVERIFY(!QFile::exists(path));
}

void tst_ConfigLoader::defaultConfigJsonLoads()
{
    const ConfigLoadResult result = ConfigLoader::fromJson(ConfigLoader::defaultConfigJson(), QProcessEnvironment());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.warnings, QStringList());
    const Config& c = result.config;
    QVERIFY(c.demo.enabled);
    QCOMPARE(c.listen.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(c.listen.port, Config().listen.port);
    QCOMPARE(c.routes.size(), 1);
    const RouteConfig& demo = c.routes.first();
    QCOMPARE(demo.name, QStringLiteral("demo"));
    QCOMPARE(demo.path, QStringLiteral("/demo"));
    QCOMPARE(demo.backend, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(c.demo.port)));
    // The demo page is served on the route's own origin, which the route allows implicitly on whatever port
    // the user moves the listener to; no other page (the shared listener origin included) is allowed.
    QCOMPARE(RouteOrigin::url(demo, QHostAddress(c.listen.address), c.listen.port),
             QUrl(QStringLiteral("http://demo.localhost:%1/demo/").arg(c.listen.port)));
    QCOMPARE(RouteOrigin::ownOrigin(demo, "127.0.0.1:9000"), QByteArray("http://demo.localhost:9000"));
    QCOMPARE(demo.allowedOrigins, QStringList());
    QVERIFY(!OriginMatcher(demo.allowedOrigins)
                 .matches(QByteArray(QByteArray("http://127.0.0.1:") + QByteArray::number(c.listen.port))));
    QVERIFY(!OriginMatcher(demo.allowedOrigins).matches("http://localhost:9000"));
    QVERIFY(!OriginMatcher(demo.allowedOrigins).matches("https://example.com"));
    QVERIFY(!demo.forwardCookies);
}

void tst_ConfigLoader::defaultConfigPath()
{
    const QString path = ConfigLoader::defaultConfigPath();
    QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                       QStringLiteral("/airlock/airlock.json"));
    QVERIFY(QDir::isAbsolutePath(path));
}

QTEST_GUILESS_MAIN(tst_ConfigLoader)
#include "tst_configloader.moc"
