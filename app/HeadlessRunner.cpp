#include "HeadlessRunner.h"

#include "config/ConfigLoader.h"
#include "config/RouteOrigin.h"
#include "gui/UnixSignalWatcher.h"
#include "http/SecretClassifier.h"
#include "observe/EventHub.h"
#include "observe/JsonLinesWriter.h"
#include "service/ProxyService.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

namespace airlock {

namespace {
// Records go to stdout unless a file is set ("-" is stdout too).
bool logsToStdout(const Config& config)
{
    return config.log.file.isEmpty() || config.log.file == QLatin1String("-");
}

Config prepared(Config config, const std::function<void(Config&)>& overrides)
{
    if (overrides)
        overrides(config);
    if (logsToStdout(config))
        config.log.file.clear();
    return config;
}
} // namespace

HeadlessRunner::HeadlessRunner(Config config, QString configPath, std::function<void(Config&)> overrides,
                               QObject* parent)
    : QObject(parent)
    , m_configPath(std::move(configPath))
    , m_overrides(std::move(overrides))
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_service(new ProxyService(prepared(std::move(config), m_overrides), this, m_environment))
{}

HeadlessRunner::~HeadlessRunner() = default;

bool HeadlessRunner::start(QString* error)
{
    // Without a file the service's log keeps records in memory only; stdout gets them as they come.
    if (m_service->config().log.file.isEmpty()) {
        m_writer = new JsonLinesWriter(this);
        m_writer->openStdout();
        connect(m_service->eventHub(), &EventHub::recordsReady, m_writer, &JsonLinesWriter::write);
    }
    if (!m_service->start()) {
        *error = m_service->errorString();
        return false;
    }
    connect(m_service, &ProxyService::stopped, this, [] { QCoreApplication::exit(0); });
    installSignalHandlers();

    QTextStream err(stderr);
    const Config served = m_service->servedConfig();
    // Each route on its own origin (http://NAME.localhost:PORT) when its name allows one.
    const auto base = [this](const RouteConfig& route) {
        return RouteOrigin::url(route, m_service->address(), m_service->port())
            .adjusted(QUrl::RemovePath)
            .toString(QUrl::FullyEncoded);
    };
    err << tr("Airlock %1 listening on %2:%3 (%n worker threads)", nullptr, m_service->workerCount())
               .arg(QCoreApplication::applicationVersion(), m_service->address().toString())
               .arg(m_service->port())
        << '\n';
    for (const RouteConfig& route : served.routes)
        err << tr("  route %1: %2%3 -> %4")
                   .arg(route.name, base(route), route.path, SecretClassifier::redactedUrl(route.backend))
            << '\n';
    if (const quint16 demoPort = m_service->demoPort()) {
        for (const RouteConfig& route : served.routes) {
            if (route.backend.port() == demoPort)
                err << tr("  demo page: %1%2/ (demo backend on port %3)").arg(base(route), route.path).arg(demoPort)
                    << '\n';
        }
    }
    const quint16 configuredDemoPort = m_service->config().demo.port;
    if (m_service->demoPort() && configuredDemoPort && m_service->demoPort() != configuredDemoPort)
        err << tr("  demo.port %1 is in use, so the demo backend runs on port %2 instead")
                   .arg(configuredDemoPort)
                   .arg(m_service->demoPort())
            << '\n';
    err.flush();
    return true;
}

void HeadlessRunner::installSignalHandlers()
{
    auto* watcher = new UnixSignalWatcher(this);
    connect(watcher, &UnixSignalWatcher::received, this, &HeadlessRunner::onSignal);
    watcher->watch({SIGINT, SIGTERM, SIGHUP});
}

void HeadlessRunner::onSignal(int signal)
{
    if (signal == SIGHUP)
        reload();
    else
        stop();
}

void HeadlessRunner::reload()
{
    QTextStream err(stderr);
    if (m_stopping)
        return;
    const ConfigLoadResult loaded = ConfigLoader::fromFile(m_configPath, m_environment);
    QList<ConfigError> errors = loaded.errors;
    if (errors.isEmpty())
        errors = m_service->applyConfig(prepared(loaded.config, m_overrides));
    if (!errors.isEmpty()) {
        err << tr("Airlock: cannot reload %1, keeping the running configuration:").arg(m_configPath) << '\n';
        for (const ConfigError& error : std::as_const(errors))
            err << "  " << error.toString() << '\n';
        err.flush();
        return;
    }
    for (const QString& warning : loaded.warnings)
        err << tr("%1: warning: %2").arg(m_configPath, warning) << '\n';
    err << tr("Airlock: reloaded %1 (%n routes), listening on %2:%3", nullptr, int(loaded.config.routes.size()))
               .arg(m_configPath, m_service->address().toString())
               .arg(m_service->port())
        << '\n';
    err.flush();
}

void HeadlessRunner::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    QTextStream(stderr) << tr("Airlock: stopping, closing sessions with 1001") << '\n';
    m_service->stop();
}

} // namespace airlock
