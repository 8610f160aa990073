#include "observe/CapturedMessage.h"

namespace airlock {

QString CapturedMessage::typeName(Type type)
{
    return type == Type::Send ? QStringLiteral("send") : QStringLiteral("receive");
}

QJsonObject CapturedMessage::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), typeName(type));
    o.insert(QStringLiteral("time"), double(timeMs) / 1000.0);
    o.insert(QStringLiteral("opcode"), int(opcode));
    o.insert(QStringLiteral("data"), opcode == 1 ? QString::fromUtf8(data) : QString::fromLatin1(data.toBase64()));
    if (truncated) {
        o.insert(QStringLiteral("truncated"), true);
        o.insert(QStringLiteral("originalLength"), double(originalLength));
    }
    return o;
}

} // namespace airlock
