#include "config/ConfigLoader.h"
#include "config/ConfigValidator.h"
#include "config/ConfigWriter.h"

#include <QTest>

#include <functional>

using namespace airlock;

using Mutation = std::function<void(Config&)>;
Q_DECLARE_METATYPE(Mutation)

class tst_ConfigValidator : public QObject
{
    Q_OBJECT

private slots:
    void validConfigHasNoErrors();
    void errors_data();
    void errors();
    void warnings_data();
    void warnings();
    void severalErrorsInTheLoadersOrder();
    void loadedConfigValidatesAsLoaded();
};

namespace {

QProcessEnvironment testEnv()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TOKEN"), QStringLiteral("t-123"));
    env.insert(QStringLiteral("EMPTY"), QString());
    env.insert(QStringLiteral("BROKEN"), QStringLiteral("a\r\nX-Evil: 1"));
    return env;
}

RouteConfig route(const QString& path, const QString& backend)
{
    RouteConfig r;
    r.name = path;
    r.path = path;
    r.backend = QUrl(backend);
    r.scheme = backend.startsWith(QLatin1String("wss")) ? BackendScheme::Wss : BackendScheme::Ws;
    return r;
}

// A valid config built in memory, as a route editor would hold it.
Config baseConfig()
{
    Config config;
    config.routes.append(route(QStringLiteral("/a"), QStringLiteral("ws://h/")));
    config.routes.append(route(QStringLiteral("/b"), QStringLiteral("wss://g/")));
    config.routes[0].allowedOrigins = {QStringLiteral("https://console.example.com")};
    config.routes[0].injectHeaders.append({"x-token", "t-123", true, QStringLiteral("${env:TOKEN}")});
    return config;
}

QStringList describe(const QList<ConfigError>& errors)
{
    QStringList lines;
    for (const ConfigError& e : errors)
        lines.append(e.toString());
    return lines;
}

// What the loader says about the same values, written to a file.
ConfigLoadResult loadWritten(const Config& config)
{
    return ConfigLoader::fromJson(ConfigWriter::toJson(config), testEnv());
}

} // namespace

void tst_ConfigValidator::validConfigHasNoErrors()
{
    const ConfigReport report = ConfigValidator::validate(baseConfig(), testEnv());
    QVERIFY2(report.ok(), qPrintable(describe(report.errors).join(u'\n')));
    QCOMPARE(report.warnings, QStringList());
    QVERIFY(loadWritten(baseConfig()).ok());
}

void tst_ConfigValidator::errors_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const auto add = [](const char* path, const char* message, Mutation mutation) {
        QTest::addRow("%s: %s", path, message) << mutation << QString::fromLatin1(path) << QString::fromLatin1(message);
    };
    // listen, limits, log, demo
    add("listen.address", "\"0.0.0.0\" is not a loopback address; set listen.allowRemote to true to listen on it",
        [](Config& c) { c.listen.address = QStringLiteral("0.0.0.0"); });
    add("listen.address", "\"localhost\" is not an IP address",
        [](Config& c) { c.listen.address = QStringLiteral("localhost"); });
    add("listen.hostAliases[1]", "\"a b\" is not a host name or IP address", [](Config& c) {
        c.listen.hostAliases = {QStringLiteral("ok.local"), QStringLiteral("a b")};
    });
    add("limits.maxSessions", "must be at least 1", [](Config& c) { c.limits.maxSessions = 0; });
    add("limits.handshakesPerSecond", "must be at least 0", [](Config& c) { c.limits.handshakesPerSecond = -1; });
    add("limits.captureBytesTotal", "must be at least 1", [](Config& c) { c.limits.captureBytesTotal = 0; });
    add("log.maxBytes", "must be at least 1", [](Config& c) { c.log.maxBytes = 0; });
    add("log.keepFiles", "must be at least 0", [](Config& c) { c.log.keepFiles = -1; });
    add("demo.port", "must be between 1 and 65535", [](Config& c) {
        c.demo.enabled = true;
        c.demo.port = 0;
    });
    add("demo.port", "is the same as listen.port", [](Config& c) {
        c.demo.enabled = true;
        c.demo.port = c.listen.port;
    });
    add("demo.address", "\"demo-host\" is not an IP address",
        [](Config& c) { c.demo.address = QStringLiteral("demo-host"); });

    // routes: path, name, backend
    add("routes[0].path", "must start with \"/\"", [](Config& c) { c.routes[0].path = QStringLiteral("a"); });
    add("routes[0].path", "must not contain \"..\"", [](Config& c) { c.routes[0].path = QStringLiteral("/a/../b"); });
    add("routes[0].path", "contains \"%\", which is not allowed in a route path",
        [](Config& c) { c.routes[0].path = QStringLiteral("/a%2Fb"); });
    add("routes[1].path", "\"/a\" is already used by routes[0]",
        [](Config& c) { c.routes[1].path = c.routes[0].path; });
    add("routes[0].name", "must not be empty", [](Config& c) { c.routes[0].name = QString(); });
    add("routes[1].name", "\"/a\" is already used by routes[0]",
        [](Config& c) { c.routes[1].name = c.routes[0].name; });
    add("routes[1].backend", "unsupported scheme \"ftp\"",
        [](Config& c) { c.routes[1].backend = QUrl(QStringLiteral("ftp://h/")); });
    add("routes[0].backend", "has no host", [](Config& c) { c.routes[0].backend = QUrl(QStringLiteral("ws:///x")); });
    add("routes[0].backend", "must not contain user info (inject an Authorization header instead)",
        [](Config& c) { c.routes[0].backend = QUrl(QStringLiteral("ws://user:pw@h/")); });
    add("routes[0].backend", "needs a port (tcp://host:5900)",
        [](Config& c) { c.routes[0].backend = QUrl(QStringLiteral("tcp://h")); });
    add("routes[0].backend", "must not have a path or query: a tcp backend is only host:port",
        [](Config& c) { c.routes[0].backend = QUrl(QStringLiteral("tcp://h:5900/vnc")); });

    // routes: origins, subprotocol, headers, proxy
    add("routes[0].allowedOrigins[1]", "\"https://b.example/\" has a path (an origin is scheme://host[:port])",
        [](Config& c) { c.routes[0].allowedOrigins.append(QStringLiteral("https://b.example/")); });
    add("routes[0].subprotocol", "\"a b\" is not a valid subprotocol name", [](Config& c) {
        c.routes[0].subprotocol = SubprotocolPolicy::Fixed;
        c.routes[0].fixedSubprotocol = "a b";
    });
    add("routes[0].injectHeaders.Host", "is set by Airlock and cannot be injected", [](Config& c) {
        c.routes[0].injectHeaders.append({"Host", "other", false, {}});
    });
    add("routes[0].injectHeaders.x-token", "duplicates another injected header (names are case-insensitive)",
        [](Config& c) {
            c.routes[0].injectHeaders.prepend({"X-TOKEN", "x", false, {}});
        });
    add("routes[0].injectHeaders.x-token", "environment variable MISSING is not set",
        [](Config& c) { c.routes[0].injectHeaders[0].rawValue = QStringLiteral("${env:MISSING}"); });
    add("routes[0].injectHeaders.x-token", "unterminated ${env:...} reference",
        [](Config& c) { c.routes[0].injectHeaders[0].rawValue = QStringLiteral("Bearer ${env:TOKEN"); });
    add("routes[0].injectHeaders.x-token", "value must not contain CR, LF or NUL",
        [](Config& c) { c.routes[0].injectHeaders[0].rawValue = QStringLiteral("${env:BROKEN}"); });
    add("routes[0].stripHeaders[1]", "\"bad name\" is not a valid header name", [](Config& c) {
        c.routes[0].stripHeaders = {"cookie", "bad name"};
    });
    add("routes[0].upstreamProxy", "has no port", [](Config& c) {
        c.routes[0].upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
        c.routes[0].upstreamProxy.url = QUrl(QStringLiteral("http://h"));
    });
    add("routes[0].upstreamProxy",
        "unsupported proxy scheme \"socks5\"; must be \"none\", \"system\" or http://[user:pass@]host:port",
        [](Config& c) {
            c.routes[0].upstreamProxy.mode = UpstreamProxySetting::Mode::Url;
            c.routes[0].upstreamProxy.url = QUrl(QStringLiteral("socks5://h:1080"));
        });

    // routes: tls, timeouts, keepalive, sizes, close codes, health, capture
    add("routes[0].tls.caFile", "file not found: /nonexistent/airlock-ca.pem",
        [](Config& c) { c.routes[0].tls.caFile = QStringLiteral("/nonexistent/airlock-ca.pem"); });
    add("routes[0].tls.serverName", "\"bad name\" is not a host name",
        [](Config& c) { c.routes[0].tls.serverName = QStringLiteral("bad name"); });
    add("routes[0].timeouts.connectMs", "must be at least 1", [](Config& c) { c.routes[0].timeouts.connectMs = 0; });
    add("routes[0].timeouts.idleMs", "must be at least 0", [](Config& c) { c.routes[0].timeouts.idleMs = -1; });
    add("routes[0].keepalive.pingMs", "must be 0 (off) or at least 10",
        [](Config& c) { c.routes[0].keepalive.pingMs = 5; });
    add("routes[0].maxMessageBytes", "must be at least 0", [](Config& c) { c.routes[0].maxMessageBytes = -1; });
    add("routes[0].closeCodes.1006", "only application close codes 4000-4999 can be classified",
        [](Config& c) { c.routes[0].closeCodes.insert(1006, CloseClassification::Kind::Permanent); });
    add("routes[0].health.kind", "\"tls\" needs a wss or https backend",
        [](Config& c) { c.routes[0].health.kind = HealthConfig::Kind::Tls; });
    add("routes[0].health.kind", "a tcp backend can only be checked with \"tcp\"", [](Config& c) {
        c.routes[0].backend = QUrl(QStringLiteral("tcp://h:5900"));
        c.routes[0].scheme = BackendScheme::Tcp;
        c.routes[0].health.kind = HealthConfig::Kind::Ws;
    });
    add("routes[1].health.intervalMs", "must be at least 10", [](Config& c) {
        c.routes[1].health.kind = HealthConfig::Kind::Tls;
        c.routes[1].health.intervalMs = 0;
    });
    add("routes[1].health.rise", "must be between 1 and 1000", [](Config& c) {
        c.routes[1].health.kind = HealthConfig::Kind::Tcp;
        c.routes[1].health.rise = 0;
    });
    add("routes[1].health.path", "must start with \"/\"", [](Config& c) {
        c.routes[1].health.kind = HealthConfig::Kind::Http;
        c.routes[1].health.path = QStringLiteral("health");
    });
    add("routes[1].health.path", "must be printable ASCII without spaces", [](Config& c) {
        c.routes[1].health.kind = HealthConfig::Kind::Http;
        c.routes[1].health.path = QStringLiteral("/a b");
    });
    add("routes[0].capture.maxBytesPerSession", "must be at least 1",
        [](Config& c) { c.routes[0].capture.maxBytesPerSession = 0; });
}

void tst_ConfigValidator::errors()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, path);
    QFETCH(QString, message);

    Config config = baseConfig();
    mutation(config);
    const ConfigReport report = ConfigValidator::validate(config, testEnv());
    const ConfigError expected{path, message};
    QCOMPARE(describe(report.errors), QStringList{expected.toString()});

    // The loader, reading the same values from a file, says exactly the same.
    const ConfigLoadResult loaded = loadWritten(config);
    QCOMPARE(describe(loaded.errors), describe(report.errors));
}

void tst_ConfigValidator::warnings_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("warning");

    QTest::newRow("remote listen allowed explicitly") << Mutation([](Config& c) {
        c.listen.address = QStringLiteral("0.0.0.0");
        c.listen.allowRemote = true;
    }) << QStringLiteral("listen.address: \"0.0.0.0\" is not a loopback address: other machines may reach the proxy");
    QTest::newRow("other local users allowed")
        << Mutation([](Config& c) { c.listen.sameUserOnly = false; })
        << QStringLiteral("listen.sameUserOnly: off: every local user can use the routes and their credentials");
    QTest::newRow("tls insecure") << Mutation([](Config& c) { c.routes[1].tls.insecure = true; })
                                  << QStringLiteral("routes[1].tls.insecure: certificate verification is off");
    QTest::newRow("any origin") << Mutation([](Config& c) {
        c.routes[1].allowedOrigins = {QStringLiteral("*")};
    }) << QStringLiteral("routes[1].allowedOrigins[0]: \"*\" lets any web page use this route");
    QTest::newRow("empty environment variable")
        << Mutation([](Config& c) { c.routes[0].injectHeaders[0].rawValue = QStringLiteral("${env:EMPTY}"); })
        << QStringLiteral("routes[0].injectHeaders.x-token: environment variable EMPTY is empty");
    QTest::newRow("no routes") << Mutation([](Config& c) { c.routes.clear(); })
                               << QStringLiteral("routes: no routes are configured");
    QTest::newRow("demo on a remote address")
        << Mutation([](Config& c) { c.demo.address = QStringLiteral("10.1.2.3"); })
        << QStringLiteral(
               "demo.address: \"10.1.2.3\" is not a loopback address: other machines may reach the demo backend");
}

void tst_ConfigValidator::warnings()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, warning);

    Config config = baseConfig();
    mutation(config);
    const ConfigReport report = ConfigValidator::validate(config, testEnv());
    QVERIFY2(report.ok(), qPrintable(describe(report.errors).join(u'\n')));
    QCOMPARE(report.warnings, QStringList{warning});
    const ConfigLoadResult loaded = loadWritten(config);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.errors).join(u'\n')));
    QCOMPARE(loaded.warnings, report.warnings);
}

void tst_ConfigValidator::severalErrorsInTheLoadersOrder()
{
    Config config = baseConfig();
    config.listen.address = QStringLiteral("0.0.0.0");
    config.limits.maxSessions = 0;
    config.routes[0].backend = QUrl(QStringLiteral("ftp://h/"));
    config.routes[0].timeouts.drainMs = 0;
    config.routes[1].path = QStringLiteral("b");
    config.routes[1].injectHeaders.append({"x-a", {}, true, QStringLiteral("${env:ONE}-${env:TWO}")});

    const QStringList expected{
        QStringLiteral("listen.address: \"0.0.0.0\" is not a loopback address; set listen.allowRemote to true to "
                       "listen on it"),
        QStringLiteral("limits.maxSessions: must be at least 1"),
        QStringLiteral("routes[0].backend: unsupported scheme \"ftp\""),
        QStringLiteral("routes[0].timeouts.drainMs: must be at least 1"),
        QStringLiteral("routes[1].path: must start with \"/\""),
        QStringLiteral("routes[1].injectHeaders.x-a: environment variable ONE is not set"),
        QStringLiteral("routes[1].injectHeaders.x-a: environment variable TWO is not set"),
    };
    QCOMPARE(describe(ConfigValidator::validate(config, testEnv()).errors), expected);
    QCOMPARE(describe(loadWritten(config).errors), expected);
}

void tst_ConfigValidator::loadedConfigValidatesAsLoaded()
{
    const QByteArray json = R"({
      "listen": { "address": "127.0.0.1", "port": 9000, "hostAliases": ["Airlock.Local"], "allowRemote": true },
      "demo": { "enabled": true, "address": "10.0.0.9", "port": 9001 },
      "routes": [
        { "path": "/vm1/", "backend": "ws://10.0.0.5:7681/", "allowedOrigins": ["*"],
          "injectHeaders": { "x-terminal-token": "${env:TOKEN}", "x-e": "${env:EMPTY}" },
          "stripHeaders": ["Cookie", "cookie"], "tls": { "insecure": true }, "subprotocol": "fixed:tty",
          "closeCodes": { "4001": "permanent" }, "health": { "kind": "ws", "path": "/h" } },
        { "path": "/b", "backend": "tcp://h:5900", "upstreamProxy": "http://u:p@proxy:3128",
          "health": { "kind": "tcp" } }
      ]
    })";
    const ConfigLoadResult loaded = ConfigLoader::fromJson(json, testEnv());
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.errors).join(u'\n')));
    QCOMPARE(loaded.warnings.size(), 4);
    const ConfigReport report = ConfigValidator::validate(loaded.config, testEnv());
    QVERIFY2(report.ok(), qPrintable(describe(report.errors).join(u'\n')));
    QCOMPARE(report.warnings, loaded.warnings);
}

QTEST_GUILESS_MAIN(tst_ConfigValidator)
#include "tst_configvalidator.moc"
