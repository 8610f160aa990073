#pragma once

#include "BenchTarget.h"
#include "ClientConnection.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QCoreApplication;

namespace airlock::bench {

// Command line of airlock-bench. Every scenario is bounded by a count and a time limit.
struct BenchOptions
{
    quint16 directPort = 0;  // the echo backend, 0 = no direct runs
    quint16 airlockPort = 0; // a running Airlock routing `path` to that backend, 0 = no proxied runs
    qint64 airlockPid = 0;
    qint64 echoPid = 0;
    quint16 websockifyPort = 0; // websockify bridging to a TCP echo, for the bridge scenarios; 0 = none
    qint64 websockifyPid = 0;
    QByteArray path = "/echo";
    // More targets by name (--target), after direct, websockify and airlock, in the order given.
    QList<BenchTarget> targets;
    QStringList scenarios;
    ClientConnection::Kind client = ClientConnection::Kind::Raw;

    int connections = 4;
    int messageBytes = 64 * 1024;
    int durationMs = 5000;
    int throughputWindow = 1;
    int oneWayWindow = 8; // one-way-up: messages queued in the client per connection
    QList<int> rttSizes = {16, 1024};
    int rttCount = 5000;
    int rateBytes = 32;
    int rateWindow = 64;
    int handshakes = 2000;
    int handshakeParallel = 16;
    int idleSessions = 1000;
    int idleEchoBytes = 4096; // then one echo of this size per idle session, 0 = none
    int idleHoldMs = 0;       // keep the idle sessions open this long after measuring
    // Upper bound for a count-limited scenario (round trips, handshakes, opening idle sessions).
    int maxScenarioMs = 60000;
    int bridgeWindow = 256 * 1024;     // bridge-throughput: bytes in flight per connection
    QByteArray subprotocol = "binary"; // offered by the bridge scenarios ("" = none)

    QString jsonFile; // "-" = stdout

    // NAME=PORT[,pid=PID][,path=PATH][,tcp]; false on a malformed one.
    static bool parseTarget(const QString& spec, const QByteArray& defaultPath, BenchTarget* out);

    // In the order they run: idle-memory first, so that memory freed by other scenarios is not reused.
    static QStringList allScenarios();
    // What runs without --scenarios: all but the bridge scenarios, which need a tcp:// route.
    static QStringList defaultScenarios();
    // Parses the command line (exits on --help); false with a message on a bad value.
    static bool parse(const QCoreApplication& app, BenchOptions* out, QString* error);
    QJsonObject toJson() const;
};

} // namespace airlock::bench
