#include "gui/MainWindow.h"

#include "gui/LanguageMenu.h"
#include "gui/ProxyLinks.h"
#include "gui/ProxyStatusBar.h"
#include "gui/inspector/RequestDetailPane.h"
#include "gui/routes/ConfigFile.h"
#include "gui/routes/RoutesView.h"
#include "gui/views/BackendsView.h"
#include "gui/views/HandshakesView.h"
#include "gui/views/SessionsView.h"
#include "observe/RequestLog.h"
#include "service/ProxyService.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUrl>

namespace airlock {

MainWindow::MainWindow(ProxyService* service, QString configPath, std::function<void(Config&)> overrides,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_configPath(std::move(configPath))
    , m_overrides(std::move(overrides))
    , m_views(new QTabWidget(this))
    , m_statusBar(new ProxyStatusBar(service, this))
    , m_configFile(new ConfigFile(m_configPath, this))
{
    setWindowTitle(tr("Airlock"));
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Airlock"));
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setAccessibleName(tr("Views"));
    m_views->setAccessibleDescription(tr("Sessions, handshakes, backends and routes"));
    m_views->setDocumentMode(true);
    setCentralWidget(m_views);
    setStatusBar(m_statusBar);

    createViews();
    createActions();
    createMenus();
    createToolBar();
    connect(m_service, &ProxyService::stateChanged, this, &MainWindow::updateActions);
    connect(m_service, &ProxyService::failed, this,
            [this](const QString& error) { m_statusBar->showMessage(tr("The proxy could not start: %1").arg(error)); });
    updateActions();
    resize(1280, 800);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_sessions = new SessionsView(m_service, this);
    m_handshakes = new HandshakesView(m_service->requestLog(), this);
    m_backends = new BackendsView(m_service, this);
    m_routes = new RoutesView(m_service, m_configFile, m_overrides, this);
    m_views->addTab(m_sessions, tr("Sessions"));
    m_views->addTab(m_handshakes, tr("Handshakes"));
    m_views->addTab(m_backends, tr("Backends"));
    m_views->addTab(m_routes, tr("Routes"));
    m_views->setTabToolTip(0, tr("Open sessions, live"));
    m_views->setTabToolTip(1, tr("Every handshake and HTTP exchange, with its phases and outcome"));
    m_views->setTabToolTip(2, tr("Backend health per route"));
    m_views->setTabToolTip(3, tr("Edit, apply and save the routes"));

    // Two clicks from a dropped session to why: its record in the inspector.
    connect(m_sessions, &SessionsView::showRecordRequested, this, [this](quint64 id) {
        showView(View::Handshakes);
        m_handshakes->showSession(id);
    });
    // "Allow this origin" goes through the route editor's validation, apply and save.
    connect(m_handshakes, &HandshakesView::allowOriginRequested, this,
            [this](const QString& route, const QByteArray& origin) {
                m_routes->allowOrigin(route, origin);
                showView(View::Routes);
            });
    connect(m_handshakes, &HandshakesView::logFileOpened, this, [](HandshakesView* view) {
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->resize(1100, 700);
        view->show();
    });
    connect(m_routes, &RoutesView::modifiedChanged, this, [this](bool modified) {
        m_views->setTabText(3, modified ? tr("Routes *") : tr("Routes"));
        setWindowModified(modified);
    });
    connect(m_routes, &RoutesView::applied, m_backends, &BackendsView::refreshRoutes);
    const auto followProxy = [this] {
        const QUrl base = ProxyLinks::baseUrl(*m_service);
        m_handshakes->detailPane()->setProxyBaseUrl(base.isEmpty() ? QString() : base.toString());
    };
    connect(m_service, &ProxyService::stateChanged, this, followProxy);
    followProxy();
}

void MainWindow::createActions()
{
    m_startStop = new QAction(this);
    m_startStop->setObjectName(QStringLiteral("startStopProxy"));
    m_startStop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_startStop, &QAction::triggered, this, &MainWindow::toggleProxy);

    m_demoPage = new QAction(tr("Open &Demo Page"), this);
    m_demoPage->setObjectName(QStringLiteral("openDemoPage"));
    m_demoPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_demoPage->setToolTip(tr("Open the demo terminal page in the browser, through the proxy"));
    connect(m_demoPage, &QAction::triggered, this, &MainWindow::openDemoPage);

    m_openConfig = new QAction(tr("Open &Config File"), this);
    m_openConfig->setObjectName(QStringLiteral("openConfigFile"));
    m_openConfig->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_openConfig->setToolTip(tr("Open %1 in the default editor").arg(m_configPath));
    connect(m_openConfig, &QAction::triggered, this, &MainWindow::openConfigFile);

    m_copyUrl = new QAction(tr("Copy Proxy &URL"), this);
    m_copyUrl->setObjectName(QStringLiteral("copyProxyUrl"));
    m_copyUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyUrl, &QAction::triggered, this, &MainWindow::copyProxyUrl);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quit"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addActions(m_handshakes->fileActions());
    file->addSeparator();
    file->addAction(m_openConfig);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* proxy = menuBar()->addMenu(tr("&Proxy"));
    proxy->addAction(m_startStop);
    proxy->addAction(m_copyUrl);
    proxy->addAction(m_demoPage);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int i = 0; i < 4; ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_views->setCurrentIndex(i); });
        view->addAction(action);
        m_viewActions.append(action);
    }
    view->addSeparator();
    auto* language = new LanguageMenu(this);
    connect(language, &LanguageMenu::changed, this,
            [this](const QString&, const QString& message) { m_statusBar->showMessage(message, 10000); });
    view->addMenu(language);

    QMenu* session = menuBar()->addMenu(tr("S&ession"));
    session->addAction(m_sessions->closeAction());
    session->addAction(m_sessions->copyAction());
    session->addAction(m_sessions->showRecordAction());
    session->addSeparator();
    session->addAction(m_backends->probeAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Airlock"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Airlock"),
                           tr("<b>Airlock %1</b><p>A loopback WebSocket and HTTP proxy for browser terminals and "
                              "remote machines.</p><p>Configuration: %2</p>")
                               .arg(QCoreApplication::applicationVersion(), m_configPath.toHtmlEscaped()));
    });
}

void MainWindow::addPreferencesAction(QAction* action)
{
    m_fileMenu->insertAction(m_quit, action);
    m_fileMenu->insertSeparator(m_quit);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Proxy"));
    m_toolBar->setObjectName(QStringLiteral("proxyToolBar"));
    m_toolBar->setAccessibleName(tr("Proxy toolbar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_startStop);
    m_toolBar->addAction(m_demoPage);
    m_toolBar->addAction(m_openConfig);
}

void MainWindow::updateActions()
{
    const ProxyService::State state = m_service->state();
    const bool running = state == ProxyService::State::Running;
    m_startStop->setText(running ? tr("&Stop Proxy") : tr("&Start Proxy"));
    m_startStop->setToolTip(running ? tr("Stop accepting connections and close sessions with 1001")
                                    : tr("Start listening on %1:%2")
                                          .arg(m_service->config().listen.address)
                                          .arg(m_service->config().listen.port));
    m_startStop->setIcon(style()->standardIcon(running ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    m_startStop->setEnabled(state != ProxyService::State::Starting && state != ProxyService::State::Stopping);
    m_copyUrl->setEnabled(running);
    const bool demo = !ProxyLinks::demoPage(*m_service).isEmpty();
    m_demoPage->setEnabled(demo);
    m_demoPage->setVisible(demo || m_service->config().demo.enabled);
    m_demoPage->setIcon(style()->standardIcon(QStyle::SP_ComputerIcon));
    m_openConfig->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    for (int i = 0; i < m_viewActions.size() && i < m_views->count(); ++i)
        m_viewActions[i]->setText(m_views->tabText(i));
}

void MainWindow::toggleProxy()
{
    if (m_service->state() == ProxyService::State::Running)
        m_service->stop();
    else
        m_service->start();
}

void MainWindow::openDemoPage()
{
    const QUrl page = ProxyLinks::demoPage(*m_service);
    if (page.isEmpty())
        return;
    if (!QDesktopServices::openUrl(page))
        m_statusBar->showMessage(tr("No browser could be started; the demo page is %1").arg(page.toString()));
}

void MainWindow::openConfigFile()
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_configPath)))
        m_statusBar->showMessage(tr("No editor could be started for %1").arg(m_configPath));
}

void MainWindow::copyProxyUrl()
{
    const QUrl base = ProxyLinks::baseUrl(*m_service);
    if (base.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(base.toString());
    m_statusBar->showMessage(tr("Copied %1").arg(base.toString()), 3000);
}

void MainWindow::showView(View view)
{
    m_views->setCurrentIndex(int(view));
}

MainWindow::View MainWindow::currentView() const
{
    return View(qMax(0, m_views->currentIndex()));
}

void MainWindow::activate()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
    QApplication::quit();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("view"), m_views->currentIndex());
    settings.endGroup();
    m_sessions->saveSettings(settings);
    m_handshakes->saveSettings(settings);
    m_backends->saveSettings(settings);
    m_routes->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_views->setCurrentIndex(settings.value(QStringLiteral("view"), 0).toInt());
    settings.endGroup();
    m_sessions->restoreSettings(settings);
    m_handshakes->restoreSettings(settings);
    m_backends->restoreSettings(settings);
    m_routes->restoreSettings(settings);
}

} // namespace airlock
