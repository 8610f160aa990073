#pragma once

#include "config/Config.h"
#include "config/ConfigError.h"

#include <QWidget>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;

namespace airlock {

class ConfigFile;
class ProxyService;
class RouteEditor;
class RouteListModel;

// The route editor: the routes of the edited config beside a form for the selected one. Apply validates the
// whole config, gives it to the service (open sessions keep going) and saves it; Revert goes back to the
// file. A change to the file made elsewhere shows a bar offering to reload it or keep the edited version.
class RoutesView : public QWidget
{
    Q_OBJECT
public:
    // overrides: the command line's settings (--listen, --log), applied to what the service gets and never
    // written to the file; may be empty. The file is loaded here unless it was already.
    RoutesView(ProxyService* service, ConfigFile* file, std::function<void(Config&)> overrides,
               QWidget* parent = nullptr);

    // The config as edited, not yet applied.
    Config editedConfig() const;
    bool isModified() const { return m_modified; }
    // Problems shown at the top: the validator's without a field, the service's, the file's.
    QStringList generalErrors() const;
    RouteListModel* model() const { return m_model; }
    RouteEditor* editor() const { return m_editor; }
    QTableView* routeTable() const { return m_table; }
    int currentRow() const;
    void selectRow(int row);
    // The loopback URL of a route on the running service: ws:// (http:// for http routes) ADDR:PORT/path.
    QUrl loopbackUrl(int row) const;

    void saveSettings(QSettings& settings) const;
    void restoreSettings(QSettings& settings);

public slots:
    // Validates, applies and saves the edited config; false (with the problems shown) changes nothing.
    bool apply();
    // Back to the config in the file.
    void revert();
    // Reads the file again, dropping edits.
    bool reload();
    // Keeps the edited config over a change on disk: the next apply replaces the file.
    void keepMine();
    // Allows origin on the route with this name in the file's config, then applies and saves that (the
    // other edits stay unsaved, as they were). Used by the inspector for a refused origin.
    bool allowOrigin(const QString& route, const QByteArray& origin);
    void addRoute();
    void duplicateRoute();
    void removeRoute();
    void moveUp();
    void moveDown();
    void copyLoopbackUrl();
    void openInBrowser();

signals:
    // The edited config differs from the file's (an asterisk in the tab label).
    void modifiedChanged(bool modified);
    // After a successful apply.
    void applied();

private:
    QPushButton* button(const QString& text, const QKeySequence& shortcut, const QString& description,
                        void (RoutesView::*slot)());
    void loadEdited(const Config& config);
    void onSelectionChanged();
    void onEdited();
    void revalidate();
    void showGeneral(const QStringList& problems);
    void updateModified();
    void updateButtons();
    Config withOverrides(const Config& config) const;
    QList<ConfigError> applyAndSave(const Config& config);

    ProxyService* m_service;
    ConfigFile* m_file;
    std::function<void(Config&)> m_overrides;
    Config m_base; // the edited config's sections other than routes
    RouteListModel* m_model;
    RouteEditor* m_editor;
    QTableView* m_table;
    QSplitter* m_splitter;
    QFrame* m_diskBar;
    QLabel* m_diskText;
    QLabel* m_general;
    QPushButton* m_apply;
    QPushButton* m_revert;
    QList<QPushButton*> m_rowButtons;
    QStringList m_generalErrors;
    QStringList m_extraErrors; // from the last apply, save or load, until the next edit
    int m_editedRow = -1;
    bool m_modified = false;
};

} // namespace airlock
