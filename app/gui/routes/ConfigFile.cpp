#include "gui/routes/ConfigFile.h"

#include "config/ConfigFingerprint.h"
#include "config/ConfigLoader.h"
#include "config/ConfigWriter.h"

#include <QDir>
#include <QFileInfo>

namespace airlock {

ConfigFile::ConfigFile(QString path, QObject* parent, const QProcessEnvironment& env)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_env(env)
{
    // A save by rename replaces the file: the watch on it ends, the directory's tells us to watch again.
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ConfigFile::onWatcherChange);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ConfigFile::onWatcherChange);
    watch();
}

QString ConfigFile::baseDir() const
{
    return QFileInfo(m_path).absolutePath();
}

bool ConfigFile::load()
{
    ConfigLoadResult result = ConfigLoader::fromFile(m_path, m_env);
    m_loadErrors = result.errors;
    if (!result.ok()) {
        m_error = tr("%1 has errors; the routes shown are the ones loaded before.").arg(m_path);
        watch();
        return false;
    }
    m_config = std::move(result.config);
    m_fingerprint = result.fingerprint;
    m_announced.clear();
    m_error.clear();
    m_loaded = true;
    watch();
    emit loaded();
    return true;
}

bool ConfigFile::save(const Config& config)
{
    if (isChangedOnDisk()) {
        m_error = tr("Not saved: %1 was changed by another program since Airlock read it. Reload it, or keep "
                     "your version and apply again to replace it.")
                      .arg(m_path);
        return false;
    }
    const ConfigSaveResult result = ConfigWriter::save(config, m_path, m_fingerprint);
    if (!result.ok) {
        m_error = tr("Not saved: %1").arg(result.error);
        return false;
    }
    m_config = config;
    m_fingerprint = result.fingerprint;
    m_announced.clear();
    m_error.clear();
    m_loaded = true;
    watch();
    emit saved();
    return true;
}

bool ConfigFile::isChangedOnDisk() const
{
    QByteArray current;
    QString error;
    if (!ConfigFingerprint::ofFile(m_path, &current, &error))
        return true; // unreadable now: not what we loaded
    return current != m_fingerprint;
}

void ConfigFile::keepMine()
{
    QByteArray current;
    QString error;
    if (ConfigFingerprint::ofFile(m_path, &current, &error))
        m_fingerprint = current;
    m_announced.clear();
}

void ConfigFile::onWatcherChange()
{
    watch();
    QByteArray current;
    QString error;
    if (!ConfigFingerprint::ofFile(m_path, &current, &error) || current.isEmpty())
        return; // gone for a moment (a rename in progress) or unreadable: wait for the next change
    // Our own save left the fingerprint we hold; one outside change is reported once.
    if (current == m_fingerprint || current == m_announced)
        return;
    m_announced = current;
    emit changedOnDisk();
}

void ConfigFile::watch()
{
    const QString dir = baseDir();
    if (!m_watcher.directories().contains(dir) && QFileInfo(dir).isDir())
        m_watcher.addPath(dir);
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

} // namespace airlock
