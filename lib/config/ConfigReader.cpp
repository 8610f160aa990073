#include "config/ConfigReader.h"

#include "config/ConfigChecks.h"

#include <cmath>

namespace airlock {

using ConfigChecks::indexPath;
using ConfigChecks::joinPath;

namespace {

QString typeError(ConfigJsonType type)
{
    switch (type) {
    case ConfigJsonType::Boolean:
        return QStringLiteral("expected a boolean");
    case ConfigJsonType::Integer:
        return QStringLiteral("expected an integer");
    case ConfigJsonType::String:
        return QStringLiteral("expected a string");
    case ConfigJsonType::Array:
        return QStringLiteral("expected an array");
    case ConfigJsonType::Object:
        return QStringLiteral("expected an object");
    }
    return {};
}

bool hasType(const QJsonValue& value, ConfigJsonType type)
{
    switch (type) {
    case ConfigJsonType::Boolean:
        return value.isBool();
    case ConfigJsonType::Integer:
        return value.isDouble(); // whole and finite: see readInteger
    case ConfigJsonType::String:
        return value.isString();
    case ConfigJsonType::Array:
        return value.isArray();
    case ConfigJsonType::Object:
        return value.isObject();
    }
    return false;
}

} // namespace

ConfigReader::ConfigReader(const QProcessEnvironment& env, const QString& baseDir)
    : m_env(env)
{
    m_context.report = &m_report;
    m_context.env = &m_env;
    m_context.baseDir = baseDir;
    m_context.config = &m_config;
}

void ConfigReader::read(const QJsonObject& root)
{
    QStringList sections;
    ConfigSchema::forEachSection(
        m_config, [&](const char* key, const auto&, auto&) { sections.append(QString::fromLatin1(key)); });
    const QString routesKey = QString::fromLatin1(ConfigSchema::kRoutes);
    checkKeys(root, QString(), sections + QStringList{routesKey});

    ConfigSchema::forEachSection(m_config, [&](const char* key, const auto& section, auto& target) {
        const QString path = QString::fromLatin1(key);
        const QJsonValue value = root.value(path);
        if (value.isUndefined())
            return;
        if (!value.isObject())
            return error(path, QStringLiteral("expected an object"));
        m_config.writtenKeys.insert(path);
        readSection(value.toObject(), path, section, target, m_config.writtenKeys, path + QLatin1Char('.'));
    });

    const QJsonValue routes = root.value(routesKey);
    if (routes.isUndefined()) {
        ConfigChecks::someRoutes(0, m_config.demo.enabled, routesKey, m_report);
    } else if (!routes.isArray()) {
        error(routesKey, QStringLiteral("expected an array"));
    } else {
        m_config.writtenKeys.insert(routesKey);
        ConfigChecks::someRoutes(routes.toArray().size(), m_config.demo.enabled, routesKey, m_report);
        readRoutes(routes.toArray(), routesKey);
    }
}

ConfigLoadResult ConfigReader::take()
{
    ConfigLoadResult result;
    result.config = std::move(m_config);
    result.errors = std::move(m_report.errors);
    result.warnings = std::move(m_report.warnings);
    return result;
}

template <typename S>
void ConfigReader::readSection(const QJsonObject& object, const QString& path, const ConfigSection<S>& section,
                               S& target, WrittenKeys& written, const QString& keyPrefix)
{
    checkKeys(object, path, ConfigSchema::keysOf(section.fields, false));
    ConfigSchema::forEachGroup(section.fields, [&](const QString& group, std::span<const ConfigField<S>> fields) {
        if (group.isEmpty()) {
            for (const ConfigField<S>& field : fields)
                readField(object, path, field, target, written, keyPrefix);
            return;
        }
        const QJsonValue value = object.value(group);
        if (value.isUndefined())
            return;
        const QString at = joinPath(path, group);
        if (!value.isObject())
            return error(at, QStringLiteral("expected an object"));
        written.insert(keyPrefix + group);
        const QJsonObject nested = value.toObject();
        checkKeys(nested, at, ConfigSchema::keysOf(fields, true));
        for (const ConfigField<S>& field : fields)
            readField(nested, at, field, target, written, keyPrefix);
    });
    if (section.check)
        section.check(target, path, m_context);
}

template <typename S>
void ConfigReader::readField(const QJsonObject& object, const QString& objectPath, const ConfigField<S>& field,
                             S& target, WrittenKeys& written, const QString& keyPrefix)
{
    const QString key = ConfigSchema::splitKey(field.key).second;
    const QString at = joinPath(objectPath, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (field.required)
            error(at, QStringLiteral("is required"));
        return;
    }
    written.insert(keyPrefix + QString::fromLatin1(field.key));
    if (!hasType(value, field.type))
        return error(at, typeError(field.type));
    if (!field.ref) {
        field.read(value, at, target, m_context);
        return;
    }
    const ConfigValueRef ref = field.ref(target);
    if (field.type == ConfigJsonType::Integer) {
        qint64 number = 0;
        if (!readInteger(value, at, field.min, field.max, &number))
            return;
        std::visit(
            [number](auto* member) {
                using T = std::remove_pointer_t<decltype(member)>;
                if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
                    *member = T(number);
            },
            ref);
    } else if (field.type == ConfigJsonType::Boolean) {
        *std::get<bool*>(ref) = value.toBool();
    } else {
        *std::get<QString*>(ref) = value.toString();
    }
    if (field.check)
        field.check(target, at, m_context);
}

bool ConfigReader::readInteger(const QJsonValue& value, const QString& path, qint64 min, qint64 max, qint64* out)
{
    constexpr qint64 kMax = ConfigChecks::kMaxJsonInteger;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d) {
        error(path, QStringLiteral("expected an integer"));
        return false;
    }
    // Beyond 2^53 a JSON number is no longer exact; any such value is out of every range anyway.
    const qint64 v = std::fabs(d) > double(kMax) ? (d < 0 ? -kMax - 1 : kMax + 1) : qint64(d);
    if (!ConfigChecks::range(v, min, max, path, m_report))
        return false;
    *out = v;
    return true;
}

void ConfigReader::checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            error(joinPath(path, it.key()), QStringLiteral("unknown key"));
    }
}

void ConfigReader::readRoutes(const QJsonArray& routes, const QString& path)
{
    ConfigChecks::RouteOwners owners;
    for (qsizetype i = 0; i < routes.size(); ++i) {
        const QString at = indexPath(path, i);
        if (!routes.at(i).isObject()) {
            error(at, QStringLiteral("expected an object"));
            continue;
        }
        RouteConfig route;
        const qsizetype before = m_report.errors.size();
        readSection(routes.at(i).toObject(), at, ConfigSchema::route(), route, route.writtenKeys, QString());
        const bool pathOk = route.writtenKeys.contains(QStringLiteral("path")) &&
                            noErrorAt(before, joinPath(at, QStringLiteral("path")));
        bool nameOk = noErrorAt(before, joinPath(at, QStringLiteral("name")));
        if (!route.writtenKeys.contains(QStringLiteral("name"))) {
            nameOk = pathOk;
            if (pathOk)
                route.name = route.path;
        }
        ConfigChecks::uniqueRoute(route, i, path, pathOk, nameOk, owners, m_report);
        m_config.routes.append(route);
    }
}

bool ConfigReader::noErrorAt(qsizetype since, const QString& path) const
{
    for (qsizetype i = since; i < m_report.errors.size(); ++i) {
        if (m_report.errors.at(i).path == path)
            return false;
    }
    return true;
}

} // namespace airlock
