#include "http/HttpHead.h"

namespace airlock {

QByteArray HttpHead::serialize() const
{
    QByteArray out;
    if (isRequest()) {
        out = method + ' ' + target + ' ' + versionString() + "\r\n";
    } else {
        out = versionString() + ' ' + QByteArray::number(status) + ' ' + reason + "\r\n";
    }
    out += headers.serialize();
    out += "\r\n";
    return out;
}

} // namespace airlock
