#pragma once

#include "probe/ProbeOptions.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QTableView;

namespace airlock {

class BackendHealthModel;
class ProbeResultDialog;
class ProxyService;
struct RouteConfig;

// The backends of every route with their health (BackendHealthModel, a sparkline of recent latencies) and
// a "Probe now" action that runs one WebSocket handshake through the running proxy on the selected route
// and shows the result in a dialog. The routes follow the service's served config at each start; after
// applyConfig the window calls refreshRoutes() (checks of a route not yet shown add its row anyway).
class BackendsView : public QWidget
{
    Q_OBJECT
public:
    explicit BackendsView(ProxyService* service, QWidget* parent = nullptr);

    BackendHealthModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QAction* probeAction() const { return m_probe; }
    // The dialog of the latest probe, while it is open.
    ProbeResultDialog* probeDialog() const;

    // The routes of the service's served config.
    void refreshRoutes();
    // Probes the selected route (the current row's) through the proxy; false when no route is selected.
    bool probeSelected();
    // What a probe of this route through a proxy listening on address:port sends.
    static ProbeOptions probeOptions(const RouteConfig& route, const QString& address, quint16 port);

    void saveSettings(QSettings& settings) const;
    void restoreSettings(QSettings& settings);

private:
    QString currentRoute() const;
    void updateActions();
    void showContextMenu(const QPoint& position);

    ProxyService* m_service;
    BackendHealthModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_emptyHint;
    QPushButton* m_probeButton;
    QAction* m_probe;
    QPointer<ProbeResultDialog> m_dialog;
};

} // namespace airlock
