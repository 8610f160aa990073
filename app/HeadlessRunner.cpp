#include "HeadlessRunner.h"

#include "demo/DemoBackend.h"
#include "observe/EventHub.h"
#include "observe/HandshakeLog.h"
#include "observe/JsonLinesWriter.h"
#include "proxy/ProxyServer.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace airlock {

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
} // namespace

HeadlessRunner::HeadlessRunner(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

HeadlessRunner::~HeadlessRunner() = default;

bool HeadlessRunner::start(const QString& logFile, QString* error)
{
    m_hub = new EventHub(this);
    // Records go to stdout, or to a rotating JSON-lines file (the log's source of truth) when one is set.
    LogConfig log = m_config.log;
    if (!logFile.isEmpty())
        log.file = logFile;
    if (log.file.isEmpty() || log.file == QLatin1String("-")) {
        m_writer = new JsonLinesWriter(this);
        m_writer->openStdout();
        connect(m_hub, &EventHub::recordsReady, m_writer, &JsonLinesWriter::write);
    } else {
        m_log = new HandshakeLog(10000, m_config.limits.captureBytesTotal, this);
        if (!m_log->openFile(log, error))
            return false;
        connect(m_hub, &EventHub::recordsReady, m_log, &HandshakeLog::append);
    }

    QString demoNote;
    if (m_config.demo.enabled && !startDemo(&demoNote, error))
        return false;
    m_server = new ProxyServer(m_config, m_hub, this);
    if (!m_server->listen(error))
        return false;
    connect(m_server, &ProxyServer::stopped, this, [this] {
        m_hub->flush();
        QCoreApplication::exit(0);
    });
    installSignalHandlers();

    QTextStream err(stderr);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    err << tr("Airlock %1 listening on %2:%3 (%n worker threads)", nullptr, m_server->workerCount())
               .arg(QCoreApplication::applicationVersion(), m_server->address().toString())
               .arg(m_server->port())
        << '\n';
    for (const RouteConfig& route : std::as_const(m_config.routes))
        err << tr("  route %1: %2%3 -> %4").arg(route.name, base, route.path, route.backend.toString()) << '\n';
    if (m_demo) {
        for (const RouteConfig& route : std::as_const(m_config.routes)) {
            if (route.backend.port() == m_demo->port())
                err << tr("  demo page: %1%2/ (demo backend on port %3)").arg(base, route.path).arg(m_demo->port())
                    << '\n';
        }
    }
    if (!demoNote.isEmpty())
        err << demoNote << '\n';
    err.flush();
    return true;
}

// The demo is there so that a first launch works: a port already taken by something else must not stop
// it. Then the demo runs on a free port and the routes that point at the configured one follow it (in
// memory only; the file is left as the user wrote it).
bool HeadlessRunner::startDemo(QString* note, QString* error)
{
    const QHostAddress address(m_config.demo.address);
    const quint16 configured = m_config.demo.port;
    m_demo = new DemoBackend(this);
    if (m_demo->listen(address, configured, error))
        return true;
    QString ignored;
    if (configured == 0 || !m_demo->listen(address, 0, &ignored))
        return false;
    error->clear();
    for (RouteConfig& route : m_config.routes) {
        const bool local =
            route.backend.host() == QLatin1String("localhost") || QHostAddress(route.backend.host()).isLoopback();
        if (route.backend.port() == configured && local)
            route.backend.setPort(m_demo->port());
    }
    *note =
        tr("  demo.port %1 is in use, so the demo backend runs on port %2 instead").arg(configured).arg(m_demo->port());
    return true;
}

void HeadlessRunner::installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        stop();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void HeadlessRunner::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    QTextStream(stderr) << tr("Airlock: stopping, closing sessions with 1001") << '\n';
    m_server->shutdown();
}

} // namespace airlock
