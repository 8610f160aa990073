#include "config/ConfigSchema.h"

#include "config/ConfigChecks.h"
#include "config/ConfigRouteFields.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace airlock {

using namespace ConfigChecks;

namespace {

using Type = ConfigJsonType;
constexpr qint64 kIntMax = ConfigChecks::kIntMax;
constexpr qint64 kJsonMax = ConfigChecks::kMaxJsonInteger;

// --- listen ---

bool readHostAliases(const QJsonValue& value, const QString& path, ListenConfig& listen, ConfigContext& ctx)
{
    const QJsonArray aliases = value.toArray();
    listen.hostAliases.clear();
    bool ok = true;
    for (qsizetype i = 0; i < aliases.size(); ++i) {
        const QString at = indexPath(path, i);
        const auto alias = stringItem(aliases.at(i), at, *ctx.report);
        if (alias && hostAlias(*alias, at, *ctx.report))
            listen.hostAliases.append(alias->toLower());
        else
            ok = false;
    }
    return ok;
}

bool checkHostAliases(const ListenConfig& listen, const QString& path, ConfigContext& ctx)
{
    bool ok = true;
    for (qsizetype i = 0; i < listen.hostAliases.size(); ++i)
        ok = hostAlias(listen.hostAliases.at(i), indexPath(path, i), *ctx.report) && ok;
    return ok;
}

const ConfigField<ListenConfig> kListen[] = {
    {.key = "allowRemote",
     .type = Type::Boolean,
     .ref = [](ListenConfig& s) -> ConfigValueRef { return &s.allowRemote; }},
    {.key = "address",
     .type = Type::String,
     .ref = [](ListenConfig& s) -> ConfigValueRef { return &s.address; },
     .check = [](const ListenConfig& s, const QString& path,
                 ConfigContext& ctx) { return listenAddress(s, path, *ctx.report); }},
    {.key = "port",
     .type = Type::Integer,
     .min = 0,
     .max = 65535,
     .ref = [](ListenConfig& s) -> ConfigValueRef { return &s.port; }},
    {.key = "hostAliases",
     .type = Type::Array,
     .read = readHostAliases,
     .write = [](const ListenConfig& s,
                 const ConfigContext&) { return QJsonValue(QJsonArray::fromStringList(s.hostAliases)); },
     .check = checkHostAliases},
    {.key = "sameUserOnly",
     .type = Type::Boolean,
     .ref = [](ListenConfig& s) -> ConfigValueRef { return &s.sameUserOnly; },
     .check = [](const ListenConfig& s, const QString& path,
                 ConfigContext& ctx) { return sameUserOnly(s.sameUserOnly, path, *ctx.report); }},
};

// --- limits, log, demo ---

const ConfigField<LimitsConfig> kLimits[] = {
    {.key = "maxHeaderBytes",
     .type = Type::Integer,
     .min = 1,
     .max = kIntMax,
     .ref = [](LimitsConfig& s) -> ConfigValueRef { return &s.maxHeaderBytes; }},
    {.key = "maxRequestLineBytes",
     .type = Type::Integer,
     .min = 1,
     .max = kIntMax,
     .ref = [](LimitsConfig& s) -> ConfigValueRef { return &s.maxRequestLineBytes; }},
    {.key = "headTimeoutMs",
     .type = Type::Integer,
     .min = 1,
     .max = kIntMax,
     .ref = [](LimitsConfig& s) -> ConfigValueRef { return &s.headTimeoutMs; }},
    {.key = "maxSessions",
     .type = Type::Integer,
     .min = 1,
     .max = kIntMax,
     .ref = [](LimitsConfig& s) -> ConfigValueRef { return &s.maxSessions; }},
    {.key = "handshakesPerSecond",
     .type = Type::Integer,
     .min = 0,
     .max = kIntMax,
     .ref = [](LimitsConfig& s) -> ConfigValueRef { return &s.handshakesPerSecond; }},
    {.key = "workerThreads",
     .type = Type::Integer,
     .min = 0,
     .max = kIntMax,
     .ref = [](LimitsConfig& s) -> ConfigValueRef { return &s.workerThreads; }},
    {.key = "captureBytesTotal",
     .type = Type::Integer,
     .min = 1,
     .max = kJsonMax,
     .ref = [](LimitsConfig& s) -> ConfigValueRef { return &s.captureBytesTotal; }},
};

const ConfigField<LogConfig> kLog[] = {
    {.key = "file",
     .type = Type::String,
     .read =
         [](const QJsonValue& value, const QString&, LogConfig& log, ConfigContext& ctx) {
             log.fileAsWritten = value.toString();
             log.file = resolveFile(log.fileAsWritten, ctx.baseDir);
             return true;
         },
     .write =
         [](const LogConfig& log, const ConfigContext& ctx) {
             return QJsonValue(fileNameToWrite(log.fileAsWritten, log.file, ctx.baseDir));
         }},
    {.key = "maxBytes",
     .type = Type::Integer,
     .min = 1,
     .max = kJsonMax,
     .ref = [](LogConfig& s) -> ConfigValueRef { return &s.maxBytes; }},
    {.key = "keepFiles",
     .type = Type::Integer,
     .min = 0,
     .max = kIntMax,
     .ref = [](LogConfig& s) -> ConfigValueRef { return &s.keepFiles; }},
};

const ConfigField<DemoConfig> kDemo[] = {
    {.key = "enabled", .type = Type::Boolean, .ref = [](DemoConfig& s) -> ConfigValueRef { return &s.enabled; }},
    {.key = "address",
     .type = Type::String,
     .ref = [](DemoConfig& s) -> ConfigValueRef { return &s.address; },
     .check = [](const DemoConfig& s, const QString& path,
                 ConfigContext& ctx) { return demoAddress(s.address, path, *ctx.report); }},
    {.key = "port",
     .type = Type::Integer,
     .min = 0,
     .max = 65535,
     .ref = [](DemoConfig& s) -> ConfigValueRef { return &s.port; },
     .check = [](const DemoConfig& s, const QString& path,
                 ConfigContext& ctx) { return demoPort(s, path, *ctx.report); }},
};

} // namespace

ConfigSection<ListenConfig> ConfigSchema::listen()
{
    return {kListen};
}

ConfigSection<LimitsConfig> ConfigSchema::limits()
{
    return {kLimits};
}

ConfigSection<LogConfig> ConfigSchema::log()
{
    return {kLog};
}

ConfigSection<DemoConfig> ConfigSchema::demo()
{
    return {kDemo, [](const DemoConfig& demo, const QString& path, ConfigContext& ctx) {
                return demoAgainstListen(demo, ctx.config->listen, path, *ctx.report);
            }};
}

ConfigSection<RouteConfig> ConfigSchema::route()
{
    return {ConfigRouteFields::fields()};
}

std::pair<QString, QString> ConfigSchema::splitKey(const char* key)
{
    const QString text = QString::fromLatin1(key);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return {QString(), text};
    return {text.left(dot), text.mid(dot + 1)};
}

} // namespace airlock
