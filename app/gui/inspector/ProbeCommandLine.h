#pragma once

#include "observe/RequestRecord.h"

#include <QString>
#include <QStringList>

namespace airlock {

// Builds the `airlock probe` command that repeats a recorded handshake. Pure: the record in, text out.
class ProbeCommandLine
{
public:
    // proxyBaseUrl "ws://127.0.0.1:PORT": probe the route through Airlock with the client's head. Empty: probe
    // the backend URL directly (through the record's upstream proxy) with the head Airlock sent it.
    static QStringList arguments(const RequestRecord& record, const QString& proxyBaseUrl);
    // arguments() quoted for a POSIX shell and joined by spaces; empty when the record names no URL.
    static QString command(const RequestRecord& record, const QString& proxyBaseUrl);
    // One argument made safe for a POSIX shell: bare when it holds only harmless characters, otherwise in
    // single quotes with every ' written as '\''.
    static QString shellQuote(const QString& argument);
};

} // namespace airlock
