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
    // framePolicy: the route's CSP frame-ancestors (RouteOrigin::frameAncestorsPolicy); empty: nobody may frame it.
    static HttpHead httpAnswer(int status, FailureReason reason, qsizetype bodySize, const QByteArray& requestId,
                               const QByteArray& framePolicy = {});
    // The close code a browser-visible refusal uses for this reason, or 0 when it has none.
    static quint16 browserCloseCode(FailureReason reason, RequestRecord::Outcome outcome);
    // The close code a browser gets when the backend refused its upgrade with `status`: 4000 + status, or
    // 1014 (bad gateway) for a status no 4xxx code can carry.
    static quint16 refusedUpgradeCode(int status);
    // Only a valid upgrade from a browser (it sends Origin; other clients rely on the HTTP status) can be
    // refused with a close code, and only where the route allows it (routeAllows: its browserVisibleErrors,
    // or true when no route matched).
    static bool canCloseVisibly(const HttpHead& request, bool routeAllows);
    // What the client reads of detail (the body or close reason): the same, except that a client whose
    // Origin is refused learns nothing of the route (name, backend), so no page can map the routes; the
    // record keeps the full detail.
    static QString clientDetail(const HttpHead& request, FailureReason reason, const QString& detail);

    // The bytes of a plain HTTP refusal to `request` (clientDetail() as its body, none for HEAD); the record gets
    // the answer's head, time and status. Uses the record's failure reason and request id.
    static QByteArray answerHttp(const HttpHead& request, int status, const QString& detail, RequestRecord& record,
                                 const QByteArray& framePolicy = {});
    // The bytes of a browser-visible refusal: the upgrade completed (selecting the client's first offered
    // subprotocol, because a browser fails a handshake that ignores its offer) and closed at once with code
    // and clientDetail(). The record gets what the client saw. Uses the record's failure reason.
    static QByteArray answerWithClose(const HttpHead& request, quint16 code, const QString& detail,
                                      RequestRecord& record);
};

} // namespace airlock
