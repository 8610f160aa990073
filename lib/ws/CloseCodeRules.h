#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace airlock {

// Which close status codes may appear in a close frame on the wire (RFC 6455 section 7.4
// and the IANA registry), and how long a close reason may be.
struct CloseCodeRules
{
    // 1000-1003, 1007-1014 and 3000-4999. 1004 is reserved, 1005/1006/1015 are never sent
    // (they only report "no status", "abnormal closure" and "TLS failure" locally), and
    // 1016-2999 are unassigned.
    static bool isValidReceived(quint16 code);
    // The same set: a code we would reject from a peer is never one we send.
    static bool maySend(quint16 code);
    // At most 123 bytes (125-byte control payload minus the 2-byte code), cut before any
    // UTF-8 sequence that would not fit whole.
    static QByteArray truncateReason(QByteArrayView reason);

    static constexpr qsizetype MaxReasonBytes = 123;
};

} // namespace airlock
