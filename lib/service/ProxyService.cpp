#include "service/ProxyService.h"

#include "config/ConfigValidator.h"
#include "demo/DemoBackend.h"
#include "health/HealthMonitor.h"
#include "health/HealthSnapshot.h"
#include "observe/EventHub.h"
#include "observe/LogCategories.h"
#include "observe/RequestLog.h"
#include "proxy/ProxyContext.h"
#include "proxy/ProxyRuntime.h"
#include "proxy/ProxyServer.h"
#include "ws/CloseCodeRules.h"

namespace airlock {

namespace {

// A reason a user can act on, not the socket layer's wording.
QString listenFailure(const ListenConfig& listen, QAbstractSocket::SocketError error, const QString& detail)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return QStringLiteral("port %1 on %2 is already in use").arg(listen.port).arg(listen.address);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return QStringLiteral("address %1 does not belong to this machine").arg(listen.address);
    case QAbstractSocket::SocketAccessError:
        return QStringLiteral("no permission to listen on port %1").arg(listen.port);
    default:
        return detail;
    }
}

bool isLoopbackHost(const QString& host)
{
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

} // namespace

ProxyService::ProxyService(Config config, QObject* parent, const QProcessEnvironment& environment)
    : QObject(parent)
    , m_config(std::move(config))
    , m_environment(environment)
    , m_runtime(std::make_shared<ProxyRuntime>(m_config.limits))
    , m_hub(new EventHub(this))
    , m_log(new RequestLog(10000, m_config.limits.captureBytesTotal, this))
    , m_health(new HealthMonitor({}, environment, this))
{
    qRegisterMetaType<airlock::ProxyService::State>();
    qRegisterMetaType<airlock::Statistics>();
    connect(m_hub, &EventHub::recordsReady, m_log, &RequestLog::append);
    connect(m_health, &HealthMonitor::checked, this, &ProxyService::publishHealth);
    connect(m_hub, &EventHub::sessionsUpdated, this, &ProxyService::onSessionsUpdated);
    connect(m_hub, &EventHub::recordsReady, this, &ProxyService::scheduleStatistics);
    m_statisticsTimer.setSingleShot(true);
    connect(&m_statisticsTimer, &QTimer::timeout, this, &ProxyService::publishStatistics);
    m_lastStatistics = statistics();
}

// Sessions post records to the hub from the worker threads: the server (and with it every worker thread)
// goes first, then the hub hands on what they posted, then the rest.
ProxyService::~ProxyService()
{
    delete std::exchange(m_server, nullptr);
    m_hub->flush();
    delete std::exchange(m_demo, nullptr);
    delete m_health;
    delete m_log;
    delete m_hub;
}

Config ProxyService::servedConfig() const
{
    return m_server ? m_server->context()->config() : m_config;
}

QHostAddress ProxyService::address() const
{
    return m_server ? m_server->address() : QHostAddress();
}

quint16 ProxyService::port() const
{
    return m_server ? m_server->port() : 0;
}

int ProxyService::workerCount() const
{
    return m_server ? m_server->workerCount() : 0;
}

quint16 ProxyService::demoPort() const
{
    return m_demo ? m_demo->port() : 0;
}

Metrics& ProxyService::metrics() const
{
    return m_runtime->metrics();
}

bool ProxyService::start()
{
    if (m_state == State::Running || m_state == State::Starting)
        return m_state == State::Running;
    if (m_state == State::Stopping) {
        m_restartPending = true;
        return false;
    }
    m_error.clear();
    setState(State::Starting);

    const QList<ConfigError> errors = validate(m_config);
    if (!errors.isEmpty()) {
        QStringList reasons;
        for (const ConfigError& error : errors)
            reasons.append(error.toString());
        return fail(reasons.join(QStringLiteral("; ")));
    }
    QString error;
    // The file is the log's source of truth: it is opened once, and records of past runs come back from it.
    if (!m_logOpened && !m_config.log.file.isEmpty()) {
        if (!m_log->openFile(m_config.log, &error))
            return fail(error);
        m_logOpened = true;
    }
    if (m_config.demo.enabled) {
        m_demo = startDemo(m_config.demo, &error);
        if (!m_demo)
            return fail(error);
    }
    const Config served = withDemo(m_config, m_demo);
    m_runtime->applyLimits(served.limits);
    m_server = new ProxyServer(std::make_shared<ProxyContext>(served, m_hub, m_environment, m_runtime), this);
    connect(m_server, &ProxyServer::stopped, this, &ProxyService::onServerStopped);
    if (!m_server->listen(&error))
        return fail(listenFailure(served.listen, m_server->listenError(), error));
    followRoutes(served.routes);
    m_health->start();
    setState(State::Running);
    emit listening(m_server->address(), m_server->port());
    return true;
}

bool ProxyService::fail(const QString& error)
{
    qCDebug(lcService) << "cannot start:" << error;
    // No session ever started on this server: its threads end at once.
    delete std::exchange(m_server, nullptr);
    delete std::exchange(m_demo, nullptr);
    m_error = error;
    setState(State::Failed);
    emit failed(error);
    return false;
}

void ProxyService::stop(int graceMs)
{
    if (m_state != State::Running) {
        if (m_state != State::Stopping)
            m_restartPending = false;
        return;
    }
    m_restartPending = false;
    setState(State::Stopping);
    m_health->stop();
    m_server->shutdown(graceMs);
}

void ProxyService::onServerStopped()
{
    // Called from the server's own signal: it is deleted once that returns.
    std::exchange(m_server, nullptr)->deleteLater();
    delete std::exchange(m_demo, nullptr);
    m_hub->flush();
    // The workers reported their last ends before their threads ended; whatever is left is gone too.
    if (!m_sessions.isEmpty()) {
        const QList<quint64> ended = m_sessions.keys();
        m_sessions.clear();
        emit sessionsUpdated({}, ended);
    }
    scheduleStatistics();
    setState(State::Stopped);
    emit stopped();
    if (std::exchange(m_restartPending, false))
        start();
}

QList<ConfigError> ProxyService::applyConfig(const Config& config)
{
    QList<ConfigError> errors = validate(config);
    if (!errors.isEmpty())
        return errors;
    if (m_state != State::Running) {
        m_config = config;
        return {};
    }

    // Everything that can fail comes first, while the old config is still served untouched.
    const Config& current = m_server->context()->config();
    const bool demoChanged = config.demo.enabled != m_config.demo.enabled ||
                             config.demo.address != m_config.demo.address || config.demo.port != m_config.demo.port;
    DemoBackend* demo = m_demo;
    QString error;
    if (demoChanged && config.demo.enabled) {
        demo = startDemo(config.demo, &error);
        if (!demo)
            return {{QStringLiteral("demo"), error}};
    } else if (demoChanged) {
        demo = nullptr;
    }
    const Config served = withDemo(config, demo);
    auto context = std::make_shared<ProxyContext>(served, m_hub, m_environment, m_runtime);
    const bool rebind = served.listen.address != current.listen.address || served.listen.port != current.listen.port;
    if (rebind && !m_server->rebind(served.listen, &error)) {
        if (demo != m_demo)
            delete demo;
        return {{QStringLiteral("listen"), listenFailure(served.listen, m_server->listenError(), error)}};
    }

    m_runtime->applyLimits(served.limits);
    m_server->setContext(std::move(context));
    if (demo != m_demo) {
        if (m_demo)
            m_demo->retire();
        m_demo = demo;
    }
    followRoutes(served.routes);
    m_config = config;
    qCDebug(lcService) << "applied a config with" << served.routes.size() << "routes";
    if (rebind)
        emit listening(m_server->address(), m_server->port());
    return {};
}

void ProxyService::followRoutes(const QList<RouteConfig>& routes)
{
    const QStringList before = m_health->routeNames();
    m_health->setRoutes(routes);
    const QStringList after = m_health->routeNames();
    for (const QString& route : before) {
        if (!after.contains(route))
            m_runtime->metrics().removeBackendHealth(route);
    }
    for (const QString& route : after)
        publishHealth(route, m_health->snapshot(route));
}

void ProxyService::publishHealth(const QString& route, const HealthSnapshot& snapshot)
{
    m_runtime->metrics().setBackendHealth(route, HealthSnapshot::gaugeValue(snapshot.state), snapshot.toJson());
    scheduleStatistics();
}

bool ProxyService::closeSession(quint64 id, quint16 code, const QString& reason)
{
    if (m_state != State::Running || !CloseCodeRules::maySend(code))
        return false;
    m_server->closeSession(id, code, CloseCodeRules::truncateReason(reason.toUtf8()));
    return true;
}

void ProxyService::onSessionsUpdated(const QList<SessionSnapshot>& snapshots, const QList<quint64>& endedIds)
{
    for (const SessionSnapshot& snapshot : snapshots)
        m_sessions.insert(snapshot.id, snapshot);
    for (quint64 id : endedIds)
        m_sessions.remove(id);
    emit sessionsUpdated(snapshots, endedIds);
    scheduleStatistics();
}

Statistics ProxyService::statistics() const
{
    return m_runtime->metrics().statistics();
}

// Counters move with records, sessions and health results, which all arrive in batches: each batch asks
// for a look, and the looks are spaced out.
void ProxyService::scheduleStatistics()
{
    if (m_statisticsTimer.isActive())
        return;
    const qint64 since = m_statisticsEmitted.isValid() ? m_statisticsEmitted.elapsed() : statisticsIntervalMs;
    m_statisticsTimer.start(int(qMax<qint64>(0, statisticsIntervalMs - since)));
}

void ProxyService::publishStatistics()
{
    Statistics now = statistics();
    if (now == m_lastStatistics)
        return;
    m_lastStatistics = now;
    m_statisticsEmitted.start();
    emit statisticsChanged(m_lastStatistics);
}

// The demo is there so that a first launch works: a port already taken by something else must not stop
// it. Then the demo runs on a free port and the routes that point at the configured one follow it (in
// memory only; the file is left as the user wrote it).
DemoBackend* ProxyService::startDemo(const DemoConfig& config, QString* error)
{
    const QHostAddress address(config.address);
    auto demo = std::make_unique<DemoBackend>(this);
    if (demo->listen(address, config.port, error))
        return demo.release();
    QString ignored;
    if (config.port == 0 || !demo->listen(address, 0, &ignored))
        return nullptr;
    error->clear();
    qCDebug(lcService) << "demo.port" << config.port << "is in use; the demo backend runs on port" << demo->port();
    return demo.release();
}

Config ProxyService::withDemo(const Config& config, const DemoBackend* demo) const
{
    Config served = config;
    if (!demo || demo->port() == config.demo.port)
        return served;
    for (RouteConfig& route : served.routes) {
        if (route.backend.port() == config.demo.port && isLoopbackHost(route.backend.host()))
            route.backend.setPort(demo->port());
    }
    return served;
}

void ProxyService::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcService) << m_state << "->" << state;
    m_state = state;
    emit stateChanged(state);
}

QList<ConfigError> ProxyService::validate(const Config& config) const
{
    // Warnings are the caller's to show: the loader prints them for a file, the route editor beside its fields.
    return ConfigValidator::validate(config, m_environment).errors;
}

} // namespace airlock
