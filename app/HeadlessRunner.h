#pragma once

#include "config/Config.h"

#include <QObject>

namespace airlock {

class DemoBackend;
class EventHub;
class HandshakeLog;
class JsonLinesWriter;
class ProxyServer;

// Runs the proxy without a display: records go to stdout or a file as JSON lines; SIGINT/SIGTERM
// close WebSocket sessions with 1001 and end the process with status 0.
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessRunner(Config config, QObject* parent = nullptr);
    ~HeadlessRunner() override;

    // Returns false (with a message) if the proxy or the demo backend cannot start.
    bool start(const QString& logFile, QString* error);

private:
    bool startDemo(QString* note, QString* error);
    void installSignalHandlers();
    void stop();

    Config m_config;
    EventHub* m_hub = nullptr;
    JsonLinesWriter* m_writer = nullptr;
    HandshakeLog* m_log = nullptr;
    DemoBackend* m_demo = nullptr;
    ProxyServer* m_server = nullptr;
    bool m_stopping = false;
};

} // namespace airlock
