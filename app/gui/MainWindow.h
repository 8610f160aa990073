#pragma once

#include "config/Config.h"

#include <QMainWindow>

#include <functional>

class QTabWidget;

namespace airlock {

class ProxyService;

// Airlock's window: the Sessions, Handshakes, Backends and Routes views over one ProxyService, with the
// proxy's state in the status bar and its controls in the toolbar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProxyService* service, QString configPath, std::function<void(Config&)> overrides,
               QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    ProxyService* m_service;
    QString m_configPath;
    std::function<void(Config&)> m_overrides;
    QTabWidget* m_views;
};

} // namespace airlock
