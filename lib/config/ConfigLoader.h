#pragma once

#include "config/ConfigLoadResult.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace airlock {

// Reads the JSON config into Config, checking every value. All problems are collected (each with
// its JSON path) rather than stopping at the first, so one run shows everything to fix. The keys come
// from ConfigSchema's tables and the checks from ConfigChecks, which ConfigValidator runs too; Config
// keeps what the file spelled (${env:} references, file names, which keys) for ConfigWriter.
class ConfigLoader
{
public:
    // Relative file names (tls.caFile, log.file) are taken as they are, relative to the working directory.
    static ConfigLoadResult fromJson(const QByteArray& json, const QProcessEnvironment& env);
    // Relative file names are resolved against the config file's directory. An unreadable file is an
    // error with an empty path. The result's fingerprint lets ConfigWriter::save see later changes on disk.
    static ConfigLoadResult fromFile(const QString& path, const QProcessEnvironment& env);

    // <generic config dir>/airlock/airlock.json; independent of the application name.
    static QString defaultConfigPath();
    // The first-run config: the demo backend enabled and one route "demo" at /demo leading to it, whose page
    // is http://demo.localhost:PORT/demo/ and which allows no other origin.
    static QByteArray defaultConfigJson();
    // Creates the directories and the default file when path does not exist; never overwrites.
    // Returns true when the file exists afterwards.
    static bool ensureDefaultConfig(const QString& path, QString* error);
};

} // namespace airlock
