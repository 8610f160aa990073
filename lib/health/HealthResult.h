#pragma once

#include "observe/FailureReason.h"
#include "ws/CloseClassification.h"

#include <QMetaType>
#include <QString>

namespace airlock {

// The outcome of one HealthProbe check.
struct HealthResult
{
    bool ok = false;
    qint64 latencyMs = 0;                      // start of the check until it succeeded (or failed)
    FailureReason error = FailureReason::None; // an UpstreamError's, ProxyConfig, BadStatus, BadUpgrade or Timeout
    QString detail;
    int status = 0;                     // the backend's HTTP status when it answered one
    CloseClassification classification; // of the HTTP status, or of 502/504 when there was none
};

} // namespace airlock

Q_DECLARE_METATYPE(airlock::HealthResult)
