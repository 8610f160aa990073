#pragma once

#include "config/Config.h"
#include "config/ConfigContext.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <span>
#include <utility>
#include <variant>

namespace airlock {

// Where a plain value lives in its section.
using ConfigValueRef = std::variant<bool*, int*, quint16*, qint64*, QString*>;

enum class ConfigJsonType { Boolean, Integer, String, Array, Object };

// One key of a config section. The section's default-constructed struct holds the defaults. Plain values
// (ref set) are read, range-checked and written by the generic code, then checked by check; other values
// bring their own read (JSON -> section, reporting every problem with its JSON path), write (section ->
// JSON; undefined: nothing to write) and check (the same problems, found on a value in memory).
template <typename S>
struct ConfigField
{
    const char* key; // "port"; "tls.caFile" is the key caFile of the nested object tls
    ConfigJsonType type;
    qint64 min = 0; // integers only
    qint64 max = 0;
    ConfigValueRef (*ref)(S&) = nullptr;
    bool (*read)(const QJsonValue&, const QString& path, S&, ConfigContext&) = nullptr;
    QJsonValue (*write)(const S&, const ConfigContext&) = nullptr;
    bool (*check)(const S&, const QString& path, ConfigContext&) = nullptr;
    bool required = false; // an error when missing (from the enclosing object, when it is there)
};

template <typename S>
struct ConfigSection
{
    std::span<const ConfigField<S>> fields;
    // Run after the section's own keys, when the section is there.
    bool (*check)(const S&, const QString& path, ConfigContext&) = nullptr;
};

// The config file's keys, one table per section, in the order they are read and their problems reported.
class ConfigSchema
{
public:
    static ConfigSection<ListenConfig> listen();
    static ConfigSection<LimitsConfig> limits();
    static ConfigSection<LogConfig> log();
    static ConfigSection<DemoConfig> demo();
    static ConfigSection<RouteConfig> route();

    static constexpr const char* kRoutes = "routes";

    // Calls f(key, section, member) for each top-level object section, in file order ("routes" is an array
    // of route() sections and is left to the caller).
    template <typename C, typename F>
    static void forEachSection(C& config, F&& f)
    {
        f("listen", listen(), config.listen);
        f("limits", limits(), config.limits);
        f("log", log(), config.log);
        f("demo", demo(), config.demo);
    }

    // "tls.caFile" -> ("tls", "caFile"); "port" -> ("", "port").
    static std::pair<QString, QString> splitKey(const char* key);

    // Calls f(group, fields) for each run of fields in the same nested object ("" for the section's own keys).
    template <typename S, typename F>
    static void forEachGroup(std::span<const ConfigField<S>> fields, F&& f)
    {
        size_t begin = 0;
        while (begin < fields.size()) {
            const QString group = splitKey(fields[begin].key).first;
            size_t end = begin + 1;
            while (end < fields.size() && splitKey(fields[end].key).first == group)
                ++end;
            f(group, fields.subspan(begin, end - begin));
            begin = end;
        }
    }

    // The keys an object may hold: a section's own keys and nested object names, or a nested object's keys.
    template <typename S>
    static QStringList keysOf(std::span<const ConfigField<S>> fields, bool nested)
    {
        QStringList keys;
        for (const ConfigField<S>& field : fields) {
            const auto [group, key] = splitKey(field.key);
            const QString& name = nested || group.isEmpty() ? key : group;
            if (!keys.contains(name))
                keys.append(name);
        }
        return keys;
    }
};

} // namespace airlock
