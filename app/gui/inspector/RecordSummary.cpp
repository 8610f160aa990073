#include "gui/inspector/RecordSummary.h"

#include "gui/Format.h"
#include "http/HttpHeadParser.h"

namespace airlock {

namespace {

QString closedBy(RequestRecord::Side side)
{
    switch (side) {
    case RequestRecord::Side::Client:
        return RecordSummary::tr("The client");
    case RequestRecord::Side::Backend:
        return RecordSummary::tr("The backend");
    case RequestRecord::Side::Airlock:
        return RecordSummary::tr("Airlock");
    case RequestRecord::Side::None:
        break;
    }
    return {};
}

RecordSummary::Leg legOfReason(FailureReason reason)
{
    using R = FailureReason;
    switch (reason) {
    case R::None:
        return RecordSummary::Leg::None;
    case R::ClientGone:
    case R::ClientProtocolError:
        return RecordSummary::Leg::Client;
    case R::BackendClosed:
    case R::BackendRefusedUpgrade:
    case R::BackendProtocolError:
    case R::BadBackendResponse:
    case R::BadBackendUpgrade:
    case R::UpgradeTimeout:
    case R::ResponseTimeout:
    case R::DnsFailed:
    case R::ConnectRefused:
    case R::ConnectTimeout:
    case R::NetworkError:
    case R::TlsFailed:
    case R::TlsTimeout:
    case R::BadStatus:
    case R::Timeout:
    case R::BadResponse:
    case R::ClosedAfterUpgrade:
        return RecordSummary::Leg::Backend;
    case R::ProxyConfig:
    case R::ProxyUnreachable:
    case R::ProxyTimeout:
    case R::ProxyAuthRequired:
    case R::ProxyRefused:
    case R::ProxyProtocolError:
        return RecordSummary::Leg::UpstreamProxy;
    default:
        // Airlock's own checks and timers: refusals, limits, idle and drain timeouts, shutdown.
        return RecordSummary::Leg::Airlock;
    }
}

} // namespace

QString RecordSummary::outcomeSentence(const RequestRecord& r)
{
    const QString reason = failure::sentence(r.failureReason);
    switch (r.outcome) {
    case RequestRecord::Outcome::Open:
        return r.kind == RequestRecord::Kind::WebSocket ? tr("Open: the session is running.")
                                                        : tr("In progress: waiting for the exchange to finish.");
    case RequestRecord::Outcome::Rejected:
        // A browser-visible refusal completes the upgrade only to deliver a close code the page can read.
        if (r.httpStatus == 101 && r.closeCode != 0)
            return reason.isEmpty() ? tr("Refused by Airlock with close code %1.").arg(r.closeCode)
                                    : tr("Refused by Airlock (close code %1): %2").arg(r.closeCode).arg(reason);
        if (reason.isEmpty())
            return tr("Refused by Airlock with HTTP %1.").arg(r.httpStatus);
        return tr("Refused by Airlock (HTTP %1): %2").arg(r.httpStatus).arg(reason);
    case RequestRecord::Outcome::BackendRejected:
        if (r.httpStatus != 0 && r.httpStatus != r.backendStatus && r.closeCode != 0)
            return tr("The backend refused the upgrade with HTTP %1; the page got close code %2 instead.")
                .arg(r.backendStatus)
                .arg(r.closeCode);
        return tr("The backend refused the upgrade with HTTP %1.").arg(r.backendStatus);
    case RequestRecord::Outcome::UpstreamFailed:
        if (legOfReason(r.failureReason) == Leg::UpstreamProxy)
            return tr("The upstream proxy failed: %1").arg(reason);
        if (reason.isEmpty())
            return tr("The backend could not be reached.");
        return tr("The backend could not be reached: %1").arg(reason);
    case RequestRecord::Outcome::ClientGone:
        return tr("The client left before Airlock answered.");
    case RequestRecord::Outcome::Forwarded:
        return tr("Forwarded: the backend answered HTTP %1.").arg(r.backendStatus ? r.backendStatus : r.httpStatus);
    case RequestRecord::Outcome::Closed:
        break;
    }
    // A tunnelled session that ended.
    const QString who = closedBy(r.closeSide);
    const qint64 lifetime = r.closedAt != 0 && r.clientResponseAt != 0 ? r.closedAt - r.clientResponseAt : -1;
    QString sentence;
    if (r.closeCode == 1006 || r.closeCode == 0)
        sentence = who.isEmpty() ? tr("The session ended without a close frame")
                                 : tr("%1 ended the session without a close frame").arg(who);
    else if (who.isEmpty())
        sentence = tr("The session closed with %1").arg(r.closeCode);
    else
        sentence = tr("%1 closed the session with %2").arg(who).arg(r.closeCode);
    if (lifetime >= 0)
        sentence = tr("%1, %2 after the upgrade.").arg(sentence, Format::duration(lifetime));
    else
        sentence += QLatin1Char('.');
    return sentence;
}

RecordSummary::Leg RecordSummary::failedLeg(const RequestRecord& r)
{
    switch (r.outcome) {
    case RequestRecord::Outcome::Open:
    case RequestRecord::Outcome::Forwarded:
        return Leg::None;
    case RequestRecord::Outcome::Rejected:
        return Leg::Airlock;
    case RequestRecord::Outcome::BackendRejected:
        return Leg::Backend;
    case RequestRecord::Outcome::ClientGone:
        return Leg::Client;
    case RequestRecord::Outcome::UpstreamFailed: {
        const Leg leg = legOfReason(r.failureReason);
        return leg == Leg::None ? Leg::Backend : leg;
    }
    case RequestRecord::Outcome::Closed:
        break;
    }
    if (r.failureReason != FailureReason::None)
        return legOfReason(r.failureReason);
    if (r.classification == QLatin1String("normal") || r.closeCode == 1000 || r.closeCode == 1001)
        return Leg::None;
    switch (r.closeSide) {
    case RequestRecord::Side::Client:
        return Leg::Client;
    case RequestRecord::Side::Backend:
        return Leg::Backend;
    case RequestRecord::Side::Airlock:
        return Leg::Airlock;
    case RequestRecord::Side::None:
        break;
    }
    return Leg::None;
}

QString RecordSummary::legName(Leg leg)
{
    switch (leg) {
    case Leg::None:
        return tr("None: nothing failed");
    case Leg::Client:
        return tr("The client");
    case Leg::Airlock:
        return tr("Airlock");
    case Leg::UpstreamProxy:
        return tr("The upstream proxy");
    case Leg::Backend:
        return tr("The backend");
    }
    return {};
}

QByteArray RecordSummary::clientOrigin(const RequestRecord& record)
{
    HttpHeadParser parser(HttpHeadParser::Kind::Request);
    parser.feed(record.clientRequestHead);
    return parser.isComplete() ? parser.head().headers.value("Origin") : QByteArray();
}

} // namespace airlock
