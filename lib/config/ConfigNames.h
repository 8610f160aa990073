#pragma once

#include "config/Config.h"

#include <QString>

#include <optional>
#include <span>

namespace airlock {

// The names config files use for enum values, mapped both ways in one place. A value without a name
// (HealthConfig::Kind::None, UpstreamProxySetting::Mode::Url) is never spelled as a name.
class ConfigNames
{
public:
    template <typename E>
    struct Entry
    {
        E value;
        const char* name;
    };

    template <typename E>
    static QString name(E value)
    {
        for (const Entry<E>& entry : entries<E>()) {
            if (entry.value == value)
                return QString::fromLatin1(entry.name);
        }
        return {};
    }

    template <typename E>
    static std::optional<E> value(const QString& name)
    {
        for (const Entry<E>& entry : entries<E>()) {
            if (name == QLatin1String(entry.name))
                return entry.value;
        }
        return std::nullopt;
    }

    // The names for a sentence: "\"tcp\", \"tls\", \"ws\" or \"http\"" (quoted) or "ws, wss or tcp".
    template <typename E>
    static QString choices(bool quoted)
    {
        const std::span<const Entry<E>> all = entries<E>();
        QString text;
        for (size_t i = 0; i < all.size(); ++i) {
            if (i > 0)
                text += i + 1 == all.size() ? QStringLiteral(" or ") : QStringLiteral(", ");
            const QString name = QString::fromLatin1(all[i].name);
            text += quoted ? QLatin1Char('"') + name + QLatin1Char('"') : name;
        }
        return text;
    }

    template <typename E>
    static std::span<const Entry<E>> entries();
};

template <>
std::span<const ConfigNames::Entry<BackendScheme>> ConfigNames::entries<BackendScheme>();
template <>
std::span<const ConfigNames::Entry<SubprotocolPolicy>> ConfigNames::entries<SubprotocolPolicy>();
template <>
std::span<const ConfigNames::Entry<UpstreamProxySetting::Mode>> ConfigNames::entries<UpstreamProxySetting::Mode>();
template <>
std::span<const ConfigNames::Entry<HealthConfig::Kind>> ConfigNames::entries<HealthConfig::Kind>();
template <>
std::span<const ConfigNames::Entry<CloseClassification::Kind>> ConfigNames::entries<CloseClassification::Kind>();

} // namespace airlock
