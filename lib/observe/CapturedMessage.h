#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace airlock {

// One WebSocket data message as message capture kept it: the payload unmasked and reassembled from its
// fragments, credentials replaced by "[redacted]", possibly cut at the session's capture cap.
struct CapturedMessage
{
    // Chrome's names: a page sends to the server and receives from it.
    enum class Type : quint8 { Send, Receive }; // send: client -> backend; receive: backend -> client

    Type type = Type::Send;
    qint64 timeMs = 0; // the message's first frame, milliseconds since the epoch
    quint8 opcode = 1; // 1 text, 2 binary
    QByteArray data;
    bool truncated = false;    // data holds only the start of the message
    qint64 originalLength = 0; // payload bytes of the whole message

    // {"type": "send"|"receive", "time": seconds since the epoch, "opcode": 1|2, "data": text, or base64 for
    // binary}, plus "truncated": true and "originalLength" when cut.
    QJsonObject toJson() const;
    static CapturedMessage fromJson(const QJsonObject& o); // the inverse, for records read back from a log
    static QString typeName(Type type);
};

} // namespace airlock
