#pragma once

#include "config/Config.h"
#include "http/HttpHead.h"
#include "observe/RequestRecord.h"

#include <QList>

namespace airlock {

// What a session writes into the record of a request from what it learned, heads redacted as they go in:
// the route's secret header values never reach a record. Pure (apart from reading the clock).
struct SessionRecord
{
    static qint64 nowMs();
    // The head as bytes with the values of `secrets` (header names) and credentials in the target redacted.
    static QByteArray redactedHead(const HttpHead& head, const QList<QByteArray>& secrets);
    // The names of the route's injected headers: their values are always secret.
    static QList<QByteArray> secretNames(const RouteConfig& route);

    // A fresh record for the next request on a client connection.
    static RequestRecord begin(quint64 sessionId, const QString& clientAddress, quint16 clientPort);
    static void noteRequest(RequestRecord& record, const HttpHead& request);
    static void noteRoute(RequestRecord& record, const RouteConfig& route, const QByteArray& backendTarget,
                          bool bridge);
    // A tcp:// bridge opens: no backend answers; the request id is the client's (or a new one).
    static void noteBridgeOpen(RequestRecord& record, const HttpHead& request);
    // A head the backend answered with (interim ones too).
    static void noteBackendResponse(RequestRecord& record, const HttpHead& response, const QList<QByteArray>& secrets);
    // The head the client got from Airlock.
    static void noteClientResponse(RequestRecord& record, const HttpHead& answer, const QList<QByteArray>& secrets);
    // The record is complete: its outcome, when it closed (unless known), and its classification under the
    // route's close-code rules (none when no route matched).
    static void finish(RequestRecord& record, RequestRecord::Outcome outcome, const RouteConfig* route);
    // What a client should make of the end: the close code it saw, or the status of a failed exchange,
    // under the route's close-code rules (none when no route matched).
    static void classify(RequestRecord& record, const QHash<int, CloseClassification::Kind>& rules);
};

} // namespace airlock
