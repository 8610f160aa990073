#pragma once

#include "config/ConfigSchema.h"

#include <span>

namespace airlock {

// The keys of one route (an element of "routes"): the table behind ConfigSchema::route().
class ConfigRouteFields
{
public:
    static std::span<const ConfigField<RouteConfig>> fields();
};

} // namespace airlock
