#pragma once

#include "observe/RequestRecord.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace airlock {

class RequestDetailPane;
class RequestFilterProxyModel;
class RequestLog;
class RequestLogModel;

// The inspector's handshake list: a filter bar (filter, Pause, Clear, export, log folder), the records of
// the request log as a table with a phase waterfall, and the detail pane of the current record below it.
// Live over a RequestLog, or read-only over records opened from a file (File > Open log). The list follows
// the newest row unless the user scrolled away from the bottom; scrolling back to the bottom follows again.
class HandshakesView : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat { Har, JsonLines };

    explicit HandshakesView(RequestLog* log, QWidget* parent = nullptr);
    // Read-only over a fixed list (no Pause, Clear or log folder); sourceName is shown in the status line.
    HandshakesView(QList<RequestRecord> records, const QString& sourceName, QWidget* parent = nullptr);

    // A read-only view of a JSON-lines log or HAR file; nullptr and a sentence in *error when it cannot be
    // read.
    static HandshakesView* fromFile(const QString& path, QString* error, QWidget* parent = nullptr);

    void saveSettings(QSettings& settings) const;
    void restoreSettings(QSettings& settings);

    // For the File menu: Open log, export selected as HAR / JSON lines, open log folder.
    QList<QAction*> fileActions() const;

    RequestLogModel* model() const { return m_model; }
    RequestFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    RequestDetailPane* detailPane() const { return m_detail; }
    QAction* pauseAction() const { return m_pauseAction; }
    QAction* clearAction() const { return m_clearAction; }
    QAction* openLogFolderAction() const { return m_openFolderAction; }
    bool isFollowingNewest() const { return m_follow; }
    bool isFilterValid() const { return m_filterValid; }
    QString statusText() const;

    // The selected records, oldest first (in the log's order, whatever the sort).
    QList<RequestRecord> selectedRecords() const;
    static bool writeRecords(const QList<RequestRecord>& records, const QString& path, ExportFormat format,
                             QString* error);

public slots:
    // Selects the newest record of this session, clearing the filter (and Clear, and Pause) if they hide it.
    // False when the log holds no record of it.
    bool showSession(quint64 sessionId);
    void setPaused(bool paused);
    void clearList();
    void applyFilterNow();
    void exportSelected(ExportFormat format);
    void openLogFolder();
    // Asks for a file and opens it read-only in a window of its own.
    void openLogFile();

signals:
    // The detail pane's "allow this origin" for the shown record (wired to the route editor).
    void allowOriginRequested(const QString& route, const QByteArray& origin);
    // A log file was opened read-only in this new top-level view.
    void logFileOpened(airlock::HandshakesView* view);

private:
    HandshakesView(RequestLogModel* model, bool live, const QString& sourceName, QWidget* parent);
    void buildUi();
    void onFilterTextChanged(const QString& text);
    void onCurrentChanged();
    void updateStatus();
    void updateActions();
    bool newestAtTop() const;
    void followIfNeeded();

    RequestLogModel* m_model;
    RequestFilterProxyModel* m_proxy;
    bool m_live;
    QString m_sourceName;
    QString m_settingsGroup;

    QLineEdit* m_filterEdit = nullptr;
    QToolButton* m_pauseButton = nullptr;
    QToolButton* m_clearButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    QToolButton* m_folderButton = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    RequestDetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_filterTimer = nullptr;

    QAction* m_focusFilterAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_exportHarAction = nullptr;
    QAction* m_exportJsonAction = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_openLogAction = nullptr;

    bool m_follow = true;
    bool m_filterValid = true;
};

} // namespace airlock
