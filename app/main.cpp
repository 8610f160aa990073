#include "ExportCommand.h"
#include "HeadlessRunner.h"
#include "ProbeCommand.h"

#include "config/ConfigLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTranslator>

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

int printConfigErrors(const ConfigLoadResult& result, const QString& path)
{
    QTextStream err(stderr);
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

} // namespace

int main(int argc, char* argv[])
{
    // Every mode runs without a display, so there is no GLib-based library to share a main loop with; Qt's
    // own Unix event dispatcher (main and worker threads) costs about 14 % less CPU per forwarded message
    // than the GLib one (bench/run.sh, message-rate). Setting QT_NO_GLIB to an empty value keeps GLib.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("airlock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRLOCK_VERSION));
    installTranslations(app);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("probe"))
        return ProbeCommand::run(app, arguments);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("export-har"))
        return ExportCommand::run(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Airlock: a loopback WebSocket and HTTP proxy for browser terminals and remote machines.\n"
                "Runs the proxy headless; records of every session go to stdout as JSON lines."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(QStringLiteral("headless"), Cli::tr("Run without a display."));
    const QCommandLineOption configFile(
        QStringLiteral("config"),
        Cli::tr("Configuration file (default: %1, created on first run).").arg(ConfigLoader::defaultConfigPath()),
        QStringLiteral("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"), Cli::tr("Listen on ADDR:PORT instead of the config's."),
                                    QStringLiteral("ADDR:PORT"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         Cli::tr("Allow listening on a non-loopback address (not recommended)."));
    const QCommandLineOption logFile(
        QStringLiteral("log"), Cli::tr("Append session records to FILE instead of stdout."), QStringLiteral("FILE"));
    const QCommandLineOption checkConfig(QStringLiteral("check-config"),
                                         Cli::tr("Check FILE, print every problem and exit (0 = valid)."),
                                         QStringLiteral("FILE"));
    parser.addOptions({headless, configFile, listen, allowRemote, logFile, checkConfig});
    parser.process(app);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QTextStream err(stderr);

    if (parser.isSet(checkConfig)) {
        const QString path = parser.value(checkConfig);
        const ConfigLoadResult result = ConfigLoader::fromFile(path, environment);
        const int status = printConfigErrors(result, path);
        if (status == 0)
            err << Cli::tr("%1: ok (%n routes)", nullptr, int(result.config.routes.size())).arg(path) << '\n';
        return status;
    }

    QString path = parser.value(configFile);
    if (path.isEmpty()) {
        path = ConfigLoader::defaultConfigPath();
        QString error;
        if (!ConfigLoader::ensureDefaultConfig(path, &error)) {
            err << "airlock: " << error << '\n';
            return 2;
        }
    }
    ConfigLoadResult loaded = ConfigLoader::fromFile(path, environment);
    if (printConfigErrors(loaded, path) != 0) {
        err << Cli::tr("airlock: refusing to start with configuration errors") << '\n';
        return 2;
    }
    Config config = loaded.config;
    if (parser.isSet(listen)) {
        QString error;
        if (!applyListenOverride(parser.value(listen), config.listen, &error)) {
            err << "airlock: " << error << '\n';
            return 2;
        }
    }
    if (parser.isSet(allowRemote))
        config.listen.allowRemote = true;
    const QHostAddress address(config.listen.address);
    if (!address.isLoopback()) {
        if (!config.listen.allowRemote) {
            err << Cli::tr("airlock: refusing to listen on non-loopback address %1 without --allow-remote")
                       .arg(config.listen.address)
                << '\n';
            return 2;
        }
        err << Cli::tr("airlock: warning: listening on %1, which other machines can reach; routes are open to them")
                   .arg(config.listen.address)
            << '\n';
    }

    // The desktop window is a separate component; this build runs the proxy headless either way.
    Q_UNUSED(headless);
    HeadlessRunner runner(config);
    QString error;
    if (!runner.start(parser.value(logFile), &error)) {
        err << "airlock: " << error << '\n';
        return 1;
    }
    return app.exec();
}
