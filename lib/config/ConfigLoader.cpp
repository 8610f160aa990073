#include "config/ConfigLoader.h"

#include "config/ConfigFingerprint.h"
#include "config/ConfigReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>

namespace airlock {

namespace {

ConfigLoadResult load(const QByteArray& json, const QProcessEnvironment& env, const QString& baseDir)
{
    ConfigReader reader(env, baseDir);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.error(
            QString(),
            QStringLiteral("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
        return reader.take();
    }
    if (!document.isObject()) {
        reader.error(QString(), QStringLiteral("expected a JSON object at the top level"));
        return reader.take();
    }
    reader.read(document.object());
    return reader.take();
}

} // namespace

ConfigLoadResult ConfigLoader::fromJson(const QByteArray& json, const QProcessEnvironment& env)
{
    return load(json, env, QString());
}

ConfigLoadResult ConfigLoader::fromFile(const QString& path, const QProcessEnvironment& env)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigLoadResult result;
        result.errors.append({QString(), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())});
        return result;
    }
    const QByteArray content = file.readAll();
    ConfigLoadResult result = load(content, env, QFileInfo(path).absolutePath());
    result.fingerprint = ConfigFingerprint::of(content);
    return result;
}

QString ConfigLoader::defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/airlock/airlock.json");
}

QByteArray ConfigLoader::defaultConfigJson()
{
    const Config defaults;
    const QString listenAddress = defaults.listen.address;
    const QString demoAddress = defaults.demo.address;
    // The demo page is served through the route on its own origin, http://demo.localhost:PORT, which the
    // route allows implicitly: no other page, not even another route's, may open the demo's WebSocket.
    const QString json = QStringLiteral(R"({
  "listen": { "address": "%1", "port": %2, "hostAliases": [], "allowRemote": false, "sameUserOnly": true },
  "limits": { "maxHeaderBytes": %3, "maxRequestLineBytes": %4, "headTimeoutMs": %5, "maxSessions": %6,
              "handshakesPerSecond": %7, "workerThreads": %8 },
  "log": { "file": "", "maxBytes": %9, "keepFiles": %10 },
  "demo": { "enabled": true, "address": "%11", "port": %12 },
  "routes": [
    {
      "name": "demo",
      "path": "/demo",
      "backend": "ws://%11:%12/",
      "allowedOrigins": [],
      "subprotocol": "pass",
      "upstreamProxy": "none"
    }
  ]
}
)")
                             .arg(listenAddress)
                             .arg(defaults.listen.port)
                             .arg(defaults.limits.maxHeaderBytes)
                             .arg(defaults.limits.maxRequestLineBytes)
                             .arg(defaults.limits.headTimeoutMs)
                             .arg(defaults.limits.maxSessions)
                             .arg(defaults.limits.handshakesPerSecond)
                             .arg(defaults.limits.workerThreads)
                             .arg(defaults.log.maxBytes)
                             .arg(defaults.log.keepFiles)
                             .arg(demoAddress)
                             .arg(defaults.demo.port);
    return json.toUtf8();
}

bool ConfigLoader::ensureDefaultConfig(const QString& path, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo info(path);
    if (info.exists())
        return true;
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create directory %1").arg(info.absolutePath()));
    QFile file(path);
    // NewOnly: if another process created the file meanwhile, it is theirs to keep.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(path))
            return true;
        return fail(QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    }
    // The file may later hold tokens: owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray content = defaultConfigJson();
    if (file.write(content) != content.size() || !file.flush()) {
        const QString why = file.errorString();
        file.remove();
        return fail(QStringLiteral("cannot write %1: %2").arg(path, why));
    }
    file.close();
    return true;
}

} // namespace airlock
