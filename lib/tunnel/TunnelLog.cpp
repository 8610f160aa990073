#include "tunnel/TunnelLog.h"

namespace airlock {

Q_LOGGING_CATEGORY(lcTunnel, "airlock.tunnel", QtInfoMsg)

} // namespace airlock
