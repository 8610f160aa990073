#include "gui/MainWindow.h"
#include "gui/ProxyLinks.h"
#include "gui/desktop/RecentFailures.h"
#include "gui/desktop/TrayController.h"
#include "gui/models/RequestLogModel.h"
#include "gui/views/HandshakesView.h"

#include "ProxyFixture.h"
#include "observe/RequestLog.h"
#include "service/ProxyService.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <memory>

using namespace airlock;
using namespace Qt::StringLiterals;

// The tray's menu, close-to-tray and the behaviour without a tray host, on the offscreen platform (which
// has no tray: the tests say whether there is one).
class tst_TrayController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuOffersTheActions();
    void showAirlockShowsTheWindow();
    void startStopFromTheMenu();
    void copyProxyUrl();
    void failureOpensItsRecord();
    void closingTheWindow_data();
    void closingTheWindow();
    void quitStillQuits();
    void trayHostAppearsAndGoes();
    void startMinimized_data();
    void startMinimized();

private:
    void make(bool trayAvailable, const DesktopSettings& settings = {});
    QAction* menuAction(const QString& objectName) const;

    QTemporaryDir m_dir;
    bool m_available = false;
    std::unique_ptr<ProxyService> m_service;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RecentFailures> m_failures;
    std::unique_ptr<TrayController> m_tray;
};

void tst_TrayController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("airlock-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_traycontroller"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void tst_TrayController::init()
{
    QSettings().clear();
    m_service = std::make_unique<ProxyService>(ProxyFixture::config({}));
    QVERIFY(m_service->start());
}

void tst_TrayController::cleanup()
{
    m_tray.reset();
    m_failures.reset();
    m_window.reset();
    m_service.reset();
}

void tst_TrayController::make(bool trayAvailable, const DesktopSettings& settings)
{
    {
        QSettings store;
        settings.save(store);
    }
    m_available = trayAvailable;
    m_window =
        std::make_unique<MainWindow>(m_service.get(), m_dir.filePath(QStringLiteral("airlock.json")), [](Config&) {});
    m_failures = std::make_unique<RecentFailures>(m_service->requestLog());
    m_tray = std::make_unique<TrayController>(m_window.get(), m_service.get(), m_failures.get(),
                                              [this] { return m_available; });
}

QAction* tst_TrayController::menuAction(const QString& objectName) const
{
    const QList<QAction*> actions = m_tray->menu()->actions();
    for (QAction* action : actions)
        if (action->objectName() == objectName)
            return action;
    return nullptr;
}

void tst_TrayController::menuOffersTheActions()
{
    make(true);
    // The window's own actions, not copies: their state (Start/Stop, enabled) follows the proxy.
    QCOMPARE(menuAction(QStringLiteral("showAirlock")), m_tray->showAction());
    QCOMPARE(menuAction(QStringLiteral("startStopProxy")), m_window->startStopAction());
    QCOMPARE(menuAction(QStringLiteral("copyProxyUrl")), m_window->copyUrlAction());
    QCOMPARE(menuAction(QStringLiteral("openDemoPage")), m_window->demoPageAction());
    QCOMPARE(menuAction(QStringLiteral("preferences")), m_tray->preferencesAction());
    QCOMPARE(menuAction(QStringLiteral("quit")), m_window->quitAction());
    QCOMPARE(m_tray->menu()->actions().first(), m_tray->showAction());
    QCOMPARE(m_tray->menu()->actions().last(), m_window->quitAction());
    QVERIFY(m_tray->menu()->actions().contains(m_tray->failuresMenu()->menuAction()));
    QVERIFY(!m_tray->failuresMenu()->isEnabled()); // nothing failed yet
    QVERIFY(m_tray->trayIcon());
    QCOMPARE(m_tray->currentIcon(), TrayState::Icon::Idle);
    QVERIFY2(m_tray->toolTip().contains(QStringLiteral("listening on 127.0.0.1:%1").arg(m_service->port())),
             qPrintable(m_tray->toolTip()));
    QCOMPARE(m_tray->trayIcon()->toolTip(), m_tray->toolTip());
}

void tst_TrayController::showAirlockShowsTheWindow()
{
    make(true);
    QVERIFY(!m_window->isVisible());
    m_tray->showAction()->trigger();
    QVERIFY(m_window->isVisible());
}

void tst_TrayController::startStopFromTheMenu()
{
    make(true);
    QAction* startStop = menuAction(QStringLiteral("startStopProxy"));
    QVERIFY(startStop);
    startStop->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->state(), ProxyService::State::Stopped, 10000);
    QCOMPARE(m_tray->currentIcon(), TrayState::Icon::Stopped);
    QVERIFY2(m_tray->toolTip().startsWith(QStringLiteral("Airlock: proxy stopped")), qPrintable(m_tray->toolTip()));
    startStop->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->state(), ProxyService::State::Running, 10000);
    QCOMPARE(m_tray->currentIcon(), TrayState::Icon::Idle);
}

void tst_TrayController::copyProxyUrl()
{
    make(true);
    QGuiApplication::clipboard()->clear();
    menuAction(QStringLiteral("copyProxyUrl"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://127.0.0.1:%1").arg(m_service->port()));
}

void tst_TrayController::failureOpensItsRecord()
{
    make(true);
    RequestRecord ok;
    ok.sessionId = 6;
    ok.kind = RequestRecord::Kind::WebSocket;
    ok.route = QStringLiteral("vm1");
    ok.outcome = RequestRecord::Outcome::Closed;
    ok.closeCode = 1000;
    ok.classification = QStringLiteral("normal");
    RequestRecord failed = ok;
    failed.sessionId = 7;
    failed.closeCode = 4404;
    failed.closeReason = "session not found";
    failed.classification = QStringLiteral("permanent");
    RequestRecord later = ok;
    later.sessionId = 8;
    m_service->requestLog()->append({ok, failed, later});

    QCOMPARE(m_tray->currentIcon(), TrayState::Icon::Failure);
    QVERIFY2(m_tray->toolTip().contains(QStringLiteral("vm1: closed with 4404 session not found")),
             qPrintable(m_tray->toolTip()));
    QVERIFY(m_tray->failuresMenu()->isEnabled());
    QCOMPARE(m_tray->failuresMenu()->actions().size(), 1);
    QAction* entry = m_tray->failuresMenu()->actions().first();
    QVERIFY2(entry->text().contains(QStringLiteral("vm1: closed with 4404")), qPrintable(entry->text()));

    m_window->showView(MainWindow::View::Sessions);
    entry->trigger();
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->currentView(), MainWindow::View::Handshakes);
    const QModelIndex current = m_window->handshakesView()->table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(RequestLogModel::IdRole).toULongLong(), quint64(7));
    // Seen: the icon drops the failure mark.
    QCOMPARE(m_tray->currentIcon(), TrayState::Icon::Idle);
}

void tst_TrayController::closingTheWindow_data()
{
    QTest::addColumn<bool>("trayAvailable");
    QTest::addColumn<bool>("showTrayIcon");
    QTest::addColumn<bool>("closeToTray");
    QTest::addColumn<QString>("quitReason"); // empty: hides to the tray
    QTest::newRow("tray host, close to tray: hides") << true << true << true << QString();
    QTest::newRow("no tray host: quits") << false << true << true
                                         << u"window closed without a system tray host: quitting Airlock"_s;
    QTest::newRow("tray icon off: quits")
        << true << false << true << u"window closed with the tray icon turned off: quitting Airlock"_s;
    QTest::newRow("close to tray off: quits")
        << true << true << false << u"window closed with close to tray turned off: quitting Airlock"_s;
}

void tst_TrayController::closingTheWindow()
{
    QFETCH(bool, trayAvailable);
    QFETCH(bool, showTrayIcon);
    QFETCH(bool, closeToTray);
    QFETCH(QString, quitReason);

    DesktopSettings settings;
    settings.showTrayIcon = showTrayIcon;
    settings.closeToTray = closeToTray;
    if (!trayAvailable)
        QTest::ignoreMessage(QtInfoMsg, "no system tray host: the window stays visible and closing it quits Airlock");
    make(trayAvailable, settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    if (!quitReason.isEmpty())
        QTest::ignoreMessage(QtInfoMsg, qPrintable(quitReason));
    const bool closed = m_window->close();
    QCOMPARE(closed, quitReason.isEmpty() ? false : true);
    QVERIFY(!m_window->isVisible());
    QCOMPARE(m_service->state(), ProxyService::State::Running);
    QCOMPARE(QSettings().value(QStringLiteral("Desktop/closeNoticeShown")).toBool(), quitReason.isEmpty());
    if (quitReason.isEmpty()) {
        // The notice is once only; the tray's Show Airlock brings the window back.
        m_tray->showAction()->trigger();
        QVERIFY(m_window->isVisible());
        QVERIFY(!m_window->close());
        QVERIFY(!m_window->isVisible());
        QVERIFY(m_tray->settings().closeNoticeShown);
    }
}

void tst_TrayController::quitStillQuits()
{
    // Quit closes the window programmatically: that close is not hidden to the tray.
    make(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->quitAction()->trigger();
    QVERIFY(!m_window->isVisible());
    QVERIFY(!QSettings().value(QStringLiteral("Desktop/closeNoticeShown")).toBool());
}

void tst_TrayController::trayHostAppearsAndGoes()
{
    QTest::ignoreMessage(QtInfoMsg, "no system tray host: the window stays visible and closing it quits Airlock");
    make(false);
    QVERIFY(!m_tray->trayIcon());
    QVERIFY(!m_tray->canHideToTray());
    QSignalSpy changed(m_tray.get(), &TrayController::availabilityChanged);

    m_available = true;
    QTest::ignoreMessage(QtInfoMsg, "a system tray host appeared");
    // The coarse poll picks it up by itself (XEmbed hosts have no D-Bus name to watch).
    QVERIFY(changed.wait(15000));
    QVERIFY(m_tray->trayIcon());
    QVERIFY(m_tray->canHideToTray());

    // Hidden to the tray when the host goes: the window comes back, or nobody could find it.
    m_window->hide();
    m_available = false;
    QTest::ignoreMessage(QtInfoMsg, "the system tray host is gone");
    m_tray->checkAvailability();
    QVERIFY(!m_tray->trayIcon());
    QVERIFY(m_window->isVisible());
    QCOMPARE(changed.size(), 2);
}

void tst_TrayController::startMinimized_data()
{
    QTest::addColumn<bool>("trayAvailable");
    QTest::addColumn<bool>("requested");
    QTest::addColumn<bool>("setting");
    QTest::addColumn<bool>("hidden");
    QTest::newRow("--minimized with a tray") << true << true << false << true;
    QTest::newRow("the setting with a tray") << true << false << true << true;
    QTest::newRow("neither") << true << false << false << false;
    QTest::newRow("--minimized without a tray shows the window") << false << true << false << false;
}

void tst_TrayController::startMinimized()
{
    QFETCH(bool, trayAvailable);
    QFETCH(bool, requested);
    QFETCH(bool, setting);
    QFETCH(bool, hidden);
    DesktopSettings settings;
    settings.startMinimized = setting;
    if (!trayAvailable) {
        QTest::ignoreMessage(QtInfoMsg, "no system tray host: the window stays visible and closing it quits Airlock");
        QTest::ignoreMessage(QtInfoMsg, "starting minimized needs a tray icon; showing the window");
    }
    make(trayAvailable, settings);
    QCOMPARE(m_tray->startHidden(requested), hidden);
}

QTEST_MAIN(tst_TrayController)
#include "tst_traycontroller.moc"
