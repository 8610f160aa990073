#include "probe/ProbeResult.h"

#include <QJsonArray>

namespace airlock {

int ProbeResult::exitCode() const
{
    if (ok)
        return 0;
    return classification.kind == CloseClassification::Kind::Permanent ? 3 : 2;
}

QJsonObject ProbeResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("url"), url);
    if (!via.isEmpty())
        o.insert(QStringLiteral("via"), via);
    QJsonArray list;
    for (const Phase& p : phases) {
        QJsonObject phase{{QStringLiteral("name"), p.name}, {QStringLiteral("ms"), double(p.ms)}};
        if (!p.detail.isEmpty())
            phase.insert(QStringLiteral("detail"), p.detail);
        list.append(phase);
    }
    o.insert(QStringLiteral("phases"), list);
    o.insert(QStringLiteral("ok"), ok);
    if (status)
        o.insert(QStringLiteral("status"), status);
    if (failure != FailureReason::None) {
        o.insert(QStringLiteral("failure"), failure::id(failure));
        o.insert(QStringLiteral("detail"), detail);
    }
    if (!subprotocol.isEmpty())
        o.insert(QStringLiteral("subprotocol"), QString::fromUtf8(subprotocol));
    o.insert(QStringLiteral("classification"), CloseClassification::kindName(classification.kind));
    o.insert(QStringLiteral("explanation"), classification.explanation);
    o.insert(QStringLiteral("requestHead"), QString::fromUtf8(requestHead));
    o.insert(QStringLiteral("responseHead"), QString::fromUtf8(responseHead));
    o.insert(QStringLiteral("exitCode"), exitCode());
    return o;
}

QString ProbeResult::toText() const
{
    QString out = QStringLiteral("probe %1%2\n").arg(url, via.isEmpty() ? QString() : QStringLiteral(" via ") + via);
    for (const Phase& p : phases)
        out += QStringLiteral("  %1 %2 ms%3\n")
                   .arg(p.name, -8)
                   .arg(p.ms, 6)
                   .arg(p.detail.isEmpty() ? QString() : QStringLiteral("  ") + p.detail);
    const auto indent = [](const QByteArray& head) -> QString {
        QString text = QString::fromUtf8(head).trimmed();
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n    "));
        return QStringLiteral("    ") + text + u'\n';
    };
    if (!requestHead.isEmpty())
        out += QStringLiteral("  request:\n") + indent(requestHead);
    if (!responseHead.isEmpty())
        out += QStringLiteral("  response:\n") + indent(responseHead);
    if (ok)
        out += QStringLiteral("  result: ok (101%1)\n")
                   .arg(subprotocol.isEmpty()
                            ? QString()
                            : QStringLiteral(", subprotocol \"%1\"").arg(QString::fromUtf8(subprotocol)));
    else
        out += QStringLiteral("  result: failed (%1): %2\n").arg(failure::id(failure), detail);
    out += QStringLiteral("  classification: %1: %2\n")
               .arg(CloseClassification::kindName(classification.kind), classification.explanation);
    return out;
}

} // namespace airlock
