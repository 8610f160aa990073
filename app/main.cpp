#include "ExportCommand.h"
#include "HeadlessRunner.h"
#include "ProbeCommand.h"

#include "config/ConfigLoader.h"
#include "gui/DesktopSession.h"
#include "gui/DisplayCheck.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTranslator>

#include <functional>

using namespace airlock;

namespace {

// Translation context for the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Loads the user's language for Airlock's own messages and Qt's (both optional).
void installTranslations(QCoreApplication& app)
{
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("airlock"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int printConfigErrors(const ConfigLoadResult& result, const QString& path, QTextStream& err)
{
    for (const QString& warning : result.warnings)
        err << Cli::tr("%1: warning: %2").arg(path, warning) << '\n';
    for (const ConfigError& error : result.errors)
        err << path << ": " << error.toString() << '\n';
    return result.ok() ? 0 : 2;
}

// "127.0.0.1:8765", "[::1]:8765" or ":8765" (keeps the configured address).
bool applyListenOverride(const QString& value, ListenConfig& listen, QString* error)
{
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon < 0) {
        *error = Cli::tr("--listen: expected ADDRESS:PORT, got \"%1\"").arg(value);
        return false;
    }
    QString host = value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535) {
        *error = Cli::tr("--listen: invalid port in \"%1\"").arg(value);
        return false;
    }
    if (!host.isEmpty()) {
        if (QHostAddress(host).isNull()) {
            *error = Cli::tr("--listen: \"%1\" is not an IP address").arg(host);
            return false;
        }
        listen.address = host;
    }
    listen.port = quint16(port);
    return true;
}

enum class Mode { Window, Headless, Probe, ExportHar };

// The mode comes from the raw arguments, before any application object exists: the window needs a
// QApplication where the other modes keep a QCoreApplication (and need no display).
Mode modeOf(int argc, char* argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "probe") == 0)
        return Mode::Probe;
    if (argc > 1 && qstrcmp(argv[1], "export-har") == 0)
        return Mode::ExportHar;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        // Asking for help, the version or a config check needs no window either.
        if (arg == "--headless" || arg == "--check-config" || arg.startsWith("--check-config=") || arg == "--help" ||
            arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return Mode::Headless;
    }
    return Mode::Window;
}

// Sessions run on worker threads with Qt's own Unix event dispatcher: it costs about 14 % less CPU per
// forwarded message than the GLib one (bench/run.sh, message-rate). mainThreadToo is for the modes without
// a display; a window keeps the platform's default dispatcher on its thread (tray and D-Bus rely on it).
// Setting either variable to an empty value keeps GLib.
void useUnixEventDispatcher(bool mainThreadToo)
{
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
    if (mainThreadToo && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

void setUpApplication(QCoreApplication& app)
{
    QCoreApplication::setApplicationName(QStringLiteral("airlock"));
    // Window settings go next to the config: ~/.config/airlock/airlock.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("airlock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRLOCK_VERSION));
    installTranslations(app);
}

int runHeadless(QCoreApplication& app);
int runWindow(QApplication& app);

} // namespace

int main(int argc, char* argv[])
{
    const Mode mode = modeOf(argc, argv);
    if (mode == Mode::Window) {
        QString why;
        if (!DisplayCheck::available(&why)) {
            QTextStream(stderr) << "airlock: " << why << '\n'
                                << Cli::tr("airlock: to run the proxy without a window, start it with --headless")
                                << '\n';
            return 3;
        }
        useUnixEventDispatcher(false);
        QApplication app(argc, argv);
        setUpApplication(app);
        return runWindow(app);
    }
    useUnixEventDispatcher(true);
    QCoreApplication app(argc, argv);
    setUpApplication(app);
    switch (mode) {
    case Mode::Probe:
        return ProbeCommand::run(app, QCoreApplication::arguments());
    case Mode::ExportHar:
        return ExportCommand::run(QCoreApplication::arguments());
    case Mode::Window:
    case Mode::Headless:
        break;
    }
    return runHeadless(app);
}

namespace {

// The options headless mode and the window share, and the config they lead to.
struct Startup
{
    QCommandLineParser parser;
    QCommandLineOption headless{QStringLiteral("headless"), Cli::tr("Run without a display.")};
    QCommandLineOption configFile{
        QStringLiteral("config"),
        Cli::tr("Configuration file (default: %1, created on first run).").arg(ConfigLoader::defaultConfigPath()),
        QStringLiteral("FILE")};
    QCommandLineOption listen{QStringLiteral("listen"), Cli::tr("Listen on ADDR:PORT instead of the config's."),
                              QStringLiteral("ADDR:PORT")};
    QCommandLineOption allowRemote{QStringLiteral("allow-remote"),
                                   Cli::tr("Allow listening on a non-loopback address (not recommended).")};
    QCommandLineOption logFile{QStringLiteral("log"), Cli::tr("Append session records to FILE instead of stdout."),
                               QStringLiteral("FILE")};
    QCommandLineOption minimized{
        QStringLiteral("minimized"),
        Cli::tr("Start in the system tray without showing the window (when there is a tray).")};
    QCommandLineOption checkConfig{QStringLiteral("check-config"),
                                   Cli::tr("Check FILE, print every problem and exit (0 = valid)."),
                                   QStringLiteral("FILE")};

    QString path;
    Config config;                          // the file's config with the command line's settings applied
    std::function<void(Config&)> overrides; // the command line's settings, for every reload
    QString messages;                       // errors and warnings load() printed

    Startup()
    {
        parser.setApplicationDescription(
            Cli::tr("Airlock: a loopback WebSocket and HTTP proxy for browser terminals and remote machines.\n"
                    "Opens its window, or runs headless with --headless (records of every session then go to "
                    "stdout as JSON lines)."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({headless, configFile, listen, allowRemote, logFile, minimized, checkConfig});
    }

    // Parses the command line and loads the config. Returns -1 to go on, else the exit status.
    int load(QCoreApplication& app)
    {
        parser.process(app);
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // What load() reports goes to stderr and stays in messages (the window shows it in a dialog).
        QTextStream err(&messages);
        const auto finish = [&err, this](int status) {
            err.flush();
            QTextStream(stderr) << messages;
            return status;
        };

        if (parser.isSet(checkConfig)) {
            const QString checked = parser.value(checkConfig);
            const ConfigLoadResult result = ConfigLoader::fromFile(checked, environment);
            const int status = printConfigErrors(result, checked, err);
            if (status == 0)
                err << Cli::tr("%1: ok (%n routes)", nullptr, int(result.config.routes.size())).arg(checked) << '\n';
            return finish(status);
        }

        path = parser.value(configFile);
        if (path.isEmpty()) {
            path = ConfigLoader::defaultConfigPath();
            QString error;
            if (!ConfigLoader::ensureDefaultConfig(path, &error)) {
                err << "airlock: " << error << '\n';
                return finish(2);
            }
        }
        const ConfigLoadResult loaded = ConfigLoader::fromFile(path, environment);
        if (printConfigErrors(loaded, path, err) != 0) {
            err << Cli::tr("airlock: refusing to start with configuration errors") << '\n';
            return finish(2);
        }
        // The command line's settings, applied to the file's config now and to every reload.
        const QString listenValue = parser.value(listen);
        const bool remote = parser.isSet(allowRemote);
        const QString logValue = parser.value(logFile);
        overrides = [listenValue, remote, logValue](Config& config) {
            QString ignored; // checked below, before the first use
            if (!listenValue.isEmpty())
                applyListenOverride(listenValue, config.listen, &ignored);
            if (remote)
                config.listen.allowRemote = true;
            if (!logValue.isEmpty())
                config.log.file = logValue;
        };
        if (!listenValue.isEmpty()) {
            ListenConfig checked;
            QString error;
            if (!applyListenOverride(listenValue, checked, &error)) {
                err << "airlock: " << error << '\n';
                return finish(2);
            }
        }
        config = loaded.config;
        overrides(config);
        const QHostAddress address(config.listen.address);
        if (!address.isLoopback()) {
            if (!config.listen.allowRemote) {
                err << Cli::tr("airlock: refusing to listen on non-loopback address %1 without --allow-remote")
                           .arg(config.listen.address)
                    << '\n';
                return finish(2);
            }
            err << Cli::tr("airlock: warning: listening on %1, which other machines can reach; routes are open to them")
                       .arg(config.listen.address)
                << '\n';
        }
        return finish(-1);
    }
};

int runHeadless(QCoreApplication& app)
{
    Startup startup;
    if (const int status = startup.load(app); status >= 0)
        return status;
    HeadlessRunner runner(startup.config, startup.path, startup.overrides);
    QString error;
    if (!runner.start(&error)) {
        QTextStream(stderr) << "airlock: " << error << '\n';
        return 1;
    }
    return app.exec();
}

int runWindow(QApplication& app)
{
    Startup startup;
    if (const int status = startup.load(app); status >= 0) {
        // Started from a menu, nobody reads stderr: say it in a window too.
        if (status != 0)
            QMessageBox::critical(nullptr, Cli::tr("Airlock cannot start"), startup.messages.trimmed());
        return status;
    }
    DesktopSession desktop(startup.config, startup.path, startup.overrides);
    desktop.setStartMinimized(startup.parser.isSet(startup.minimized));
    return desktop.run();
}

} // namespace
