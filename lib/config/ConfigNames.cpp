#include "config/ConfigNames.h"

namespace airlock {

template <>
std::span<const ConfigNames::Entry<BackendScheme>> ConfigNames::entries<BackendScheme>()
{
    static constexpr Entry<BackendScheme> kNames[] = {
        {BackendScheme::Ws, "ws"},       {BackendScheme::Wss, "wss"}, {BackendScheme::Http, "http"},
        {BackendScheme::Https, "https"}, {BackendScheme::Tcp, "tcp"},
    };
    return kNames;
}

// "fixed" is followed by ":NAME" in a config file.
template <>
std::span<const ConfigNames::Entry<SubprotocolPolicy>> ConfigNames::entries<SubprotocolPolicy>()
{
    static constexpr Entry<SubprotocolPolicy> kNames[] = {
        {SubprotocolPolicy::Pass, "pass"},
        {SubprotocolPolicy::Strip, "strip"},
        {SubprotocolPolicy::Fixed, "fixed"},
    };
    return kNames;
}

// Mode::Url is written as the proxy's URL.
template <>
std::span<const ConfigNames::Entry<UpstreamProxySetting::Mode>> ConfigNames::entries<UpstreamProxySetting::Mode>()
{
    static constexpr Entry<UpstreamProxySetting::Mode> kNames[] = {
        {UpstreamProxySetting::Mode::None, "none"},
        {UpstreamProxySetting::Mode::System, "system"},
    };
    return kNames;
}

// Kind::None is the absence of a "health" object.
template <>
std::span<const ConfigNames::Entry<HealthConfig::Kind>> ConfigNames::entries<HealthConfig::Kind>()
{
    static constexpr Entry<HealthConfig::Kind> kNames[] = {
        {HealthConfig::Kind::Tcp, "tcp"},
        {HealthConfig::Kind::Tls, "tls"},
        {HealthConfig::Kind::Ws, "ws"},
        {HealthConfig::Kind::Http, "http"},
    };
    return kNames;
}

template <>
std::span<const ConfigNames::Entry<CloseClassification::Kind>> ConfigNames::entries<CloseClassification::Kind>()
{
    static constexpr Entry<CloseClassification::Kind> kNames[] = {
        {CloseClassification::Kind::Normal, "normal"},
        {CloseClassification::Kind::Transient, "transient"},
        {CloseClassification::Kind::Permanent, "permanent"},
    };
    return kNames;
}

} // namespace airlock
