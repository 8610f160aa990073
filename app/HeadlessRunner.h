#pragma once

#include "config/Config.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>

namespace airlock {

class JsonLinesWriter;
class ProxyService;

// Runs the proxy without a display, as a thin shell over ProxyService: records go to stdout or a file as
// JSON lines; SIGINT/SIGTERM close WebSocket sessions with 1001 and end the process with status 0; SIGHUP
// reloads the config file (its errors are logged and the running config is kept).
// Lives in the main thread, where UnixSignalWatcher delivers the signals.
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    // overrides applies the command line's settings (--listen, --log, ...) to a config read from
    // configPath; it is applied again to every reload.
    HeadlessRunner(Config config, QString configPath, std::function<void(Config&)> overrides,
                   QObject* parent = nullptr);
    ~HeadlessRunner() override;

    // Returns false (with a message) if the proxy or the demo backend cannot start.
    bool start(QString* error);

private:
    void installSignalHandlers();
    void onSignal(int signal);
    void reload();
    void stop();

    QString m_configPath;
    std::function<void(Config&)> m_overrides;
    QProcessEnvironment m_environment;
    ProxyService* m_service;
    JsonLinesWriter* m_writer = nullptr;
    bool m_stopping = false;
};

} // namespace airlock
