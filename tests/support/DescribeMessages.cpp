#include "DescribeMessages.h"

namespace airlock::test {

QByteArray describe(const CapturedMessage& m)
{
    QByteArray line = CapturedMessage::typeName(m.type).toLatin1() + '/' + QByteArray::number(m.opcode) + '/' +
                      (m.opcode == 1 ? m.data : m.data.toHex());
    if (m.truncated)
        line += "/cut of " + QByteArray::number(m.originalLength);
    return line;
}

QByteArrayList describe(const QList<CapturedMessage>& messages)
{
    QByteArrayList out;
    for (const CapturedMessage& m : messages)
        out.append(describe(m));
    return out;
}

} // namespace airlock::test
