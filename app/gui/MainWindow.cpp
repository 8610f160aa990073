#include "gui/MainWindow.h"

#include "service/ProxyService.h"

#include <QTabWidget>

namespace airlock {

MainWindow::MainWindow(ProxyService* service, QString configPath, std::function<void(Config&)> overrides,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_configPath(std::move(configPath))
    , m_overrides(std::move(overrides))
    , m_views(new QTabWidget(this))
{
    setWindowTitle(tr("Airlock"));
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setAccessibleName(tr("Views"));
    setCentralWidget(m_views);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

} // namespace airlock
