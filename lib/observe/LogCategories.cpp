#include "observe/LogCategories.h"

namespace airlock {

Q_LOGGING_CATEGORY(lcProxy, "airlock.proxy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "airlock.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTunnel, "airlock.tunnel", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLog, "airlock.log", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "airlock.service", QtInfoMsg)

} // namespace airlock
