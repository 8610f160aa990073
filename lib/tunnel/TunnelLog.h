#pragma once

#include <QLoggingCategory>

namespace airlock {

// "airlock.tunnel": upstream dialing, proxies and TLS.
Q_DECLARE_LOGGING_CATEGORY(lcTunnel)

} // namespace airlock
