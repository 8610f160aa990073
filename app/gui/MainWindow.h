#pragma once

#include "config/Config.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QMenu;
class QTabWidget;
class QToolBar;

namespace airlock {

class BackendsView;
class ConfigFile;
class HandshakesView;
class ProxyService;
class ProxyStatusBar;
class RoutesView;
class SessionsView;

// Airlock's window: the Sessions, Handshakes, Backends and Routes views over one ProxyService, with the
// proxy's state in the status bar and its controls in the toolbar and menus. Geometry, splitters, columns,
// the current view and the filter persist in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class View { Sessions, Handshakes, Backends, Routes };
    Q_ENUM(View)

    MainWindow(ProxyService* service, QString configPath, std::function<void(Config&)> overrides,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    View currentView() const;
    ProxyStatusBar* proxyStatusBar() const { return m_statusBar; }
    SessionsView* sessionsView() const { return m_sessions; }
    HandshakesView* handshakesView() const { return m_handshakes; }
    BackendsView* backendsView() const { return m_backends; }
    RoutesView* routesView() const { return m_routes; }
    // The proxy's actions, for the tray menu.
    QAction* startStopAction() const { return m_startStop; }
    QAction* copyUrlAction() const { return m_copyUrl; }
    QAction* demoPageAction() const { return m_demoPage; }
    QAction* quitAction() const { return m_quit; }
    // Quit was chosen: the window closes to end the app, not to hide in the tray.
    bool isQuitting() const { return m_quitting; }
    // Adds Preferences to the File menu, above Quit.
    void addPreferencesAction(QAction* action);

public slots:
    // Shows the window (restoring it when minimised or hidden), raises it and gives it the focus.
    void activate();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createViews();
    void createActions();
    void createMenus();
    void createToolBar();
    void updateActions();
    void toggleProxy();
    void openDemoPage();
    void openConfigFile();
    void copyProxyUrl();
    void saveSettings() const;
    void restoreSettings();

    ProxyService* m_service;
    QString m_configPath;
    std::function<void(Config&)> m_overrides;
    QTabWidget* m_views;
    ProxyStatusBar* m_statusBar;
    ConfigFile* m_configFile;
    SessionsView* m_sessions = nullptr;
    HandshakesView* m_handshakes = nullptr;
    BackendsView* m_backends = nullptr;
    RoutesView* m_routes = nullptr;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_fileMenu = nullptr;
    bool m_quitting = false;
    QAction* m_startStop = nullptr;
    QAction* m_demoPage = nullptr;
    QAction* m_openConfig = nullptr;
    QAction* m_copyUrl = nullptr;
    QAction* m_quit = nullptr;
    QList<QAction*> m_viewActions;
};

} // namespace airlock
