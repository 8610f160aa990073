#include "ResultTable.h"

#include <QHash>

namespace airlock::bench {

namespace {

QString formatValue(const BenchMetric& m)
{
    QString text = QString::number(m.value, 'f', m.decimals);
    if (!m.unit.isEmpty())
        text += u' ' + m.unit;
    return text;
}

// Airlock relative to the other target: a ratio for rates, the added amount for costs such as latency.
QString compare(const BenchMetric& direct, const BenchMetric& proxied)
{
    if (direct.higherIsBetter) {
        if (direct.value <= 0)
            return {};
        return QString::number(proxied.value / direct.value, 'f', 2) + u'x';
    }
    const double delta = proxied.value - direct.value;
    return (delta >= 0 ? QStringLiteral("+") : QString()) + QString::number(delta, 'f', direct.decimals) +
           (direct.unit.isEmpty() ? QString() : u' ' + direct.unit);
}

} // namespace

QString ResultTable::render(const QList<BenchResult>& results, const QStringList& targets)
{
    struct Row
    {
        QString group;
        QString metric;
        QStringList cells;
        QString comparison;
    };
    QList<Row> rows;
    QStringList header{QStringLiteral("scenario"), QStringLiteral("figure")};
    header += targets;
    // Airlock against the one other target: the echo backend itself, or (bridges) websockify.
    const bool comparing = targets.size() == 2 && targets[1] == QLatin1String("airlock");
    if (comparing)
        header.append(QStringLiteral("airlock vs ") + targets[0]);

    // Groups and metrics in order of first appearance.
    QStringList groups;
    QHash<QString, QList<const BenchResult*>> byGroup;
    for (const BenchResult& r : results) {
        const QString group = r.scenario + QStringLiteral(" (") + r.variant + u')';
        if (!byGroup.contains(group))
            groups.append(group);
        byGroup[group].append(&r);
    }
    for (const QString& group : std::as_const(groups)) {
        const QList<const BenchResult*>& runs = byGroup[group];
        QStringList keys;
        for (const BenchResult* r : runs) {
            for (const BenchMetric& m : r->metrics) {
                if (!keys.contains(m.key))
                    keys.append(m.key);
            }
        }
        bool first = true;
        for (const QString& key : std::as_const(keys)) {
            Row row;
            row.group = first ? group : QString();
            first = false;
            const BenchMetric* byTarget[2] = {nullptr, nullptr};
            for (const QString& target : targets) {
                const BenchMetric* found = nullptr;
                for (const BenchResult* r : runs) {
                    if (r->target == target)
                        found = r->metric(key);
                }
                if (found && row.metric.isEmpty())
                    row.metric = found->label;
                row.cells.append(found ? formatValue(*found) : QStringLiteral("-"));
                if (target == targets.first())
                    byTarget[0] = found;
                else if (target == QLatin1String("airlock"))
                    byTarget[1] = found;
            }
            if (comparing && byTarget[0] && byTarget[1] && !key.startsWith(QLatin1String("cpu_")))
                row.comparison = compare(*byTarget[0], *byTarget[1]);
            rows.append(row);
        }
        for (const BenchResult* r : runs) {
            if (!r->error.isEmpty())
                rows.append({QString(), QStringLiteral("ERROR (%1)").arg(r->target), {r->error}, {}});
        }
    }

    // Column widths; an error message is allowed to overflow its column.
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths.append(h.size());
    auto widen = [&widths](int column, const QString& text) { widths[column] = qMax(widths[column], text.size()); };
    for (const Row& row : std::as_const(rows)) {
        widen(0, row.group);
        widen(1, row.metric);
        if (row.metric.startsWith(QLatin1String("ERROR")))
            continue;
        for (int i = 0; i < row.cells.size(); ++i)
            widen(2 + i, row.cells[i]);
        if (comparing)
            widen(int(header.size()) - 1, row.comparison);
    }
    auto line = [&widths](const QStringList& cells) -> QString {
        QString out;
        for (int i = 0; i < cells.size(); ++i) {
            // Text columns left-aligned, figures right-aligned.
            out += i < 2 ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]);
            if (i + 1 < cells.size())
                out += QStringLiteral("  ");
        }
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    QString out = line(header);
    QStringList rule;
    for (qsizetype w : std::as_const(widths))
        rule.append(QString(w, u'-'));
    out += line(rule);
    for (const Row& row : std::as_const(rows)) {
        if (row.metric.startsWith(QLatin1String("ERROR"))) {
            out += row.group.leftJustified(widths[0]) + QStringLiteral("  ") + row.metric + QStringLiteral(": ") +
                   row.cells.value(0) + u'\n';
            continue;
        }
        QStringList cells{row.group, row.metric};
        cells += row.cells;
        if (comparing)
            cells.append(row.comparison);
        out += line(cells);
    }
    return out;
}

} // namespace airlock::bench
