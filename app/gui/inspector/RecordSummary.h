#pragma once

#include "observe/RequestRecord.h"

#include <QCoreApplication>
#include <QString>

namespace airlock {

// The plain-words reading of a record that heads the detail pane: what happened and which leg of the path
// (client, Airlock, upstream proxy, backend) it went wrong on. Pure functions of the record.
class RecordSummary
{
    Q_DECLARE_TR_FUNCTIONS(RecordSummary)
public:
    enum class Leg { None, Client, Airlock, UpstreamProxy, Backend };

    // One sentence: "Refused by Airlock (HTTP 403): The page's origin is not allowed on this route.",
    // "The backend closed the session with 1011, 4.2 s after the upgrade.", ...
    static QString outcomeSentence(const RequestRecord& record);
    // The leg that failed; None when nothing failed (a normal close, a forwarded exchange, an open session).
    static Leg failedLeg(const RequestRecord& record);
    static QString legName(Leg leg);
    // The Origin header of the client's request head, empty when it sent none.
    static QByteArray clientOrigin(const RequestRecord& record);
};

} // namespace airlock
