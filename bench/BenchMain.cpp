#include "BenchOptions.h"
#include "BridgeRoundTripScenario.h"
#include "BridgeThroughputScenario.h"
#include "EchoLoadScenario.h"
#include "HandshakeScenario.h"
#include "IdleMemoryScenario.h"
#include "OneWayScenario.h"
#include "ResultTable.h"
#include "RoundTripScenario.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

#include <memory>

using namespace airlock::bench;

namespace {

std::unique_ptr<Scenario> makeScenario(const QString& name, const BenchOptions& options)
{
    if (name == QLatin1String("throughput"))
        return std::make_unique<EchoLoadScenario>(EchoLoadScenario::Kind::Throughput, options);
    if (name == QLatin1String("one-way-down"))
        return std::make_unique<OneWayScenario>(OneWayScenario::Direction::Down, options);
    if (name == QLatin1String("one-way-up"))
        return std::make_unique<OneWayScenario>(OneWayScenario::Direction::Up, options);
    if (name == QLatin1String("message-rate"))
        return std::make_unique<EchoLoadScenario>(EchoLoadScenario::Kind::MessageRate, options);
    if (name == QLatin1String("round-trip"))
        return std::make_unique<RoundTripScenario>(options);
    if (name == QLatin1String("bridge-throughput"))
        return std::make_unique<BridgeThroughputScenario>(options);
    if (name == QLatin1String("bridge-round-trip"))
        return std::make_unique<BridgeRoundTripScenario>(options);
    if (name == QLatin1String("handshake"))
        return std::make_unique<HandshakeScenario>(options);
    return std::make_unique<IdleMemoryScenario>(options);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("airlock-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRLOCK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    BenchOptions options;
    QString error;
    if (!BenchOptions::parse(app, &options, &error)) {
        err << "airlock-bench: " << error << '\n';
        return 2;
    }
    QList<BenchTarget> targets;
    if (options.directPort)
        targets.append({QStringLiteral("direct"), options.directPort, options.path, 0, false});
    if (options.websockifyPort)
        targets.append(
            {QStringLiteral("websockify"), options.websockifyPort, options.path, options.websockifyPid, false});
    if (options.airlockPort)
        targets.append({QStringLiteral("airlock"), options.airlockPort, options.path, options.airlockPid, false});
    targets += options.targets;

    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QList<BenchResult> results;
    bool failed = false;
    for (const QString& name : std::as_const(options.scenarios)) {
        const std::unique_ptr<Scenario> scenario = makeScenario(name, options);
        // Interleaved per scenario, so drift on a shared machine hits both columns alike.
        for (const BenchTarget& target : std::as_const(targets)) {
            err << "airlock-bench: " << name << " against " << target.name << " (127.0.0.1:" << target.port << ")\n";
            err.flush();
            const QList<BenchResult> run = scenario->run(target);
            for (const BenchResult& r : run) {
                if (!r.error.isEmpty()) {
                    failed = true;
                    err << "airlock-bench:   " << r.variant << ": " << r.error << '\n';
                }
            }
            results += run;
        }
    }

    QStringList targetNames;
    for (const BenchTarget& t : std::as_const(targets))
        targetNames.append(t.name);
    out << '\n' << ResultTable::render(results, targetNames);
    out.flush();

    if (!options.jsonFile.isEmpty()) {
        QJsonArray targetList;
        for (const BenchTarget& t : std::as_const(targets)) {
            QJsonObject o{{QStringLiteral("name"), t.name},
                          {QStringLiteral("port"), t.port},
                          {QStringLiteral("path"), QString::fromLatin1(t.path)}};
            if (t.plainTcp)
                o.insert(QStringLiteral("tcp"), true);
            if (t.pid > 0)
                o.insert(QStringLiteral("pid"), t.pid);
            targetList.append(o);
        }
        QJsonArray list;
        for (const BenchResult& r : std::as_const(results))
            list.append(r.toJson());
        const QJsonObject document{
            {QStringLiteral("tool"), QStringLiteral("airlock-bench")},
            {QStringLiteral("version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODate)},
            {QStringLiteral("cpus"), QThread::idealThreadCount()},
            {QStringLiteral("options"), options.toJson()},
            {QStringLiteral("targets"), targetList},
            {QStringLiteral("results"), list},
        };
        const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Indented);
        if (options.jsonFile == QLatin1String("-")) {
            out << json;
        } else {
            QFile file(options.jsonFile);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
                err << "airlock-bench: cannot write " << options.jsonFile << '\n';
                return 1;
            }
        }
    }
    return failed ? 1 : 0;
}
