#pragma once

#include "http/HttpHead.h"

#include <QByteArray>

namespace airlock {

class ProxyContext;

// Airlock's own endpoints on the loopback listener (/_airlock/*). Metrics and status are for scripts and
// scrapers: a page (any request with Origin) cannot read them. The ping is for pages: a fetch() to it lets
// Chrome ask for the local-network permission before the page opens its WebSocket.
// Pure: the answer depends only on the request and the context's counters. Used on worker threads.
class AdminEndpoint
{
public:
    // The whole answer (head and body; no body for HEAD); the connection closes after it.
    static QByteArray answer(const HttpHead& request, ProxyContext& context);
};

} // namespace airlock
