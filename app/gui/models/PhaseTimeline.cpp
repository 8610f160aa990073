#include "gui/models/PhaseTimeline.h"

#include "gui/Format.h"

#include <QStringList>

namespace airlock {

QList<PhaseTimeline::Span> PhaseTimeline::spans(const RequestRecord& record, qint64 nowMs)
{
    QList<Span> out;
    if (record.acceptedAt <= 0)
        return out;
    // A session follows the answer only when the connection outlived it (a tunnel, a response body).
    qint64 sessionEnd = 0;
    if (record.clientResponseAt > 0) {
        if (record.closedAt > record.clientResponseAt)
            sessionEnd = record.closedAt;
        else if (record.outcome == RequestRecord::Outcome::Open)
            sessionEnd = qMax(nowMs, record.clientResponseAt);
    }
    const struct
    {
        Phase phase;
        qint64 at;
    } marks[] = {
        {Phase::HeadRead, record.headReadAt},
        {Phase::Tcp, record.tcpConnectedAt},
        {Phase::ProxyConnect, record.proxyConnectedAt},
        {Phase::Tls, record.tlsDoneAt},
        {Phase::UpstreamResponse, record.upstreamResponseAt},
        {Phase::ClientResponse, record.clientResponseAt},
        {Phase::Session, sessionEnd},
    };
    qint64 previous = 0;
    for (const auto& mark : marks) {
        if (mark.at <= 0)
            continue;
        // Clocks of different phases come from one source, but never draw backwards.
        const qint64 end = qMax(previous, mark.at - record.acceptedAt);
        out.append({mark.phase, previous, end});
        previous = end;
    }
    return out;
}

QString PhaseTimeline::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::HeadRead:
        return tr("request head");
    case Phase::Tcp:
        return tr("TCP connect");
    case Phase::ProxyConnect:
        return tr("proxy CONNECT");
    case Phase::Tls:
        return tr("TLS");
    case Phase::UpstreamResponse:
        return tr("backend answer");
    case Phase::ClientResponse:
        return tr("answer to client");
    case Phase::Session:
        return tr("session");
    }
    return {};
}

QString PhaseTimeline::describe(const RequestRecord& record, qint64 nowMs)
{
    QStringList parts;
    const QList<Span> list = spans(record, nowMs);
    for (const Span& span : list)
        parts.append(tr("%1 %2").arg(phaseName(span.phase), Format::duration(span.endMs - span.startMs)));
    return parts.join(QStringLiteral(", "));
}

} // namespace airlock
