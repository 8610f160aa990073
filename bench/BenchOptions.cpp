#include "BenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace airlock::bench {

namespace {

bool toInt(const QString& text, int min, int max, int* out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

QStringList BenchOptions::allScenarios()
{
    return defaultScenarios() + QStringList{QStringLiteral("bridge-throughput"), QStringLiteral("bridge-round-trip")};
}

QStringList BenchOptions::defaultScenarios()
{
    return {QStringLiteral("idle-memory"), QStringLiteral("one-way-down"), QStringLiteral("one-way-up"),
            QStringLiteral("throughput"),  QStringLiteral("round-trip"),   QStringLiteral("message-rate"),
            QStringLiteral("handshake")};
}

bool BenchOptions::parse(const QCoreApplication& app, BenchOptions* out, QString* error)
{
    BenchOptions o;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load generator for Airlock's WebSocket data path. Runs each scenario straight against the echo backend "
        "(--direct) and through Airlock (--airlock), then prints a comparison table and JSON. The bridge "
        "scenarios count bytes instead of messages: run them against websockify (--websockify) and an Airlock "
        "tcp:// route (--airlock --path) that bridge to the same TCP echo."));
    parser.addHelpOption();
    auto option = [&parser](const char* name, const QString& help, const char* valueName, const QString& value) {
        const QCommandLineOption opt(QLatin1String(name), help, QLatin1String(valueName), value);
        parser.addOption(opt);
        return opt;
    };
    const auto direct = option("direct", QStringLiteral("Port of the echo backend on 127.0.0.1."), "PORT", {});
    const auto airlock =
        option("airlock", QStringLiteral("Port of an Airlock on 127.0.0.1 routing --path to it."), "PORT", {});
    const auto airlockPid =
        option("airlock-pid", QStringLiteral("Airlock's PID (CPU time, idle-memory scenario)."), "PID", {});
    const auto echoPid = option("echo-pid", QStringLiteral("The echo backend's PID (CPU time)."), "PID", {});
    const auto websockify =
        option("websockify", QStringLiteral("Port of websockify on 127.0.0.1 (bridge scenarios)."), "PORT", {});
    const auto websockifyPid =
        option("websockify-pid", QStringLiteral("websockify's PID (CPU time, with its children)."), "PID", {});
    const QCommandLineOption target(
        QStringLiteral("target"),
        QStringLiteral("Another target (repeatable): NAME=PORT[,pid=PID][,path=PATH][,tcp], e.g. nginx=8080,pid=42 "
                       "or direct-tcp=9000,tcp (plain TCP: the bridge scenarios' direct column)."),
        QStringLiteral("SPEC"));
    parser.addOption(target);
    const auto path = option("path", QStringLiteral("Request path (default /echo)."), "PATH", QStringLiteral("/echo"));
    const auto scenarios = option("scenarios",
                                  QStringLiteral("Comma-separated subset of: %1 (default: all but the bridge ones).")
                                      .arg(allScenarios().join(u',')),
                                  "LIST", defaultScenarios().join(u','));
    const auto client = option("client", QStringLiteral("Client implementation: raw (default) or qt (QWebSocket)."),
                               "KIND", QStringLiteral("raw"));
    const auto connections = option("connections", QStringLiteral("Connections for throughput and message rate."), "N",
                                    QString::number(o.connections));
    const auto messageBytes = option("message-bytes", QStringLiteral("Throughput message size in bytes."), "BYTES",
                                     QString::number(o.messageBytes));
    const auto duration = option("duration-ms", QStringLiteral("Measured time of throughput and message rate."), "MS",
                                 QString::number(o.durationMs));
    const auto throughputWindow =
        option("throughput-window", QStringLiteral("Throughput messages in flight per connection."), "N",
               QString::number(o.throughputWindow));
    const auto oneWayWindow =
        option("one-way-window", QStringLiteral("one-way-up: messages queued in the client per connection."), "N",
               QString::number(o.oneWayWindow));
    const auto rttSizes = option("rtt-sizes", QStringLiteral("Round-trip message sizes in bytes, comma-separated."),
                                 "LIST", QStringLiteral("16,1024"));
    const auto rttCount =
        option("rtt-count", QStringLiteral("Round trips measured per size."), "N", QString::number(o.rttCount));
    const auto rateBytes = option("rate-bytes", QStringLiteral("Message-rate message size in bytes."), "BYTES",
                                  QString::number(o.rateBytes));
    const auto rateWindow = option("rate-window", QStringLiteral("Message-rate messages in flight per connection."),
                                   "N", QString::number(o.rateWindow));
    const auto handshakes =
        option("handshakes", QStringLiteral("Handshakes per handshake variant."), "N", QString::number(o.handshakes));
    const auto handshakeParallel = option("handshake-parallel", QStringLiteral("Handshakes in flight (parallel)."), "N",
                                          QString::number(o.handshakeParallel));
    const auto idleSessions = option("idle-sessions", QStringLiteral("Idle sessions opened through Airlock."), "N",
                                     QString::number(o.idleSessions));
    const auto idleEcho =
        option("idle-echo-bytes", QStringLiteral("Then echo one message of BYTES on each idle session (0 = skip)."),
               "BYTES", QString::number(o.idleEchoBytes));
    const auto idleHold =
        option("idle-hold-ms", QStringLiteral("Keep the idle sessions open this long after measuring (to inspect)."),
               "MS", QString::number(o.idleHoldMs));
    const auto maxMs = option("max-scenario-ms", QStringLiteral("Time limit of a count-bounded scenario."), "MS",
                              QString::number(o.maxScenarioMs));
    const auto bridgeWindow =
        option("bridge-window", QStringLiteral("bridge-throughput: bytes in flight per connection."), "BYTES",
               QString::number(o.bridgeWindow));
    const auto subprotocol =
        option("subprotocol", QStringLiteral("Subprotocol the bridge scenarios offer (default binary; \"\" = none)."),
               "NAME", QString::fromLatin1(o.subprotocol));
    const auto json = option("json", QStringLiteral("Write the results as JSON to FILE (- = stdout)."), "FILE", {});
    parser.process(app);

    int value = 0;
    auto port = [&](const QCommandLineOption& opt, quint16* target) {
        if (!parser.isSet(opt))
            return true;
        if (!toInt(parser.value(opt), 1, 65535, &value))
            return false;
        *target = quint16(value);
        return true;
    };
    auto number = [&](const QCommandLineOption& opt, int min, int max, int* target) {
        return toInt(parser.value(opt), min, max, target);
    };
    auto pid = [&](const QCommandLineOption& opt, qint64* target) {
        if (!parser.isSet(opt))
            return true;
        bool ok = false;
        *target = parser.value(opt).toLongLong(&ok);
        return ok && *target > 0;
    };
    struct Check
    {
        bool ok;
        const char* name;
    };
    const Check checks[] = {
        {port(direct, &o.directPort), "--direct"},
        {port(airlock, &o.airlockPort), "--airlock"},
        {pid(airlockPid, &o.airlockPid), "--airlock-pid"},
        {pid(echoPid, &o.echoPid), "--echo-pid"},
        {port(websockify, &o.websockifyPort), "--websockify"},
        {pid(websockifyPid, &o.websockifyPid), "--websockify-pid"},
        {number(connections, 1, 1000, &o.connections), "--connections"},
        {number(messageBytes, 1, 64 * 1024 * 1024, &o.messageBytes), "--message-bytes"},
        {number(duration, 100, 600000, &o.durationMs), "--duration-ms"},
        {number(throughputWindow, 1, 1024, &o.throughputWindow), "--throughput-window"},
        {number(oneWayWindow, 1, 1024, &o.oneWayWindow), "--one-way-window"},
        {number(rttCount, 1, 10000000, &o.rttCount), "--rtt-count"},
        {number(rateBytes, 1, 65536, &o.rateBytes), "--rate-bytes"},
        {number(rateWindow, 1, 100000, &o.rateWindow), "--rate-window"},
        {number(handshakes, 1, 1000000, &o.handshakes), "--handshakes"},
        {number(handshakeParallel, 1, 1000, &o.handshakeParallel), "--handshake-parallel"},
        {number(idleSessions, 1, 100000, &o.idleSessions), "--idle-sessions"},
        {number(idleEcho, 0, 16 * 1024 * 1024, &o.idleEchoBytes), "--idle-echo-bytes"},
        {number(idleHold, 0, 3600000, &o.idleHoldMs), "--idle-hold-ms"},
        {number(maxMs, 1000, 3600000, &o.maxScenarioMs), "--max-scenario-ms"},
        {number(bridgeWindow, 1, 64 * 1024 * 1024, &o.bridgeWindow), "--bridge-window"},
    };
    for (const Check& check : checks) {
        if (!check.ok) {
            *error = QStringLiteral("invalid value for %1").arg(QLatin1String(check.name));
            return false;
        }
    }
    o.path = parser.value(path).toLatin1();
    if (!o.path.startsWith('/')) {
        *error = QStringLiteral("--path must start with /");
        return false;
    }
    for (const QString& spec : parser.values(target)) {
        BenchTarget t;
        if (!parseTarget(spec, o.path, &t)) {
            *error = QStringLiteral("invalid --target \"%1\" (NAME=PORT[,pid=PID][,path=PATH][,tcp])").arg(spec);
            return false;
        }
        o.targets.append(t);
    }
    if (!o.directPort && !o.airlockPort && !o.websockifyPort && o.targets.isEmpty()) {
        *error = QStringLiteral("give --direct PORT, --websockify PORT, --airlock PORT, --target SPEC or several");
        return false;
    }
    const QString kind = parser.value(client);
    if (kind == QLatin1String("qt"))
        o.client = ClientConnection::Kind::Qt;
    else if (kind != QLatin1String("raw")) {
        *error = QStringLiteral("--client must be raw or qt");
        return false;
    }
    o.rttSizes.clear();
    for (const QString& size : parser.value(rttSizes).split(u',', Qt::SkipEmptyParts)) {
        if (!toInt(size.trimmed(), 1, 16 * 1024 * 1024, &value)) {
            *error = QStringLiteral("invalid value for --rtt-sizes");
            return false;
        }
        o.rttSizes.append(value);
    }
    QStringList wanted;
    for (const QString& name : parser.value(scenarios).split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!allScenarios().contains(trimmed)) {
            *error = QStringLiteral("unknown scenario \"%1\"").arg(trimmed);
            return false;
        }
        wanted.append(trimmed);
    }
    for (const QString& name : allScenarios()) {
        if (wanted.contains(name))
            o.scenarios.append(name);
    }
    o.subprotocol = parser.value(subprotocol).toLatin1();
    o.jsonFile = parser.value(json);
    *out = o;
    return true;
}

bool BenchOptions::parseTarget(const QString& spec, const QByteArray& defaultPath, BenchTarget* out)
{
    const qsizetype equals = spec.indexOf(u'=');
    if (equals <= 0)
        return false;
    BenchTarget t;
    t.name = spec.first(equals);
    t.path = defaultPath;
    const QStringList parts = spec.sliced(equals + 1).split(u',');
    int port = 0;
    if (!toInt(parts.value(0), 1, 65535, &port))
        return false;
    t.port = quint16(port);
    for (const QString& part : parts.sliced(1)) {
        bool ok = true;
        if (part == QLatin1String("tcp"))
            t.plainTcp = true;
        else if (part.startsWith(QLatin1String("pid=")))
            t.pid = part.sliced(4).toLongLong(&ok);
        else if (part.startsWith(QLatin1String("path=/")))
            t.path = part.sliced(5).toLatin1();
        else
            ok = false;
        if (!ok || t.pid < 0)
            return false;
    }
    *out = t;
    return true;
}

QJsonObject BenchOptions::toJson() const
{
    QJsonArray sizes;
    for (int size : rttSizes)
        sizes.append(size);
    return {
        {QStringLiteral("client"), client == ClientConnection::Kind::Qt ? QStringLiteral("qt") : QStringLiteral("raw")},
        {QStringLiteral("path"), QString::fromLatin1(path)},
        {QStringLiteral("scenarios"), QJsonArray::fromStringList(scenarios)},
        {QStringLiteral("connections"), connections},
        {QStringLiteral("messageBytes"), messageBytes},
        {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("throughputWindow"), throughputWindow},
        {QStringLiteral("oneWayWindow"), oneWayWindow},
        {QStringLiteral("rttSizes"), sizes},
        {QStringLiteral("rttCount"), rttCount},
        {QStringLiteral("rateBytes"), rateBytes},
        {QStringLiteral("rateWindow"), rateWindow},
        {QStringLiteral("handshakes"), handshakes},
        {QStringLiteral("handshakeParallel"), handshakeParallel},
        {QStringLiteral("idleSessions"), idleSessions},
        {QStringLiteral("idleEchoBytes"), idleEchoBytes},
        {QStringLiteral("idleHoldMs"), idleHoldMs},
        {QStringLiteral("maxScenarioMs"), maxScenarioMs},
        {QStringLiteral("bridgeWindow"), bridgeWindow},
        {QStringLiteral("subprotocol"), QString::fromLatin1(subprotocol)},
    };
}

} // namespace airlock::bench
