#pragma once

#include "observe/RequestRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace airlock {

// The phases of one record as consecutive spans, from its timestamps: each phase that happened ends a span
// that starts where the previous one ended, so a phase that was skipped (no upstream proxy, no TLS, refused
// before dialling) leaves no gap. The session span runs from the answer to the client until the close, or
// until `now` while the session is open. Pure; shared by the waterfall delegate and the model's tooltips.
class PhaseTimeline
{
    Q_DECLARE_TR_FUNCTIONS(PhaseTimeline)
public:
    enum class Phase { HeadRead, Tcp, ProxyConnect, Tls, UpstreamResponse, ClientResponse, Session };
    struct Span
    {
        Phase phase;
        qint64 startMs; // since the record's acceptedAt
        qint64 endMs;
    };

    static QList<Span> spans(const RequestRecord& record, qint64 nowMs);
    static QString phaseName(Phase phase);
    // "head 1 ms, TCP 3 ms, ..." for tooltips and screen readers.
    static QString describe(const RequestRecord& record, qint64 nowMs);
};

} // namespace airlock
