#pragma once

#include "observe/FailureReason.h"
#include "ws/CloseClassification.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace airlock {

// What one probe handshake saw: each phase with its duration, both heads, and a verdict.
struct ProbeResult
{
    struct Phase
    {
        QString name; // "dns", "tcp", "connect", "tls", "upgrade", "close"
        qint64 ms = 0;
        QString detail;
    };

    QString url;
    QString via; // upstream proxy without credentials
    QList<Phase> phases;
    QByteArray requestHead;  // redacted
    QByteArray responseHead; // redacted
    bool ok = false;
    int status = 0;                              // HTTP status of the answer, 0 if none
    FailureReason failure = FailureReason::None; // its id in JSON: "proxy_auth_required", ...
    QString detail;                              // plain English
    QByteArray subprotocol;
    CloseClassification classification;

    // 0 on success, 2 for a transient failure, 3 for a permanent one.
    int exitCode() const;
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace airlock
