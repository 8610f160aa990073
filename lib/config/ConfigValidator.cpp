#include "config/ConfigValidator.h"

#include "config/ConfigChecks.h"
#include "config/ConfigSchema.h"

namespace airlock {

using ConfigChecks::indexPath;
using ConfigChecks::joinPath;

namespace {

bool noErrorAt(const ConfigReport& report, qsizetype since, const QString& path)
{
    for (qsizetype i = since; i < report.errors.size(); ++i) {
        if (report.errors.at(i).path == path)
            return false;
    }
    return true;
}

template <typename S>
void validateSection(const ConfigSection<S>& section, const S& target, const QString& path, ConfigContext& ctx)
{
    for (const ConfigField<S>& field : section.fields) {
        const QString at = joinPath(path, QString::fromLatin1(field.key));
        if (field.ref && field.type == ConfigJsonType::Integer) {
            // ref only reads here.
            const qint64 value = std::visit(
                [](auto* member) -> qint64 {
                    using T = std::remove_pointer_t<decltype(member)>;
                    if constexpr (std::is_integral_v<T>)
                        return qint64(*member);
                    else
                        return 0;
                },
                field.ref(const_cast<S&>(target)));
            if (!ConfigChecks::range(value, field.min, field.max, at, *ctx.report))
                continue;
        }
        if (field.check)
            field.check(target, at, ctx);
    }
    if (section.check)
        section.check(target, path, ctx);
}

} // namespace

ConfigReport ConfigValidator::validate(const Config& config, const QProcessEnvironment& env)
{
    ConfigReport report;
    ConfigContext ctx;
    ctx.report = &report;
    ctx.env = &env;
    ctx.config = &config;
    ConfigSchema::forEachSection(config, [&](const char* key, const auto& section, const auto& target) {
        validateSection(section, target, QString::fromLatin1(key), ctx);
    });

    const QString routesPath = QString::fromLatin1(ConfigSchema::kRoutes);
    ConfigChecks::someRoutes(config.routes.size(), config.demo.enabled, routesPath, report);
    ConfigChecks::RouteOwners owners;
    for (qsizetype i = 0; i < config.routes.size(); ++i) {
        const RouteConfig& route = config.routes.at(i);
        const QString at = indexPath(routesPath, i);
        const qsizetype before = report.errors.size();
        validateSection(ConfigSchema::route(), route, at, ctx);
        const bool pathOk = noErrorAt(report, before, joinPath(at, QStringLiteral("path")));
        const bool nameOk = noErrorAt(report, before, joinPath(at, QStringLiteral("name")));
        ConfigChecks::uniqueRoute(route, i, routesPath, pathOk, nameOk, owners, report);
    }
    return report;
}

} // namespace airlock
