#include "gui/DesktopSession.h"

#include "gui/MainWindow.h"
#include "observe/RequestLog.h"
#include "service/ProxyService.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>

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
    delete m_window;
}

int DesktopSession::run()
{
    m_window = new MainWindow(m_service, m_configPath, m_overrides);
    m_window->show();
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
