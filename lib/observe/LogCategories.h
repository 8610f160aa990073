#pragma once

#include <QLoggingCategory>

// Every logging category of the library, in one place: enable one with QT_LOGGING_RULES, e.g.
// "airlock.session.debug=true". Per-session lines start with the session id.

namespace airlock {

Q_DECLARE_LOGGING_CATEGORY(lcProxy)   // airlock.proxy: listener, workers, shutdown
Q_DECLARE_LOGGING_CATEGORY(lcSession) // airlock.session: one client connection's state changes
Q_DECLARE_LOGGING_CATEGORY(lcTunnel)  // airlock.tunnel: dialling backends (proxy, TLS)
Q_DECLARE_LOGGING_CATEGORY(lcLog)     // airlock.log: the request log's file
Q_DECLARE_LOGGING_CATEGORY(lcService) // airlock.service: start, stop, applied configs

} // namespace airlock
