#pragma once

#include "http/HttpHeaders.h"

namespace airlock {

// A parsed HTTP/1.x message head: a request line or a status line, plus headers.
struct HttpHead
{
    // Request line
    QByteArray method;
    QByteArray target;
    // Status line
    int status = 0;
    QByteArray reason;

    int versionMinor = 1; // HTTP/1.<versionMinor>
    HttpHeaders headers;

    bool isRequest() const { return !method.isEmpty(); }
    QByteArray versionString() const
    {
        return versionMinor == 0 ? QByteArrayLiteral("HTTP/1.0") : QByteArrayLiteral("HTTP/1.1");
    }

    // The request line or status line, headers and the terminating empty line.
    QByteArray serialize() const;
};

} // namespace airlock
