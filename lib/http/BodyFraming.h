#pragma once

#include "http/HttpHead.h"

#include <QString>

namespace airlock {

// How the body after a head is delimited (RFC 9112 section 6.3).
struct BodyFraming
{
    enum class Kind { None, Length, Chunked, UntilClose, Invalid };
    Kind kind = Kind::None;
    qint64 length = 0;
    QString error; // for Invalid
    int errorStatus = 400;

    static BodyFraming forRequest(const HttpHead& request);
    // requestMethod: the method the response answers (HEAD responses have no body).
    static BodyFraming forResponse(const HttpHead& response, QByteArrayView requestMethod);
};

} // namespace airlock
