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

CapturedMessage CapturedMessage::fromJson(const QJsonObject& o)
{
    CapturedMessage m;
    m.type = o.value(QLatin1String("type")).toString() == QLatin1String("receive") ? Type::Receive : Type::Send;
    m.timeMs = qRound64(o.value(QLatin1String("time")).toDouble() * 1000.0);
    m.opcode = quint8(o.value(QLatin1String("opcode")).toInt(1));
    const QString data = o.value(QLatin1String("data")).toString();
    m.data = m.opcode == 1 ? data.toUtf8() : QByteArray::fromBase64(data.toLatin1());
    m.truncated = o.value(QLatin1String("truncated")).toBool();
    m.originalLength = m.truncated ? qint64(o.value(QLatin1String("originalLength")).toDouble()) : m.data.size();
    return m;
}

} // namespace airlock
