#include "gui/desktop/TrayController.h"

#include "gui/MainWindow.h"
#include "gui/ProxyLinks.h"
#include "gui/desktop/PreferencesDialog.h"
#include "gui/desktop/RecentFailures.h"
#include "gui/desktop/TrayIcons.h"
#include "gui/views/HandshakesView.h"
#include "health/HealthMonitor.h"
#include "service/ProxyService.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcTray, "airlock.tray", QtInfoMsg)

namespace airlock {

namespace {

constexpr int pollMs = 5000;                    // asking for a tray host again: coarse, it rarely changes
constexpr int recentFailureMs = 10 * 60 * 1000; // how long a permanent failure marks the icon

} // namespace

TrayController::TrayController(MainWindow* window, ProxyService* service, RecentFailures* failures,
                               std::function<bool()> available, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_service(service)
    , m_failures(failures)
    , m_availableFn(available ? std::move(available) : [] { return QSystemTrayIcon::isSystemTrayAvailable(); })
    , m_menu(new QMenu)
    , m_show(new QAction(tr("&Show Airlock"), this))
    , m_preferences(new QAction(tr("&Preferences..."), this))
    , m_failuresMenu(new QMenu(tr("Recent &Failures"), m_menu))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->setAccessibleName(tr("Airlock tray menu"));
    m_show->setObjectName(QStringLiteral("showAirlock"));
    m_show->setToolTip(tr("Show Airlock's window"));
    connect(m_show, &QAction::triggered, this, &TrayController::showWindow);
    m_preferences->setObjectName(QStringLiteral("preferences"));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setShortcut(QKeySequence::Preferences);
    connect(m_preferences, &QAction::triggered, this, &TrayController::editPreferences);
    m_failuresMenu->setObjectName(QStringLiteral("recentFailuresMenu"));

    m_menu->addAction(m_show);
    m_menu->setDefaultAction(m_show);
    m_menu->addSeparator();
    m_menu->addAction(m_window->startStopAction());
    m_menu->addAction(m_window->copyUrlAction());
    m_menu->addAction(m_window->demoPageAction());
    m_menu->addSeparator();
    m_menu->addMenu(m_failuresMenu);
    m_menu->addSeparator();
    m_menu->addAction(m_preferences);
    m_menu->addAction(m_window->quitAction());

    // The window hides to the tray instead of closing; a hidden window must not end the app when a dialog
    // (preferences, about) closes as the last visible one. Quit happens explicitly (MainWindow, signals).
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->installEventFilter(this);
    qApp->installEventFilter(this); // QEvent::Quit: closes during a quit must not hide the window

    connect(m_service, &ProxyService::stateChanged, this, &TrayController::update);
    connect(m_service, &ProxyService::sessionsUpdated, this, &TrayController::update);
    connect(m_service->healthMonitor(), &HealthMonitor::stateChanged, this, &TrayController::update);
    connect(m_service->healthMonitor(), &HealthMonitor::overallChanged, this, &TrayController::update);
    connect(m_failures, &RecentFailures::failureAdded, this, [this] {
        m_recentFailure = true;
        m_failureExpiry.start();
        rebuildFailures();
        update();
    });
    m_failureExpiry.setSingleShot(true);
    m_failureExpiry.setInterval(recentFailureMs);
    connect(&m_failureExpiry, &QTimer::timeout, this, [this] {
        m_recentFailure = false;
        update();
    });

    // A StatusNotifier host registers this name; XEmbed hosts (trayer, stalonetray) have none: the timer.
    if (QDBusConnection::sessionBus().isConnected()) {
        m_watcher =
            new QDBusServiceWatcher(QStringLiteral("org.kde.StatusNotifierWatcher"), QDBusConnection::sessionBus(),
                                    QDBusServiceWatcher::WatchForOwnerChange, this);
        connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, &TrayController::checkAvailability);
    }
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &TrayController::checkAvailability);
    m_poll.start();

    m_settings = [] {
        QSettings settings;
        return DesktopSettings::load(settings);
    }();
    m_available = m_availableFn();
    if (!m_available)
        qCInfo(lcTray, "no system tray host: the window stays visible and closing it quits Airlock");
    rebuildFailures();
    updateIconPresence();
    update();
}

TrayController::~TrayController()
{
    qApp->removeEventFilter(this);
    delete m_icon;
    delete m_menu;
}

void TrayController::applySettings(const DesktopSettings& settings)
{
    m_settings = settings;
    updateIconPresence();
    // A window hidden to a tray icon that is now gone must come back.
    if (!canHideToTray() && m_window->isHidden())
        showWindow();
}

bool TrayController::canHideToTray() const
{
    return m_available && m_settings.showTrayIcon && m_icon;
}

bool TrayController::startHidden(bool minimizedRequested) const
{
    if (!minimizedRequested && !m_settings.startMinimized)
        return false;
    if (!canHideToTray()) {
        qCInfo(lcTray, "starting minimized needs a tray icon; showing the window");
        return false;
    }
    return true;
}

void TrayController::checkAvailability()
{
    const bool available = m_availableFn();
    if (available == m_available)
        return;
    m_available = available;
    qCInfo(lcTray, "%s", available ? "a system tray host appeared" : "the system tray host is gone");
    updateIconPresence();
    if (!canHideToTray() && m_window->isHidden())
        showWindow();
    emit availabilityChanged(available);
}

void TrayController::updateIconPresence()
{
    const bool wanted = m_available && m_settings.showTrayIcon;
    if (wanted && !m_icon) {
        m_icon = new QSystemTrayIcon;
        m_icon->setContextMenu(m_menu);
        m_icon->setIcon(TrayIcons::icon(m_iconState));
        m_icon->setToolTip(m_toolTip);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                if (m_window->isVisible() && m_window->isActiveWindow())
                    m_window->hide();
                else
                    showWindow();
            }
        });
        m_icon->show();
    } else if (!wanted && m_icon) {
        delete m_icon; // the menu is ours, not the icon's
        m_icon = nullptr;
    }
}

TrayState::Inputs TrayController::inputs() const
{
    TrayState::Inputs in;
    in.proxy = m_service->state();
    in.listenAddress = ProxyLinks::baseUrl(*m_service).authority();
    in.sessionsOpen = int(m_service->sessions().size());
    const HealthMonitor* health = m_service->healthMonitor();
    in.health = health->overall();
    for (const HealthSnapshot& snapshot : health->snapshots()) {
        ++in.backendsTotal;
        if (snapshot.state == HealthSnapshot::State::Up || snapshot.state == HealthSnapshot::State::Degraded)
            ++in.backendsUp;
    }
    in.recentFailure = m_recentFailure && !m_failures->failures().isEmpty();
    if (in.recentFailure) {
        const RecentFailures::Failure& last = m_failures->failures().constFirst();
        in.lastFailure = last.route.isEmpty() ? last.text : tr("%1: %2").arg(last.route, last.text);
    }
    return in;
}

void TrayController::update()
{
    const TrayState::Inputs in = inputs();
    const TrayState::Icon state = TrayState::icon(in);
    const QString tip = TrayState::tooltip(in);
    // Only what changed goes to the tray host (each change is a D-Bus or X round trip).
    if (state != m_iconState || (m_icon && m_icon->icon().isNull())) {
        m_iconState = state;
        if (m_icon)
            m_icon->setIcon(TrayIcons::icon(state));
    }
    if (tip != m_toolTip) {
        m_toolTip = tip;
        if (m_icon)
            m_icon->setToolTip(tip);
    }
}

void TrayController::rebuildFailures()
{
    m_failuresMenu->clear();
    const QList<RecentFailures::Failure> failures = m_failures->failures();
    m_failuresMenu->setEnabled(!failures.isEmpty());
    for (const RecentFailures::Failure& failure : failures) {
        const QString time = QDateTime::fromMSecsSinceEpoch(failure.at).toString(QStringLiteral("hh:mm:ss"));
        QString text = failure.route.isEmpty() ? failure.text : tr("%1: %2").arg(failure.route, failure.text);
        if (text.size() > 70)
            text = text.left(69) + QChar(0x2026);
        QAction* action = m_failuresMenu->addAction(tr("%1  %2").arg(time, text));
        action->setToolTip(tr("Open this session's record in the inspector"));
        const quint64 id = failure.sessionId;
        connect(action, &QAction::triggered, this, [this, id] { showRecord(id); });
    }
}

void TrayController::showWindow()
{
    // Looking at the window is looking at the failures: the icon drops the mark.
    if (m_recentFailure) {
        m_recentFailure = false;
        update();
    }
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void TrayController::showRecord(quint64 sessionId)
{
    showWindow();
    m_window->showView(MainWindow::View::Handshakes);
    m_window->handshakesView()->showSession(sessionId);
}

void TrayController::showBackends()
{
    showWindow();
    m_window->showView(MainWindow::View::Backends);
}

void TrayController::showMessage(const QString& title, const QString& body)
{
    if (m_icon)
        m_icon->showMessage(title, body, QSystemTrayIcon::Information, 8000);
    else
        qCInfo(lcTray).noquote() << title << body;
}

void TrayController::editPreferences()
{
    showWindow();
    auto* dialog = new PreferencesDialog(m_settings, m_available, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!dialog->apply(QCoreApplication::applicationFilePath(), &error))
            QMessageBox::warning(m_window, tr("Airlock Preferences"), error);
        applySettings(dialog->settings());
        emit settingsChanged(m_settings);
    });
    dialog->open();
}

bool TrayController::hideOnClose()
{
    if (!m_settings.closeToTray || !canHideToTray()) {
        qCInfo(lcTray, "%s",
               !m_available               ? "window closed without a system tray host: quitting Airlock"
               : !m_settings.showTrayIcon ? "window closed with the tray icon turned off: quitting Airlock"
                                          : "window closed with close to tray turned off: quitting Airlock");
        return false;
    }
    m_window->hide();
    if (!m_settings.closeNoticeShown) {
        m_settings.closeNoticeShown = true;
        QSettings settings;
        m_settings.save(settings);
        showMessage(tr("Airlock is still running"),
                    tr("The proxy keeps serving your terminals. Open the window or quit from the tray icon's menu."));
    }
    return true;
}

bool TrayController::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Quit && watched == qApp) {
        m_quitting = true;
    } else if (event->type() == QEvent::Close && watched == m_window && !m_quitting && !m_window->isQuitting()) {
        // The user closed the window; Quit (menu, tray) and quitting the application (signals, session end)
        // close it too, and go through.
        if (hideOnClose()) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace airlock
