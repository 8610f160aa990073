#include "gui/DesktopSession.h"

#include "gui/MainWindow.h"
#include "gui/UnixSignalWatcher.h"
#include "gui/desktop/Notifier.h"
#include "gui/desktop/RecentFailures.h"
#include "gui/desktop/SingleInstance.h"
#include "gui/desktop/TrayController.h"
#include "observe/RequestLog.h"
#include "service/ProxyService.h"

#include <QApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <csignal>

namespace airlock {

DesktopSession::DesktopSession(Config config, QString configPath, std::function<void(Config&)> overrides,
                               QObject* parent)
    : QObject(parent)
    , m_configPath(std::move(configPath))
    , m_overrides(std::move(overrides))
    , m_service(new ProxyService(std::move(config), this))
{}

DesktopSession::~DesktopSession()
{
    delete m_tray; // its menu holds the window's actions
    delete m_window;
}

int DesktopSession::run()
{
    // The same first line as headless mode, for whoever started the app from a terminal (and scripts).
    connect(m_service, &ProxyService::listening, this, [this](const QHostAddress& address, quint16 port) {
        QTextStream(stderr) << tr("Airlock %1 listening on %2:%3 (%n worker threads)", nullptr,
                                  m_service->workerCount())
                                   .arg(QCoreApplication::applicationVersion(), address.toString())
                                   .arg(port)
                            << Qt::endl;
    });
    connect(m_service, &ProxyService::failed, this,
            [](const QString& error) { QTextStream(stderr) << "airlock: " << error << Qt::endl; });
    // SIGTERM and SIGINT quit as the Quit action does: sessions get 1001 and the log is flushed.
    auto* signalWatcher = new UnixSignalWatcher(this);
    connect(signalWatcher, &UnixSignalWatcher::received, this, [] { QApplication::quit(); });
    signalWatcher->watch({SIGINT, SIGTERM});
    m_window = new MainWindow(m_service, m_configPath, m_overrides);
    // The tray and the desktop's notifications: backends down or back, sessions failed for good.
    m_failures = new RecentFailures(m_service->requestLog(), 5, this);
    m_tray = new TrayController(m_window, m_service, m_failures, {}, this);
    m_window->addPreferencesAction(m_tray->preferencesAction());
    m_notifier = new Notifier(QDBusConnection::sessionBus(), this);
    m_notifier->applySettings(m_tray->settings());
    m_notifier->watch(m_service->healthMonitor());
    m_notifier->watch(m_failures);
    connect(m_tray, &TrayController::settingsChanged, m_notifier, &Notifier::applySettings);
    connect(m_notifier, &Notifier::openRecordRequested, m_tray, &TrayController::showRecord);
    connect(m_notifier, &Notifier::openBackendsRequested, m_tray, &TrayController::showBackends);
    connect(m_notifier, &Notifier::fallbackRequested, m_tray, &TrayController::showMessage);
    if (!m_tray->startHidden(m_startMinimized))
        m_window->show();
    if (m_singleInstance) {
        connect(m_singleInstance, &SingleInstance::activationRequested, m_window, [this](bool raise) {
            QTextStream(stderr) << tr("airlock: another launch asked for the window") << Qt::endl;
            if (raise)
                m_window->activate();
        });
    }
    m_service->start(); // a failure shows in the window's status bar
    const int status = QApplication::exec();
    stopServiceBeforeExit();
    return status;
}

void DesktopSession::stopServiceBeforeExit()
{
    const ProxyService::State state = m_service->state();
    if (state == ProxyService::State::Running || state == ProxyService::State::Stopping) {
        QEventLoop loop;
        connect(m_service, &ProxyService::stopped, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit); // never hang on the way out
        if (state == ProxyService::State::Running)
            m_service->stop(2000);
        loop.exec();
    }
    m_service->requestLog()->flush();
}

} // namespace airlock
