#include "gui/views/BackendsView.h"

#include "gui/delegates/SparklineDelegate.h"
#include "gui/models/BackendHealthModel.h"
#include "gui/views/ProbeResultDialog.h"
#include "service/ProxyService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace airlock {

BackendsView::BackendsView(ProxyService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new BackendHealthModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_emptyHint(new QLabel(m_table->viewport()))
    , m_probeButton(new QPushButton(tr("&Probe Now"), this))
    , m_probe(new QAction(tr("&Probe Now"), this))
{
    setAccessibleName(tr("Backends"));
    setAccessibleDescription(tr("The health of each route's backend, with recent check latencies"));
    m_model->setMonitor(service->healthMonitor());
    refreshRoutes();
    // Each start serves the config given last (and may move the demo backend's port).
    connect(service, &ProxyService::stateChanged, this, [this](ProxyService::State state) {
        if (state == ProxyService::State::Running)
            refreshRoutes();
        updateActions();
    });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BackendHealthModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("backendsTable"));
    m_table->setAccessibleName(tr("Backends table"));
    m_table->setAccessibleDescription(
        tr("One row per route with its backend's health. Ctrl+P probes the selected route through Airlock."));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(
        BackendHealthModel::Trend,
        new SparklineDelegate(BackendHealthModel::LatenciesRole, BackendHealthModel::LatencyWindow, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // config order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(qMax(24, m_table->fontMetrics().height() + 10));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultSectionSize(75);
    const QList<QPair<int, int>> widths = {{BackendHealthModel::Route, 150},
                                           {BackendHealthModel::State, 120},
                                           {BackendHealthModel::Trend, 160},
                                           {BackendHealthModel::LastChange, 80}};
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
    header->setSectionResizeMode(BackendHealthModel::LastError, QHeaderView::Stretch);

    m_emptyHint->setText(tr("No routes. Add a route to see its backend here; give it a health check to follow "
                            "its state."));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAccessibleName(tr("No routes"));
    m_emptyHint->setAccessibleDescription(m_emptyHint->text());
    auto* hintLayout = new QVBoxLayout(m_table->viewport());
    hintLayout->addWidget(m_emptyHint, 0, Qt::AlignCenter);
    const auto updateHint = [this] { m_emptyHint->setVisible(m_model->rowCount() == 0); };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateHint);
    updateHint();

    m_probe->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_probe->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_probe->setToolTip(tr("Run one WebSocket handshake through Airlock on the selected route (Ctrl+P)"));
    addAction(m_probe);
    connect(m_probe, &QAction::triggered, this, &BackendsView::probeSelected);
    m_probeButton->setAccessibleName(tr("Probe now"));
    m_probeButton->setAccessibleDescription(m_probe->toolTip());
    m_probeButton->setToolTip(m_probe->toolTip());
    connect(m_probeButton, &QPushButton::clicked, m_probe, &QAction::trigger);
    connect(m_probe, &QAction::changed, this, [this] { m_probeButton->setEnabled(m_probe->isEnabled()); });
    connect(m_table, &QTableView::customContextMenuRequested, this, &BackendsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &BackendsView::updateActions);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 4, 6, 6);
    buttons->addStretch(1);
    buttons->addWidget(m_probeButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_table);
    updateActions();
}

void BackendsView::refreshRoutes()
{
    m_model->setRoutes(m_service->servedConfig().routes);
}

ProbeResultDialog* BackendsView::probeDialog() const
{
    return m_dialog;
}

QString BackendsView::currentRoute() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(BackendHealthModel::RouteRole).toString() : QString();
}

void BackendsView::updateActions()
{
    m_probe->setEnabled(!currentRoute().isEmpty() && m_service->state() == ProxyService::State::Running);
}

ProbeOptions BackendsView::probeOptions(const RouteConfig& route, const QString& address, quint16 port)
{
    ProbeOptions options;
    // Through the proxy's own loopback address, so the whole path (Airlock and the backend) is tested.
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(address);
    url.setPort(port);
    url.setPath(route.path);
    options.url = url;
    // A browser sends an Origin; use the first allowed one that is a plain origin, not a pattern.
    for (const QString& origin : route.allowedOrigins) {
        if (!origin.contains(u'*')) {
            options.origin = origin.toUtf8();
            break;
        }
    }
    const int limit = 10000;
    options.timeouts.connectMs = options.timeouts.proxyConnectMs = options.timeouts.tlsMs = limit;
    options.timeouts.upgradeMs = options.timeouts.drainMs = limit;
    return options;
}

bool BackendsView::probeSelected()
{
    const QString name = currentRoute();
    if (name.isEmpty() || m_service->state() != ProxyService::State::Running)
        return false;
    const QList<RouteConfig> routes = m_service->servedConfig().routes;
    const auto route = std::find_if(routes.begin(), routes.end(), [&](const RouteConfig& r) { return r.name == name; });
    if (route == routes.end())
        return false;
    QHostAddress address = m_service->address();
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        address = QHostAddress::LocalHost;
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress::LocalHostIPv6;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ProbeResultDialog(name, probeOptions(*route, address.toString(), m_service->port()), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
    m_dialog->start();
    return true;
}

void BackendsView::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.addAction(m_probe);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void BackendsView::saveSettings(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("BackendsView"));
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.endGroup();
}

void BackendsView::restoreSettings(QSettings& settings)
{
    settings.beginGroup(QStringLiteral("BackendsView"));
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    settings.endGroup();
}

} // namespace airlock
