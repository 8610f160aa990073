#pragma once

#include "config/Config.h"
#include "config/ConfigError.h"
#include "observe/SessionSnapshot.h"
#include "observe/Statistics.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>

namespace airlock {

class DemoBackend;
class EventHub;
class RequestLog;
class HealthMonitor;
struct HealthSnapshot;
class Metrics;
class ProxyRuntime;
class ProxyServer;

// The engine, one per process; the desktop app and headless mode both drive it. Owns the proxy server and
// its worker threads, the event hub, the request log, the health monitor and the demo backend, and tears
// them down in an order where no session outlives the hub it reports to. Counters, session ids, the
// capture budget, the handshake rate limiter and health history live as long as the service: a stop, a
// start or an applied config keeps them. Lives in the thread that creates it (the GUI or main thread) and
// never blocks it for longer than it takes to bind a socket.
class ProxyService : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    explicit ProxyService(Config config, QObject* parent = nullptr,
                          const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    ~ProxyService() override;

    State state() const { return m_state; }
    // The config last given (constructor or applyConfig), as given: see servedConfig().
    const Config& config() const { return m_config; }
    // What the running proxy serves: config() with routes to the demo port following the demo backend
    // when that port was taken and the demo runs on another one.
    Config servedConfig() const;
    // Why the last start failed (also sent with failed()).
    QString errorString() const { return m_error; }

    // Starts the demo backend (when enabled), listens and starts the workers. Running (with listening())
    // or Failed (with failed()) is reached before it returns; true when Running. During Stopping the
    // start follows once the stop has finished.
    bool start();
    // Stops accepting, closes WebSocket sessions with 1001 and lets HTTP exchanges end, cutting what is
    // left after graceMs. Returns at once; stopped() follows. Does nothing unless Running.
    void stop(int graceMs = 3000);
    // Checks config first and returns every problem without changing anything. Otherwise new connections
    // use it at once while open sessions finish on the config they started with; a changed listen address
    // or port re-binds (its failure is returned, and changes nothing); health checks follow the routes.
    // limits.workerThreads takes effect at the next start(); the log file stays the one opened first.
    // When not running, the config is kept for the next start.
    QList<ConfigError> applyConfig(const Config& config);

    QHostAddress address() const;
    quint16 port() const;
    int workerCount() const;
    // The port the demo backend listens on; 0 when it is not running. It differs from config().demo.port
    // when that port was taken: the demo then runs on a free one (see servedConfig()).
    quint16 demoPort() const;

    // The open sessions as the latest batches showed them, in id order; empty when stopped.
    QList<SessionSnapshot> sessions() const { return m_sessions.values(); }
    // Closes the session with this id on its worker thread (see ProxySession::closeByRequest): WebSocket
    // and bridge sessions get a close frame with code and reason (cut to what a close frame holds), HTTP
    // connections close after the current exchange. False when not running or the code may not be sent
    // (1005, 1006, 1015, out of range); an unknown id is ignored.
    bool closeSession(quint64 id, quint16 code = 1001, const QString& reason = {});
    // Every counter now; statisticsChanged() follows changes, at most twice a second.
    Statistics statistics() const;

    EventHub* eventHub() const { return m_hub; }
    RequestLog* requestLog() const { return m_log; }
    HealthMonitor* healthMonitor() const { return m_health; }
    Metrics& metrics() const;

signals:
    void stateChanged(airlock::ProxyService::State state);
    void listening(const QHostAddress& address, quint16 port);
    void failed(const QString& error);
    void stopped();
    // One batch from the workers, on this thread: new or changed sessions, and the ids that ended.
    void sessionsUpdated(const QList<airlock::SessionSnapshot>& snapshots, const QList<quint64>& endedIds);
    void statisticsChanged(const airlock::Statistics& statistics);

private:
    // ConfigValidator's checks, in the loader's paths and sentences.
    QList<ConfigError> validate(const Config& config) const;
    DemoBackend* startDemo(const DemoConfig& demo, QString* error);
    Config withDemo(const Config& config, const DemoBackend* demo) const;
    void followRoutes(const QList<RouteConfig>& routes);
    void publishHealth(const QString& route, const HealthSnapshot& snapshot);
    bool fail(const QString& error);
    void onServerStopped();
    void setState(State state);
    void onSessionsUpdated(const QList<SessionSnapshot>& snapshots, const QList<quint64>& endedIds);
    void scheduleStatistics();
    void publishStatistics();

    Config m_config;
    QProcessEnvironment m_environment;
    std::shared_ptr<ProxyRuntime> m_runtime;
    EventHub* m_hub;
    RequestLog* m_log;
    HealthMonitor* m_health;
    ProxyServer* m_server = nullptr;
    DemoBackend* m_demo = nullptr;
    State m_state = State::Stopped;
    QString m_error;
    bool m_logOpened = false;
    bool m_restartPending = false;
    QMap<quint64, SessionSnapshot> m_sessions;
    // statisticsChanged: checked after each batch of records or sessions and each health result, at most
    // every statisticsIntervalMs, and emitted only when something changed.
    static constexpr int statisticsIntervalMs = 500;
    QTimer m_statisticsTimer;
    QElapsedTimer m_statisticsEmitted;
    Statistics m_lastStatistics;
};

} // namespace airlock
