// The handshake list as the user sees it: follows the newest row unless scrolled away, Pause and Clear,
// the filter line edit (validity, debounce, remembered), showSession, exports of the selection, opening a
// log file read-only, and a real service's records arriving in the list.
#include "EchoBackend.h"
#include "ProxyFixture.h"

#include "gui/inspector/RequestDetailPane.h"
#include "gui/models/LogFileReader.h"
#include "gui/models/RequestFilterProxyModel.h"
#include "gui/models/RequestLogModel.h"
#include "gui/views/HandshakesView.h"
#include "observe/RequestLog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWebSocket>

using namespace airlock;

namespace {

RequestRecord record(quint64 id)
{
    RequestRecord r;
    r.sessionId = id;
    r.kind = RequestRecord::Kind::WebSocket;
    r.clientAddress = QStringLiteral("127.0.0.1");
    r.clientPort = quint16(40000 + id % 1000);
    r.route = id % 3 == 0 ? QStringLiteral("api") : QStringLiteral("term");
    r.method = "GET";
    r.target = "/term/ws?n=" + QByteArray::number(id);
    r.backendUrl = QStringLiteral("ws://127.0.0.1:7681/ws");
    r.acceptedAt = 1700000000000 + qint64(id) * 1000;
    r.headReadAt = r.acceptedAt + 1;
    r.tcpConnectedAt = r.acceptedAt + 2;
    r.upstreamResponseAt = r.acceptedAt + 5;
    r.clientResponseAt = r.acceptedAt + 6;
    r.closedAt = r.acceptedAt + 900;
    r.outcome = RequestRecord::Outcome::Closed;
    r.httpStatus = 101;
    r.closeCode = 1000;
    r.classification = QStringLiteral("normal");
    r.clientRequestHead = "GET /term/ws HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nOrigin: https://app.example\r\n\r\n";
    r.clientResponseHead = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n";
    return r;
}

QList<RequestRecord> records(quint64 first, int count)
{
    QList<RequestRecord> out;
    for (int i = 0; i < count; ++i)
        out.append(record(first + quint64(i)));
    return out;
}

QList<quint64> shownIds(const QAbstractItemModel* model)
{
    QList<quint64> out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, 0).data(RequestLogModel::IdRole).toULongLong());
    return out;
}

QList<quint64> range(quint64 first, quint64 last)
{
    QList<quint64> out;
    for (quint64 id = first; id <= last; ++id)
        out.append(id);
    return out;
}

// The first row shown at the top of the table.
quint64 topId(const HandshakesView& view)
{
    return view.table()->indexAt(QPoint(1, 1)).data(RequestLogModel::IdRole).toULongLong();
}

void showView(HandshakesView& view)
{
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

} // namespace

class tst_HandshakesView : public QObject
{
    Q_OBJECT

private slots:
    void followsTheNewestRowUntilScrolledAway();
    void followsNewestFirstWhenSortedByTimeDescending();
    void evictionsKeepTheReadingPosition();
    void pauseAndClear();
    void filterEditShowsValidityAndApplies();
    void settingsRemembered();
    void showSessionClearsWhatHidesIt();
    void exportSelected_data();
    void exportSelected();
    void openLogReadsARequestLogFile();
    void openLogMapsAForeignHar();
    void openLogErrors_data();
    void openLogErrors();
    void openLogFolderNeedsAFile();
    void allowOriginForwarded();
    void namedAndReachableByKeyboard();
    void liveServiceRecords();
};

void tst_HandshakesView::followsTheNewestRowUntilScrolledAway()
{
    RequestLog log(1000);
    HandshakesView view(&log);
    QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    showView(view);
    QScrollBar* bar = view.table()->verticalScrollBar();

    log.append(records(1, 100));
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(view.isFollowingNewest());
    log.append(records(101, 20));
    QTRY_COMPARE(shownIds(view.proxy()).size(), 120);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QTRY_VERIFY(view.table()->rowAt(view.table()->viewport()->height() - 2) >= 115);

    // The user scrolls up: new rows no longer move the list.
    bar->setValue(10);
    QVERIFY(!view.isFollowingNewest());
    const quint64 top = topId(view);
    log.append(records(121, 20));
    QTRY_COMPARE(view.proxy()->rowCount(), 140);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 10);
    QCOMPARE(topId(view), top);

    // Back at the bottom: following again.
    bar->setValue(bar->maximum());
    QVERIFY(view.isFollowingNewest());
    log.append(records(141, 20));
    QTRY_COMPARE(view.proxy()->rowCount(), 160);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QTRY_VERIFY(view.table()->rowAt(view.table()->viewport()->height() - 2) >= 155);
}

void tst_HandshakesView::followsNewestFirstWhenSortedByTimeDescending()
{
    RequestLog log(1000);
    HandshakesView view(&log);
    showView(view);
    QScrollBar* bar = view.table()->verticalScrollBar();
    log.append(records(1, 100));
    QTRY_VERIFY(bar->maximum() > 0);
    view.table()->sortByColumn(RequestLogModel::TimeColumn, Qt::DescendingOrder);
    QTRY_COMPARE(bar->value(), bar->minimum());
    QVERIFY(view.isFollowingNewest());
    QCOMPARE(topId(view), 100u);

    log.append(records(101, 5));
    QTRY_COMPARE(view.proxy()->rowCount(), 105);
    QTRY_COMPARE(topId(view), 105u);
    QCOMPARE(bar->value(), bar->minimum());

    // Scrolled away: rows arriving above keep the rows being read in place.
    bar->setValue(20);
    QVERIFY(!view.isFollowingNewest());
    const quint64 top = topId(view);
    log.append(records(106, 5));
    QTRY_COMPARE(view.proxy()->rowCount(), 110);
    QCoreApplication::processEvents();
    QCOMPARE(topId(view), top);
    QVERIFY(!view.isFollowingNewest());
}

void tst_HandshakesView::evictionsKeepTheReadingPosition()
{
    RequestLog log(100);
    HandshakesView view(&log);
    showView(view);
    QScrollBar* bar = view.table()->verticalScrollBar();
    log.append(records(1, 100));
    QTRY_VERIFY(bar->maximum() > 50);
    QTRY_COMPARE(bar->value(), bar->maximum());
    bar->setValue(40);
    const quint64 top = topId(view);
    QCOMPARE(top, 41u);
    log.append(records(101, 10)); // evicts 1..10, above the rows on screen
    QCoreApplication::processEvents();
    QTRY_COMPARE(topId(view), top);
    QVERIFY(!view.isFollowingNewest());
}

void tst_HandshakesView::pauseAndClear()
{
    QTemporaryDir dir;
    LogOptions options;
    options.file = dir.filePath(QStringLiteral("requests.jsonl"));
    RequestLog log(100);
    QVERIFY(log.openFile(options, nullptr));
    HandshakesView view(&log);
    QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    log.append(records(1, 5));
    view.pauseAction()->trigger();
    QVERIFY(view.proxy()->isPaused());
    QCOMPARE(view.pauseAction()->text(), QStringLiteral("&Resume"));
    log.append(records(6, 3));
    QCOMPARE(shownIds(view.proxy()), range(1, 5));
    QVERIFY2(view.statusText().contains(QStringLiteral("paused, 3 new")), qPrintable(view.statusText()));

    view.pauseAction()->trigger();
    QVERIFY(!view.proxy()->isPaused());
    QCOMPARE(shownIds(view.proxy()), range(1, 8));

    view.clearAction()->trigger();
    QCOMPARE(view.proxy()->rowCount(), 0);
    QCOMPARE(view.statusText(), QStringLiteral("0 of 0 shown"));
    log.append(records(9, 2));
    QCOMPARE(shownIds(view.proxy()), range(9, 10));

    // Clear hides; the log file keeps every record.
    log.flush();
    QCOMPARE(RequestLog::readFiles(options.file, options.keepFiles).size(), 10);
}

void tst_HandshakesView::filterEditShowsValidityAndApplies()
{
    RequestLog log(100);
    log.append(records(1, 9));
    HandshakesView view(&log);
    QLineEdit* edit = view.filterEdit();
    QVERIFY(edit->toolTip().contains(QStringLiteral("route:NAME")));

    edit->setText(QStringLiteral("route:api"));
    QVERIFY(view.isFilterValid());
    QCOMPARE(view.proxy()->rowCount(), 9); // not yet: the filter applies after a short pause in typing
    QTRY_COMPARE(shownIds(view.proxy()), QList<quint64>({3, 6, 9}));

    edit->setText(QStringLiteral("route:api \"unclosed"));
    QVERIFY(!view.isFilterValid());
    QVERIFY2(edit->accessibleDescription().contains(QStringLiteral("not valid")),
             qPrintable(edit->accessibleDescription()));
    QVERIFY(edit->accessibleDescription().contains(QStringLiteral("Column 11")));
    QVERIFY(edit->toolTip().contains(QStringLiteral("never closed")));
    QVERIFY(!edit->styleSheet().isEmpty());
    view.applyFilterNow();
    QCOMPARE(view.proxy()->rowCount(), 3); // the last valid filter stays in force

    edit->setText(QStringLiteral("-route:api"));
    QVERIFY(view.isFilterValid());
    QVERIFY(edit->styleSheet().isEmpty());
    QTRY_COMPARE(view.proxy()->rowCount(), 6);
}

void tst_HandshakesView::settingsRemembered()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    RequestLog log(100);
    log.append(records(1, 9));
    {
        HandshakesView view(&log);
        view.filterEdit()->setText(QStringLiteral("route:api"));
        view.table()->horizontalHeader()->resizeSection(RequestLogModel::RouteColumn, 222);
        QSettings settings(file, QSettings::IniFormat);
        view.saveSettings(settings);
    }
    HandshakesView view(&log);
    QSettings settings(file, QSettings::IniFormat);
    view.restoreSettings(settings);
    QCOMPARE(view.filterEdit()->text(), QStringLiteral("route:api"));
    QCOMPARE(view.proxy()->rowCount(), 3); // applied at once, no debounce
    QCOMPARE(view.table()->horizontalHeader()->sectionSize(RequestLogModel::RouteColumn), 222);
}

void tst_HandshakesView::showSessionClearsWhatHidesIt()
{
    RequestLog log(100);
    log.append(records(1, 9));
    HandshakesView view(&log);
    view.filterEdit()->setText(QStringLiteral("route:api"));
    view.applyFilterNow();
    QCOMPARE(view.proxy()->rowCount(), 3);

    QVERIFY(view.showSession(6)); // shown: the filter stays
    QCOMPARE(view.filterEdit()->text(), QStringLiteral("route:api"));
    QCOMPARE(view.table()->currentIndex().data(RequestLogModel::IdRole).toULongLong(), 6u);

    QVERIFY(view.showSession(4)); // hidden by the filter: cleared
    QCOMPARE(view.filterEdit()->text(), QString());
    QCOMPARE(view.proxy()->rowCount(), 9);
    QCOMPARE(view.table()->currentIndex().data(RequestLogModel::IdRole).toULongLong(), 4u);

    view.clearList();
    view.setPaused(true);
    log.append(records(10, 1));
    QVERIFY(view.showSession(10)); // hidden by Clear and Pause
    QVERIFY(!view.proxy()->isPaused());
    QCOMPARE(view.table()->currentIndex().data(RequestLogModel::IdRole).toULongLong(), 10u);

    // The newest record of a session wins (an HTTP keep-alive connection has several).
    RequestRecord again = record(2);
    again.target = "/again";
    log.append({again});
    QVERIFY(view.showSession(2));
    QCOMPARE(view.table()->currentIndex().data(RequestLogModel::RecordRole).value<RequestRecord>().target,
             QByteArray("/again"));
    QVERIFY(!view.showSession(999));
}

void tst_HandshakesView::exportSelected_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("HAR") << int(HandshakesView::ExportFormat::Har);
    QTest::newRow("JSON lines") << int(HandshakesView::ExportFormat::JsonLines);
}

// The selection in the list's sort order, written oldest first, reads back as the same records.
void tst_HandshakesView::exportSelected()
{
    QFETCH(int, format);
    RequestLog log(100);
    log.append(records(1, 6));
    HandshakesView view(&log);
    view.table()->sortByColumn(RequestLogModel::TimeColumn, Qt::DescendingOrder);
    QItemSelectionModel* selection = view.table()->selectionModel();
    for (int row : {0, 2, 5}) // sessions 6, 4 and 1
        selection->select(view.proxy()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(view.fileActions().at(1)->isEnabled());

    QList<quint64> selectedIds;
    for (const RequestRecord& r : view.selectedRecords())
        selectedIds.append(r.sessionId);
    QCOMPARE(selectedIds, QList<quint64>({1, 4, 6}));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export"));
    QString error;
    QVERIFY(HandshakesView::writeRecords(view.selectedRecords(), path, HandshakesView::ExportFormat(format), &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    if (HandshakesView::ExportFormat(format) == HandshakesView::ExportFormat::JsonLines) {
        const QList<QByteArray> lines = data.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonDocument doc = QJsonDocument::fromJson(lines[i]);
            QVERIFY(doc.isObject());
            QCOMPARE(doc.object(), record(selectedIds[i]).toJson());
        }
    } else {
        const QJsonArray entries = QJsonDocument::fromJson(data)
                                       .object()
                                       .value(QLatin1String("log"))
                                       .toObject()
                                       .value(QLatin1String("entries"))
                                       .toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(
            entries.at(2).toObject().value(QLatin1String("request")).toObject().value(QLatin1String("url")).toString(),
            QStringLiteral("ws://127.0.0.1:8765/term/ws?n=6"));
    }
    // Either format opens again as the same records.
    const LogFileReader::Result read = LogFileReader::read(path);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.records.size(), 3);
    for (qsizetype i = 0; i < read.records.size(); ++i)
        QCOMPARE(read.records[i].toJson(), record(selectedIds[i]).toJson());

    QVERIFY(!HandshakesView::writeRecords(view.selectedRecords(), dir.filePath(QStringLiteral("no/such/dir/x")),
                                          HandshakesView::ExportFormat(format), &error));
    QVERIFY(error.contains(QStringLiteral("Cannot write")));
}

void tst_HandshakesView::openLogReadsARequestLogFile()
{
    QTemporaryDir dir;
    LogOptions options;
    options.file = dir.filePath(QStringLiteral("requests.jsonl"));
    options.maxBytes = 2000; // about two records a file: the log rotates, and all of it reads back
    options.keepFiles = 10;
    {
        RequestLog log(100);
        QVERIFY(log.openFile(options, nullptr));
        for (const RequestRecord& r : records(1, 7))
            log.append({r});
    }
    QVERIFY(QFile::exists(options.file + QStringLiteral(".2")));
    QString error;
    std::unique_ptr<HandshakesView> view(HandshakesView::fromFile(options.file, &error));
    QVERIFY2(view, qPrintable(error));
    QAbstractItemModelTester tester(view->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(view->model()->isReadOnly());
    QCOMPARE(shownIds(view->proxy()), range(1, 7));
    QCOMPARE(view->model()->recordAt(6).toJson(), record(7).toJson());
    QVERIFY(!view->pauseAction()->isEnabled());
    QVERIFY(!view->clearAction()->isEnabled());
    QVERIFY(view->statusText().startsWith(QStringLiteral("requests.jsonl (read-only)")));
    // Filter and detail work the same.
    view->filterEdit()->setText(QStringLiteral("route:api"));
    view->applyFilterNow();
    QCOMPARE(shownIds(view->proxy()), QList<quint64>({3, 6}));
}

// A HAR another tool wrote has no _airlock record: what HAR has is mapped.
void tst_HandshakesView::openLogMapsAForeignHar()
{
    const QByteArray har = R"({"log": {"version": "1.2", "entries": [
        {"startedDateTime": "2026-03-01T10:00:00.000Z", "time": 42,
         "request": {"method": "GET", "url": "wss://example.test/socket?x=1", "httpVersion": "HTTP/1.1",
                     "headers": [{"name": "Origin", "value": "https://example.test"}]},
         "response": {"status": 101, "statusText": "Switching Protocols", "httpVersion": "HTTP/1.1",
                      "headers": []}},
        {"startedDateTime": "2026-03-01T10:00:01.000Z", "time": 5,
         "request": {"method": "POST", "url": "https://example.test/api", "headers": []},
         "response": {"status": 404, "headers": []}}]}})";
    const LogFileReader::Result result = LogFileReader::fromData(har);
    QCOMPARE(result.error, QString());
    QVERIFY(result.har);
    QCOMPARE(result.records.size(), 2);
    const RequestRecord& ws = result.records[0];
    QCOMPARE(ws.kind, RequestRecord::Kind::WebSocket);
    QCOMPARE(ws.target, QByteArray("/socket?x=1"));
    QCOMPARE(ws.httpStatus, 101);
    QCOMPARE(ws.outcome, RequestRecord::Outcome::Closed);
    QCOMPARE(ws.clientResponseAt - ws.acceptedAt, 42);
    QVERIFY(ws.clientRequestHead.contains("Origin: https://example.test\r\n"));
    const RequestRecord& http = result.records[1];
    QCOMPARE(http.kind, RequestRecord::Kind::Http);
    QCOMPARE(http.method, QByteArray("POST"));
    QCOMPARE(http.httpStatus, 404);
    QCOMPARE(http.outcome, RequestRecord::Outcome::Forwarded);
}

void tst_HandshakesView::openLogErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // empty name: no file at all
    QTest::addColumn<QString>("error");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("Cannot read");
    QTest::newRow("empty file") << QByteArray("\n") << QStringLiteral("the file is empty");
    QTest::newRow("text") << QByteArray("hello\nworld\n") << QStringLiteral("no line holds a request record");
    QTest::newRow("other JSON lines") << QByteArray("{\"a\":1}\n{\"b\":2}\n")
                                      << QStringLiteral("no line holds a request record");
}

void tst_HandshakesView::openLogErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString got;
    QCOMPARE(HandshakesView::fromFile(path, &got), nullptr);
    QVERIFY2(got.contains(error), qPrintable(got));
    QVERIFY(got.contains(path));
}

void tst_HandshakesView::openLogFolderNeedsAFile()
{
    RequestLog withoutFile(10);
    HandshakesView a(&withoutFile);
    QVERIFY(!a.openLogFolderAction()->isEnabled());

    QTemporaryDir dir;
    LogOptions options;
    options.file = dir.filePath(QStringLiteral("requests.jsonl"));
    RequestLog withFile(10);
    QVERIFY(withFile.openFile(options, nullptr));
    HandshakesView b(&withFile);
    QVERIFY(b.openLogFolderAction()->isEnabled());
    QVERIFY(b.fileActions().contains(b.openLogFolderAction()));
}

void tst_HandshakesView::allowOriginForwarded()
{
    RequestLog log(10);
    HandshakesView view(&log);
    QSignalSpy spy(&view, &HandshakesView::allowOriginRequested);
    emit view.detailPane()->allowOriginRequested(QStringLiteral("term"), "https://app.example");
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("term"));
    QCOMPARE(spy.at(0).at(1).toByteArray(), QByteArray("https://app.example"));
}

void tst_HandshakesView::namedAndReachableByKeyboard()
{
    RequestLog log(10);
    HandshakesView view(&log);
    QList<QWidget*> widgets{view.filterEdit(), view.table()};
    // The filter bar's buttons (not the line edit's clear button or the table's corner button).
    const QList<QToolButton*> buttons = view.findChildren<QToolButton*>(Qt::FindDirectChildrenOnly);
    QCOMPARE(buttons.size(), 4);
    for (QToolButton* button : buttons)
        widgets.append(button);
    for (QWidget* widget : std::as_const(widgets)) {
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->accessibleName()));
    }
    for (QAction* action : {view.pauseAction(), view.clearAction(), view.fileActions().at(0), view.fileActions().at(1),
                            view.fileActions().at(2)})
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
}

// A real service: a WebSocket session and a request for no route arrive as rows; is:failed finds the
// refusal.
void tst_HandshakesView::liveServiceRecords()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    ProxyFixture fixture(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/echo"), backend.url())}));
    QVERIFY(fixture.start());
    HandshakesView view(fixture.service()->requestLog());
    QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(fixture.wsUrl(QStringLiteral("/echo")));
    QVERIFY(connected.wait(5000));
    client.close();
    QWebSocket lost;
    QSignalSpy disconnected(&lost, &QWebSocket::disconnected);
    lost.open(fixture.wsUrl(QStringLiteral("/nowhere")));
    QVERIFY(disconnected.wait(5000));

    QTRY_COMPARE_WITH_TIMEOUT(view.proxy()->rowCount(), 2, 10000);
    view.filterEdit()->setText(QStringLiteral("is:failed"));
    view.applyFilterNow();
    QCOMPARE(view.proxy()->rowCount(), 1);
    const QModelIndex refused = view.proxy()->index(0, RequestLogModel::OutcomeColumn);
    QCOMPARE(refused.data().toString(), QStringLiteral("rejected by Airlock"));
    QCOMPARE(view.proxy()->index(0, RequestLogModel::StatusColumn).data().toString(), QStringLiteral("404"));

    view.filterEdit()->setText(QStringLiteral("route:/echo")); // the fixture names a route by its path
    view.applyFilterNow();
    QCOMPARE(view.proxy()->rowCount(), 1);
    view.table()->setCurrentIndex(view.proxy()->index(0, 0));
    QCOMPARE(view.table()->currentIndex().data(RequestLogModel::RecordRole).value<RequestRecord>().httpStatus, 101);
}

QTEST_MAIN(tst_HandshakesView)
#include "tst_handshakesview.moc"
