#pragma once

#include "config/Config.h"
#include "config/ConfigError.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

namespace airlock {

// The config file the Routes view edits: the Config last loaded or saved and the fingerprint of the content
// it came from, so a save never overwrites a change made elsewhere. Watches the file (also when an editor
// replaces it by a rename) and says when it changed on disk, but not for our own saves.
class ConfigFile : public QObject
{
    Q_OBJECT
public:
    explicit ConfigFile(QString path, QObject* parent = nullptr,
                        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    QString path() const { return m_path; }
    const QProcessEnvironment& environment() const { return m_env; }
    // The directory relative file names in the config are taken from.
    QString baseDir() const;
    bool isLoaded() const { return m_loaded; }
    // As the file holds it, without the command line's overrides.
    const Config& config() const { return m_config; }
    QByteArray fingerprint() const { return m_fingerprint; }
    // Why the last load or save failed, in plain words; empty after a success.
    QString errorString() const { return m_error; }
    QList<ConfigError> loadErrors() const { return m_loadErrors; }

    // Reads the file; on errors the previous config stays and loadErrors() lists the problems.
    bool load();
    // Writes config atomically; refuses (false, errorString()) when the file changed on disk since it was
    // loaded or saved.
    bool save(const Config& config);
    // True when the file's content differs from what was last loaded or saved.
    bool isChangedOnDisk() const;
    // Keep the edited config over the outside change: the next save may replace what is on disk now.
    void keepMine();

signals:
    // The file changed on disk and not by our own save.
    void changedOnDisk();
    void loaded();
    void saved();

private:
    void onWatcherChange();
    void watch();

    QString m_path;
    QProcessEnvironment m_env;
    Config m_config;
    QByteArray m_fingerprint;
    QString m_error;
    QList<ConfigError> m_loadErrors;
    bool m_loaded = false;
    QByteArray m_announced; // fingerprint of the outside change already reported
    QFileSystemWatcher m_watcher;
};

} // namespace airlock
