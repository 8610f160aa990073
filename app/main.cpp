#include "ExportCommand.h"
#include "HeadlessRunner.h"
#include "ProbeCommand.h"

#include "config/ConfigLoader.h"
#include "gui/DesktopSession.h"
#include "gui/DisplayCheck.h"
#include "gui/Language.h"
#include "gui/desktop/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHostAddress>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTextStream>

#include <functional>

using namespace airlock;

namespace {

// Translation context for the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Airlock's language: --lang, else the one chosen in the window (View > Language), else the system's.
void installTranslations(QCoreApplication& app)
{
    const QSettings settings;
    const QString code = Language::requested(app.arguments(), settings.value(Language::settingsKey()).toString());
    if (!Language::install(Language::localeFor(code)) && !code.isEmpty())
        QTextStream(stderr) << "airlock: no translation for language \"" << code << "\"; using English\n";
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
        // Ties the window to its desktop file (the Wayland app id, the dock's icon and name).
        QGuiApplication::setDesktopFileName(QStringLiteral(AIRLOCK_APP_ID));
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
    QCommandLineOption language{QStringLiteral("lang"),
                                Cli::tr("Speak LANGUAGE (en, de, fr) instead of the system's or the chosen one."),
                                QStringLiteral("LANGUAGE")};
    QCommandLineOption checkConfig{QStringLiteral("check-config"),
                                   Cli::tr("Check FILE, print every problem and exit (0 = valid)."),
                                   QStringLiteral("FILE")};
    QCommandLineOption minimized{QStringLiteral("minimized"),
                                 Cli::tr("Start in the tray without showing the window (when there is a tray); "
                                         "when Airlock already runs, leave its window as it is.")};

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
        parser.addOptions({headless, configFile, listen, allowRemote, logFile, language, checkConfig, minimized});
    }

    // Parses the command line and answers --check-config. Returns -1 to go on, else the exit status.
    int parse(QCoreApplication& app)
    {
        parser.process(app);
        if (parser.isSet(checkConfig)) {
            QTextStream err(&messages);
            const QString checked = parser.value(checkConfig);
            const ConfigLoadResult result = ConfigLoader::fromFile(checked, QProcessEnvironment::systemEnvironment());
            const int status = printConfigErrors(result, checked, err);
            if (status == 0)
                err << Cli::tr("%1: ok (%n routes)", nullptr, int(result.config.routes.size())).arg(checked) << '\n';
            err.flush();
            QTextStream(stderr) << messages;
            return status;
        }
        path = parser.value(configFile);
        if (path.isEmpty())
            path = ConfigLoader::defaultConfigPath();
        return -1;
    }

    // Parses the command line and loads the config. Returns -1 to go on, else the exit status.
    int load(QCoreApplication& app)
    {
        if (const int status = parse(app); status >= 0)
            return status;
        return loadConfig();
    }

    // Loads the config file parse() found (creating the default one on first run). Returns -1 to go on, else
    // the exit status.
    int loadConfig()
    {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // What loadConfig() reports goes to stderr and stays in messages (the window shows it in a dialog).
        QTextStream err(&messages);
        const auto finish = [&err, this](int status) {
            err.flush();
            QTextStream(stderr) << messages;
            return status;
        };

        if (parser.value(configFile).isEmpty()) {
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

// Started from a menu, nobody reads stderr: say it in a window too. Not on the offscreen platform (tests),
// where nobody could close it.
void showStartError(const QString& message)
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;
    QMessageBox::critical(nullptr, Cli::tr("Airlock cannot start"), message.trimmed());
}

int runWindow(QApplication& app)
{
    Startup startup;
    if (const int status = startup.parse(app); status >= 0)
        return status;

    // One desktop app per user, settled before anything binds the proxy's port. Headless instances never
    // come here: they may run beside it.
    SingleInstance instance(SingleInstance::defaultDirectory(), SingleInstance::defaultName());
    const bool raise = !startup.parser.isSet(startup.minimized);
    QTextStream err(stderr);
    switch (instance.start(startup.path, raise)) {
    case SingleInstance::Outcome::Primary:
        break;
    case SingleInstance::Outcome::Activated:
        err << (raise ? Cli::tr("Airlock is already running; activated its window")
                      : Cli::tr("Airlock is already running; left its window as it is"))
            << Qt::endl;
        return 0;
    case SingleInstance::Outcome::DifferentConfig: {
        const QString message =
            Cli::tr("Airlock is already running with the configuration file %1, not %2.\n"
                    "Quit it first, or run a second proxy without a window: airlock --headless --config %2")
                .arg(instance.runningConfig(), SingleInstance::canonicalConfigPath(startup.path));
        err << "airlock: " << message << Qt::endl;
        showStartError(message);
        return 2;
    }
    case SingleInstance::Outcome::Failed:
        // Better a second window than none: the port, if busy, shows in its status bar.
        err << Cli::tr("airlock: warning: cannot check for a running instance: %1").arg(instance.error()) << Qt::endl;
        break;
    }

    if (const int status = startup.loadConfig(); status >= 0) {
        if (status != 0)
            showStartError(startup.messages);
        return status;
    }
    DesktopSession desktop(startup.config, startup.path, startup.overrides);
    desktop.setSingleInstance(&instance);
    desktop.setStartMinimized(startup.parser.isSet(startup.minimized));
    return desktop.run();
}

} // namespace
