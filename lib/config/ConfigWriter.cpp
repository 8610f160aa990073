#include "config/ConfigWriter.h"

#include "config/ConfigFingerprint.h"
#include "config/ConfigSchema.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace airlock {

namespace {

template <typename S>
QJsonValue valueOf(const ConfigField<S>& field, const S& section, const ConfigContext& ctx)
{
    if (!field.ref)
        return field.write(section, ctx);
    // ref only reads here.
    return std::visit(
        [](auto* member) -> QJsonValue {
            using T = std::remove_pointer_t<decltype(member)>;
            if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, QString>)
                return QJsonValue(*member);
            else
                return QJsonValue(qint64(*member));
        },
        field.ref(const_cast<S&>(section)));
}

// The keys the file had plus every value that differs from the default; a nested object is written when it
// was in the file or holds something, and never without a key it requires.
template <typename S>
QJsonObject writeSection(const ConfigSection<S>& section, const S& target, const WrittenKeys& written,
                         const QString& keyPrefix, const ConfigContext& ctx)
{
    const S defaults{};
    QJsonObject out;
    ConfigSchema::forEachGroup(section.fields, [&](const QString& group, std::span<const ConfigField<S>> fields) {
        QJsonObject nested;
        bool complete = true;
        for (const ConfigField<S>& field : fields) {
            const QJsonValue value = valueOf(field, target, ctx);
            if (value.isUndefined()) {
                complete = complete && !field.required;
                continue;
            }
            const QString fullKey = QString::fromLatin1(field.key);
            if (!written.contains(keyPrefix + fullKey) && value == valueOf(field, defaults, ctx))
                continue;
            (group.isEmpty() ? out : nested).insert(ConfigSchema::splitKey(field.key).second, value);
        }
        if (!group.isEmpty() && complete && (!nested.isEmpty() || written.contains(keyPrefix + group)))
            out.insert(group, nested);
    });
    return out;
}

} // namespace

QJsonObject ConfigWriter::toJsonObject(const Config& config, const QString& baseDir)
{
    ConfigContext ctx;
    ctx.baseDir = baseDir;
    ctx.config = &config;
    QJsonObject root;
    ConfigSchema::forEachSection(config, [&](const char* key, const auto& section, const auto& target) {
        const QString name = QString::fromLatin1(key);
        const QJsonObject object = writeSection(section, target, config.writtenKeys, name + QLatin1Char('.'), ctx);
        if (!object.isEmpty() || config.writtenKeys.contains(name))
            root.insert(name, object);
    });
    const QString routesKey = QString::fromLatin1(ConfigSchema::kRoutes);
    if (!config.routes.isEmpty() || config.writtenKeys.contains(routesKey)) {
        QJsonArray routes;
        for (const RouteConfig& route : config.routes)
            routes.append(writeSection(ConfigSchema::route(), route, route.writtenKeys, QString(), ctx));
        root.insert(routesKey, routes);
    }
    return root;
}

QByteArray ConfigWriter::toJson(const Config& config, const QString& baseDir)
{
    return QJsonDocument(toJsonObject(config, baseDir)).toJson(QJsonDocument::Indented);
}

ConfigSaveResult ConfigWriter::save(const Config& config, const QString& path, const QByteArray& expectedFingerprint)
{
    ConfigSaveResult result;
    QByteArray current;
    if (!ConfigFingerprint::ofFile(path, &current, &result.error))
        return result;
    // A small window remains between this check and the rename; it only narrows a race that editors share.
    if (current != expectedFingerprint) {
        if (expectedFingerprint.isEmpty())
            result.error = QStringLiteral("%1 already exists; load it before saving over it").arg(path);
        else
            result.error =
                QStringLiteral("%1 changed on disk since it was loaded; load it again before saving").arg(path);
        return result;
    }
    const QByteArray content = toJson(config, QFileInfo(path).absolutePath());
    QSaveFile file(path);
    // QSaveFile gives the temporary file the permissions of the file it replaces.
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    if (current.isEmpty())
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(content);
    if (!file.commit()) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    result.fingerprint = ConfigFingerprint::of(content);
    return result;
}

} // namespace airlock
