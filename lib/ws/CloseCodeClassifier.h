#pragma once

#include "ws/CloseClassification.h"

#include <QHash>

namespace airlock {

// One pure predicate for both inputs: the HTTP status of a failed upgrade (100-599) and a WebSocket
// close code (1000-4999). The ranges are disjoint, so the number alone says which it is. Retry policy
// lives in the caller (ReconnectPolicy).
class CloseCodeClassifier
{
public:
    CloseCodeClassifier() = default;
    // Per-route verdicts for application codes 4000-4999; other codes cannot be overridden.
    explicit CloseCodeClassifier(QHash<int, CloseClassification::Kind> applicationOverrides);

    CloseClassification classify(int code) const;

    static bool isHttpStatus(int code) { return code >= 100 && code <= 599; }
    static bool isCloseCode(int code) { return code >= 1000 && code <= 4999; }

private:
    static CloseClassification classifyHttp(int status);
    static CloseClassification classifyClose(int code);

    QHash<int, CloseClassification::Kind> m_overrides;
};

} // namespace airlock
