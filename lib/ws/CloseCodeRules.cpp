#include "ws/CloseCodeRules.h"

namespace airlock {

bool CloseCodeRules::isValidReceived(quint16 code)
{
    if (code >= 1000 && code <= 1003)
        return true;
    if (code >= 1007 && code <= 1014)
        return true;
    return code >= 3000 && code <= 4999;
}

bool CloseCodeRules::maySend(quint16 code)
{
    return isValidReceived(code);
}

QByteArray CloseCodeRules::truncateReason(QByteArrayView reason)
{
    if (reason.size() <= MaxReasonBytes)
        return reason.toByteArray();
    qsizetype cut = MaxReasonBytes;
    // reason[cut] is the first byte dropped; while it is a continuation byte the sequence it
    // belongs to started before the cut, so drop that sequence whole. A valid sequence has at
    // most three continuation bytes; beyond that the input is not UTF-8 and a plain cut will do.
    const auto isContinuation = [&reason](qsizetype i) { return (quint8(reason[i]) & 0xC0) == 0x80; };
    qsizetype back = 0;
    while (back < 3 && isContinuation(cut - back))
        ++back;
    if (back < 3 || !isContinuation(cut - back))
        cut -= back;
    return reason.first(cut).toByteArray();
}

} // namespace airlock
