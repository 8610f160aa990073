#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSettings;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace airlock {

class ProxyService;
class SessionTableModel;

// The live sessions of a ProxyService: a sortable table with actions to close a session, copy its details
// and show its handshake record. The actions live on the view so the window can put them in menus too.
class SessionsView : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsView(ProxyService* service, QWidget* parent = nullptr);

    SessionTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QAction* closeAction() const { return m_close; }
    QAction* copyAction() const { return m_copy; }
    QAction* showRecordAction() const { return m_showRecord; }

    void saveSettings(QSettings& settings) const;
    void restoreSettings(QSettings& settings);

    // Closes the selected open sessions with 1001 "closed from Airlock".
    void closeSelected();
    // Puts the details of the selected rows on the clipboard.
    void copySelected();
    // Asks for the handshake record of the current row.
    void showCurrentRecord();

signals:
    void showRecordRequested(quint64 sessionId);

private:
    QList<int> selectedSourceRows() const;
    void updateActions();
    void updateEmptyHint();
    void showContextMenu(const QPoint& position);

    ProxyService* m_service;
    SessionTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_emptyHint;
    QAction* m_close;
    QAction* m_copy;
    QAction* m_showRecord;
    QTimer* m_durationTicker; // repaints the running durations while sessions are shown
};

} // namespace airlock
