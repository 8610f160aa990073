#pragma once

#include "http/HttpHead.h"
#include "observe/RequestRecord.h"

#include <QString>

namespace airlock {

// How Airlock says no: the plain HTTP answer, and the close code a browser can read instead (a browser
// cannot read the status of a failed upgrade: it reports 1006). Pure.
struct Refusal
{
    // Status line and headers of a refusal whose text/plain body has bodySize bytes; the connection closes.
    static HttpHead httpAnswer(int status, FailureReason reason, qsizetype bodySize, const QByteArray& requestId);
    // The close code a browser-visible refusal uses for this reason, or 0 when it has none.
    static quint16 browserCloseCode(FailureReason reason, RequestRecord::Outcome outcome);
};

} // namespace airlock
