// SessionsView over a real ProxyService: a real WebSocket client's session shows up as a row, the close
// action closes it with 1001, and the row turns into a closed one with the close details.
#include "EchoBackend.h"
#include "ProxyFixture.h"

#include "gui/models/SessionTableModel.h"
#include "gui/views/SessionsView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace airlock;

class tst_SessionsView : public QObject
{
    Q_OBJECT

private slots:
    void closeActionClosesTheSession();
    void settingsRoundTrip();
};

void tst_SessionsView::closeActionClosesTheSession()
{
    EchoBackend backend;
    QVERIFY(backend.listen());
    ProxyFixture proxy(ProxyFixture::config({ProxyFixture::route(QStringLiteral("/ws"), backend.url())}));
    QVERIFY(proxy.start());
    SessionsView view(proxy.service());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(view.table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.accessibleName().isEmpty());
    QVERIFY(!view.table()->accessibleName().isEmpty());
    const QLabel* hint = view.findChild<QLabel*>();
    QVERIFY(hint && hint->isVisible());
    QVERIFY(!view.closeAction()->isEnabled());

    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QNetworkRequest request(proxy.wsUrl(QStringLiteral("/ws")));
    request.setRawHeader("Origin", "https://console.example.com");
    client.open(request);
    QVERIFY(connected.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->status(0), SessionTableModel::Status::Open, 5000);
    QVERIFY(!hint->isVisible());
    const quint64 id = view.model()->idAt(0);
    QVERIFY(id != 0);
    const QAbstractItemModel* shown = view.table()->model();
    QCOMPARE(shown->data(shown->index(0, SessionTableModel::Route)).toString(), QStringLiteral("/ws"));
    QCOMPARE(shown->data(shown->index(0, SessionTableModel::Origin)).toString(),
             QStringLiteral("https://console.example.com"));

    // Traffic shows in the counters with the next batch.
    QSignalSpy echoed(&client, &QWebSocket::textMessageReceived);
    client.sendTextMessage(QStringLiteral("hello"));
    QVERIFY(echoed.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(shown->data(shown->index(0, SessionTableModel::MessagesFromBackend)).toString(),
                              QStringLiteral("1"), 5000);
    if (qEnvironmentVariableIsSet("AIRLOCK_GRAB_DIR"))
        view.grab().save(qEnvironmentVariable("AIRLOCK_GRAB_DIR") + QStringLiteral("/sessionsview-open.png"));

    // Enter on the row asks for its handshake record.
    QSignalSpy showRecord(&view, &SessionsView::showRecordRequested);
    view.table()->setFocus();
    view.table()->selectRow(0);
    QVERIFY(view.closeAction()->isEnabled());
    view.showRecordAction()->trigger();
    QCOMPARE(showRecord.size(), 1);
    QCOMPARE(showRecord.at(0).at(0).toULongLong(), id);

    view.copyAction()->trigger();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Session %1").arg(id)));

    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    view.closeAction()->trigger();
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(client.closeCode()), 1001);
    QCOMPARE(client.closeReason(), QStringLiteral("closed from Airlock"));

    // The row stays, closed, with what the record says about the end.
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->isClosed(0), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->status(0), SessionTableModel::Status::ClosedNormal, 5000);
    const QString close = shown->data(shown->index(0, SessionTableModel::Close)).toString();
    QVERIFY2(close.contains(QStringLiteral("1001")) && close.contains(QStringLiteral("Airlock")), qPrintable(close));
    QVERIFY(!view.closeAction()->isEnabled());

    if (qEnvironmentVariableIsSet("AIRLOCK_GRAB_DIR"))
        view.grab().save(qEnvironmentVariable("AIRLOCK_GRAB_DIR") + QStringLiteral("/sessionsview.png"));
}

void tst_SessionsView::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("view.ini")), QSettings::IniFormat);
    ProxyService service(ProxyFixture::config({}));
    {
        SessionsView view(&service);
        view.table()->horizontalHeader()->setSectionHidden(SessionTableModel::Origin, true);
        view.model()->setLingerMs(5000);
        view.saveSettings(settings);
    }
    SessionsView view(&service);
    QVERIFY(!view.table()->horizontalHeader()->isSectionHidden(SessionTableModel::Origin));
    view.restoreSettings(settings);
    QVERIFY(view.table()->horizontalHeader()->isSectionHidden(SessionTableModel::Origin));
    QCOMPARE(view.model()->lingerMs(), 5000);
}

QTEST_MAIN(tst_SessionsView)
#include "tst_sessionsview.moc"
