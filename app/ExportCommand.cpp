#include "ExportCommand.h"

#include "config/ConfigLoader.h"
#include "observe/HarExport.h"
#include "observe/PrivateFile.h"
#include "observe/RequestLog.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSet>
#include <QTextStream>

namespace airlock {

int ExportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export recorded sessions as HAR 1.2 (secrets are already redacted)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export-har"), tr("The export command."));
    const QCommandLineOption log(QStringLiteral("log"), tr("JSON-lines log to read (default: the config's log.file)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption config(QStringLiteral("config"), tr("Configuration whose log.file to read."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption session(QStringLiteral("session"), tr("Only this session id (repeatable)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Write to FILE instead of stdout."), QStringLiteral("FILE"));
    parser.addOptions({log, config, session, out});
    parser.process(arguments);

    QTextStream err(stderr);
    LogConfig logConfig;
    if (parser.isSet(log)) {
        logConfig.file = parser.value(log);
        // The log may have been rotated with any keepFiles: read every numbered file next to it.
        int rotated = 0;
        while (rotated < 100000 && QFile::exists(logConfig.file + u'.' + QString::number(rotated + 1)))
            ++rotated;
        logConfig.keepFiles = qMax(logConfig.keepFiles, rotated);
    } else {
        const QString path = parser.isSet(config) ? parser.value(config) : ConfigLoader::defaultConfigPath();
        const ConfigLoadResult loaded = ConfigLoader::fromFile(path, QProcessEnvironment::systemEnvironment());
        if (!loaded.ok()) {
            err << tr("airlock export-har: cannot load %1: %2").arg(path, loaded.errors.value(0).toString()) << '\n';
            return 1;
        }
        logConfig = loaded.config.log;
    }
    if (logConfig.file.isEmpty() || !QFile::exists(logConfig.file)) {
        err << tr("airlock export-har: no log file to read (set log.file or pass --log)") << '\n';
        return 1;
    }
    QString error;
    QList<QJsonObject> records = RequestLog::readFiles(logConfig.file, logConfig.keepFiles, &error);
    if (!error.isEmpty())
        err << tr("airlock export-har: warning: %1").arg(error) << '\n';
    const QStringList wanted = parser.values(session);
    if (!wanted.isEmpty()) {
        const QSet<QString> ids(wanted.begin(), wanted.end());
        records.removeIf(
            [&](const QJsonObject& r) { return !ids.contains(r.value(QStringLiteral("session")).toString()); });
    }
    const QByteArray har = QJsonDocument(HarExport::fromRecords(records)).toJson(QJsonDocument::Indented);
    if (parser.isSet(out)) {
        // With capture on a HAR holds keystrokes: private like the log it comes from.
        QFile file;
        QString cause;
        if (!PrivateFile::open(file, parser.value(out), PrivateFile::Mode::Truncate, &cause)) {
            err << tr("airlock export-har: cannot write %1").arg(cause) << '\n';
            return 1;
        }
        if (file.write(har) != har.size()) {
            err << tr("airlock export-har: cannot write %1: %2").arg(parser.value(out), file.errorString()) << '\n';
            return 1;
        }
    } else {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return 1;
        stdoutFile.write(har);
    }
    err << tr("airlock export-har: %n entries", nullptr, int(records.size())) << '\n';
    return 0;
}

} // namespace airlock
