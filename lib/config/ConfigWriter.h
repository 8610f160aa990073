#pragma once

#include "config/Config.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace airlock {

struct ConfigSaveResult
{
    bool ok = false;
    QString error;          // why nothing was written
    QByteArray fingerprint; // of the content now on disk: the expected fingerprint of the next save
};

// Writes a Config back to the JSON ConfigLoader reads, so that it loads to an equal Config. It writes what
// the user wrote: ${env:NAME} references (never the secrets they expand to), file names as spelled
// (relative ones stay relative while they name the same file), and only the keys the file had or whose
// value differs from the default.
class ConfigWriter
{
public:
    // baseDir: the directory the JSON will live in (relative file names are relative to it); empty when
    // unknown, then file names are written as they were spelled.
    static QJsonObject toJsonObject(const Config& config, const QString& baseDir = QString());
    static QByteArray toJson(const Config& config, const QString& baseDir = QString());

    // Replaces path atomically (a temporary file, then a rename), keeping the file's permissions; a new
    // file is readable by its owner only, as it may hold credentials. expectedFingerprint is what the file
    // held when it was loaded (ConfigLoadResult::fingerprint), or empty for a file that must not exist yet:
    // a file changed on disk since is not overwritten.
    static ConfigSaveResult save(const Config& config, const QString& path, const QByteArray& expectedFingerprint);
};

} // namespace airlock
