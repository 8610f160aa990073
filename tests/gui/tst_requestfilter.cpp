// The handshake list's filter: parsing (terms, negation, quotes, errors with positions), matching records,
// and the proxy model that applies it together with Pause and Clear.
#include "gui/models/RequestFilter.h"
#include "gui/models/RequestFilterProxyModel.h"
#include "gui/models/RequestLogModel.h"
#include "observe/RequestLog.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace airlock;

namespace {

RequestRecord base(quint64 id)
{
    RequestRecord r;
    r.sessionId = id;
    r.kind = RequestRecord::Kind::WebSocket;
    r.clientAddress = QStringLiteral("127.0.0.1");
    r.clientPort = 50123;
    r.route = QStringLiteral("term");
    r.method = "GET";
    r.target = "/term/ws?id=7";
    r.backendUrl = QStringLiteral("ws://127.0.0.1:7681/ws?id=7");
    r.acceptedAt = 1700000000000 + qint64(id) * 1000;
    r.clientRequestHead = "GET /term/ws?id=7 HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nOrigin: https://app.example\r\n\r\n";
    return r;
}

// Named records, one per situation the filter must tell apart.
RequestRecord named(const QString& name)
{
    RequestRecord r = base(1);
    if (name == QLatin1String("ws closed normally")) {
        r.outcome = RequestRecord::Outcome::Closed;
        r.httpStatus = 101;
        r.closeCode = 1000;
        r.classification = QStringLiteral("normal");
    } else if (name == QLatin1String("origin refused")) {
        r.outcome = RequestRecord::Outcome::Rejected;
        r.httpStatus = 403;
        r.failureReason = FailureReason::OriginNotAllowed;
        r.clientRequestHead = "GET /term/ws HTTP/1.1\r\nHost: 127.0.0.1\r\norigin: https://evil.example\r\n\r\n";
    } else if (name == QLatin1String("backend down")) {
        r.outcome = RequestRecord::Outcome::UpstreamFailed;
        r.httpStatus = 502;
        r.failureReason = FailureReason::ConnectRefused;
        r.backendUrl = QStringLiteral("ws://127.0.0.1:9/dead");
    } else if (name == QLatin1String("http 404")) {
        r.kind = RequestRecord::Kind::Http;
        r.route = QStringLiteral("api");
        r.target = "/api/missing";
        r.outcome = RequestRecord::Outcome::Forwarded;
        r.httpStatus = 404;
        r.backendStatus = 404;
        r.clientRequestHead = "GET /api/missing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    } else if (name == QLatin1String("ws dropped 1006")) {
        r.outcome = RequestRecord::Outcome::Closed;
        r.httpStatus = 101;
        r.closeCode = 1006;
        r.classification = QStringLiteral("transient");
    } else if (name == QLatin1String("browser-visible 4404")) {
        r.outcome = RequestRecord::Outcome::Closed;
        r.httpStatus = 101;
        r.backendStatus = 404;
        r.closeCode = 4404;
        r.classification = QStringLiteral("permanent");
    } else if (name == QLatin1String("ws open")) {
        r.outcome = RequestRecord::Outcome::Open;
        r.httpStatus = 101;
    }
    return r;
}

QList<RequestRecord> batch(quint64 firstId, int count)
{
    QList<RequestRecord> out;
    for (int i = 0; i < count; ++i) {
        RequestRecord r = base(firstId + quint64(i));
        r.outcome = RequestRecord::Outcome::Closed;
        r.clientResponseAt = r.acceptedAt + 1;
        r.closedAt = r.acceptedAt + qint64(r.sessionId * r.sessionId); // 1 ms, 4 ms, ..., 196 ms
        r.route = (firstId + quint64(i)) % 2 ? QStringLiteral("odd") : QStringLiteral("even");
        out.append(r);
    }
    return out;
}

QList<quint64> shownIds(const QAbstractItemModel& model)
{
    QList<quint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(RequestLogModel::IdRole).toULongLong());
    return out;
}

QList<quint64> range(quint64 first, quint64 last)
{
    QList<quint64> out;
    for (quint64 id = first; id <= last; ++id)
        out.append(id);
    return out;
}

} // namespace

class tst_RequestFilter : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void matches_data();
    void matches();
    void proxyFilters();
    void pauseShowsEveryRowOnceOnResume();
    void pauseWhileTheRingEvicts();
    void clearHidesUpToNow();
};

void tst_RequestFilter::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("errorPosition"); // -1 = valid
    QTest::addColumn<QStringList>("terms"); // field:value, "-" first when negated

    const auto row = [](const QString& text, int position, const QStringList& terms) {
        QTest::addRow("%s", qPrintable(text.isEmpty() ? QStringLiteral("(empty)") : text)) << text << position << terms;
    };
    row(QString(), -1, {});
    row(QStringLiteral("  "), -1, {});
    row(QStringLiteral("Term"), -1, {QStringLiteral("text:term")});
    row(QStringLiteral("route:api -status:404"), -1, {QStringLiteral("route:api"), QStringLiteral("-status:404")});
    row(QStringLiteral("status:4XX"), -1, {QStringLiteral("status:4xx")});
    row(QStringLiteral("code:1006 is:failed"), -1, {QStringLiteral("code:1006"), QStringLiteral("is:failed")});
    row(QStringLiteral("\"no route matches\""), -1, {QStringLiteral("text:no route matches")});
    row(QStringLiteral("origin:\"https://app.example\""), -1, {QStringLiteral("origin:https://app.example")});
    row(QStringLiteral("-is:ws"), -1, {QStringLiteral("-is:ws")});
    row(QStringLiteral("IS:Open"), -1, {QStringLiteral("is:open")});
    row(QStringLiteral("\"\""), -1, {});
    row(QStringLiteral("term \"no route"), 5, {});
    row(QStringLiteral("ws foo:bar"), 3, {});
    row(QStringLiteral("http://x"), 0, {});
    row(QStringLiteral("-foo:bar"), 1, {});
    row(QStringLiteral("route:"), 6, {});
    row(QStringLiteral("a route: b"), 8, {});
    row(QStringLiteral("status:abc"), 7, {});
    row(QStringLiteral("status:99"), 7, {});
    row(QStringLiteral("status:6xx"), 7, {});
    row(QStringLiteral("code:999"), 5, {});
    row(QStringLiteral("code:14x"), 5, {});
    row(QStringLiteral("is:broken"), 3, {});
    row(QStringLiteral("term - x"), 5, {});
    row(QStringLiteral("-"), 0, {});
}

void tst_RequestFilter::parse()
{
    QFETCH(QString, text);
    QFETCH(int, errorPosition);
    QFETCH(QStringList, terms);

    const RequestFilter filter = RequestFilter::parse(text);
    QCOMPARE(filter.errorPosition(), errorPosition);
    QCOMPARE(filter.isValid(), errorPosition < 0);
    QCOMPARE(filter.errorMessage().isEmpty(), errorPosition < 0);
    QCOMPARE(filter.text(), text);
    static const char* const fields[] = {"text", "route", "status", "code", "is", "origin"};
    QStringList got;
    for (const RequestFilter::Term& term : filter.terms())
        got.append(QString::fromLatin1(term.negated ? "-" : "") + QLatin1String(fields[int(term.field)]) + u':' +
                   term.value);
    QCOMPARE(got, terms);
}

void tst_RequestFilter::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("expected");

    const auto row = [](const char* filter, const char* record, bool expected) {
        QTest::addRow("%s on %s", filter, record) << QString::fromUtf8(filter) << QString::fromUtf8(record) << expected;
    };
    row("", "ws closed normally", true);
    row("TERM/WS", "ws closed normally", true);               // target, any case
    row("127.0.0.1:50123", "ws closed normally", true);       // client address
    row("\"origin is not allowed\"", "origin refused", true); // failure sentence
    row("7681", "ws closed normally", true);                  // backend URL
    row("7681", "backend down", false);
    row("nothing-like-this", "ws closed normally", false);
    row("route:term", "ws closed normally", true);
    row("route:TERM", "ws closed normally", true);
    row("route:ter", "ws closed normally", false); // a route is named in full
    row("route:api", "http 404", true);
    row("-route:api", "http 404", false);
    row("status:404", "http 404", true);
    row("status:4xx", "http 404", true);
    row("status:4xx", "origin refused", true);
    row("status:5xx", "http 404", false);
    row("status:404", "browser-visible 4404", true); // what the backend answered
    row("status:101", "browser-visible 4404", true);
    row("code:1006", "ws dropped 1006", true);
    row("code:1006", "ws closed normally", false);
    row("-code:1000", "ws closed normally", false);
    row("is:failed", "ws closed normally", false);
    row("is:failed", "origin refused", true);
    row("is:failed", "backend down", true);
    row("is:failed", "ws dropped 1006", true);
    row("is:failed", "browser-visible 4404", true);
    row("is:failed", "http 404", false); // a forwarded 404 is the backend's answer, not a failure
    row("is:open", "ws open", true);
    row("is:open", "ws closed normally", false);
    row("is:ws", "http 404", false);
    row("is:http", "http 404", true);
    row("origin:app.example", "ws closed normally", true);
    row("origin:APP", "ws closed normally", true);
    row("origin:evil", "origin refused", true); // header name in any case
    row("origin:app", "http 404", false);       // no Origin header at all
    row("-origin:evil is:failed", "origin refused", false);
    row("is:failed -origin:evil", "backend down", true);
    row("route:term is:ws code:1000", "ws closed normally", true);
    row("route:term is:http", "ws closed normally", false);
    row("\"route:", "ws closed normally", true); // invalid: matches everything
}

void tst_RequestFilter::matches()
{
    QFETCH(QString, filter);
    QFETCH(QString, record);
    QFETCH(bool, expected);
    QCOMPARE(RequestFilter::parse(filter).matches(named(record)), expected);
}

void tst_RequestFilter::proxyFilters()
{
    RequestLog log(100);
    RequestLogModel model(&log);
    RequestFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    log.append(batch(1, 10));
    QCOMPARE(proxy.rowCount(), 10);
    proxy.setFilter(RequestFilter::parse(QStringLiteral("route:odd")));
    QCOMPARE(shownIds(proxy), QList<quint64>({1, 3, 5, 7, 9}));
    QCOMPARE(proxy.unfilteredCount(), 10);
    log.append(batch(11, 4));
    QCOMPARE(shownIds(proxy), QList<quint64>({1, 3, 5, 7, 9, 11, 13}));
    proxy.setFilter(RequestFilter::parse(QStringLiteral("-route:odd")));
    QCOMPARE(proxy.rowCount(), 7);
    // An invalid filter shows everything rather than nothing.
    proxy.setFilter(RequestFilter::parse(QStringLiteral("route:")));
    QCOMPARE(proxy.rowCount(), 14);

    // Sorting uses raw values: "100 ms" sorts after "16 ms" as a number, not as text.
    proxy.setFilter(RequestFilter());
    proxy.sort(RequestLogModel::TotalColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(proxy), range(1, 14));
    proxy.sort(RequestLogModel::TotalColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(RequestLogModel::IdRole).toULongLong(), 14u);
}

// Records that arrive while paused are hidden and come back on resume, each exactly once.
void tst_RequestFilter::pauseShowsEveryRowOnceOnResume()
{
    RequestLog log(100);
    RequestLogModel model(&log);
    RequestFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    log.append(batch(1, 5));
    proxy.setPaused(true);
    QVERIFY(proxy.isPaused());
    log.append(batch(6, 3));
    log.append(batch(9, 2));
    QCOMPARE(shownIds(proxy), range(1, 5));
    QCOMPARE(proxy.pendingCount(), 5);
    QCOMPARE(proxy.unfilteredCount(), 5);

    proxy.setPaused(false);
    QCOMPARE(proxy.pendingCount(), 0);
    QCOMPARE(shownIds(proxy), range(1, 10));
    log.append(batch(11, 1));
    QCOMPARE(shownIds(proxy), range(1, 11));
}

// The ring keeps evicting while paused: the shown rows it drops go, the pending ones that survive appear
// on resume, and none twice.
void tst_RequestFilter::pauseWhileTheRingEvicts()
{
    RequestLog log(6);
    RequestLogModel model(&log);
    RequestFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    log.append(batch(1, 4));
    proxy.setPaused(true);
    log.append(batch(5, 4)); // evicts 1 and 2
    QCOMPARE(shownIds(proxy), range(3, 4));
    QCOMPARE(proxy.pendingCount(), 4);
    log.append(batch(9, 5)); // evicts 3..7: nothing shown is left, 8..13 pending
    QCOMPARE(shownIds(proxy), QList<quint64>());
    QCOMPARE(proxy.pendingCount(), 6);

    proxy.setPaused(false);
    QCOMPARE(shownIds(proxy), range(8, 13));
    const QList<quint64> shown = shownIds(proxy);
    QCOMPARE(QSet<quint64>(shown.begin(), shown.end()).size(), shown.size());
}

void tst_RequestFilter::clearHidesUpToNow()
{
    RequestLog log(100);
    RequestLogModel model(&log);
    RequestFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    log.append(batch(1, 5));
    proxy.clearUpToNow();
    QVERIFY(proxy.hasCleared());
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.unfilteredCount(), 0);
    QCOMPARE(log.size(), 5); // the log itself keeps them
    log.append(batch(6, 2));
    QCOMPARE(shownIds(proxy), range(6, 7));

    // Clear while paused hides the pending rows too: "everything up to now".
    proxy.setPaused(true);
    log.append(batch(8, 2));
    proxy.clearUpToNow();
    proxy.setPaused(false);
    QCOMPARE(proxy.rowCount(), 0);
    log.append(batch(10, 1));
    QCOMPARE(shownIds(proxy), range(10, 10));

    proxy.undoClear();
    QCOMPARE(shownIds(proxy), range(1, 10));
}

QTEST_MAIN(tst_RequestFilter)
#include "tst_requestfilter.moc"
