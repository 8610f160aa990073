#pragma once

#include "observe/RequestRecord.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace airlock {

class MessageFilterModel;
class MessageListModel;
class TimingWaterfall;

// The inspector's detail pane for one record: summary, timing, heads and captured messages.
class RequestDetailPane : public QWidget
{
    Q_OBJECT
public:
    enum Tab { SummaryTab, TimingTab, HeadsTab, MessagesTab };

    explicit RequestDetailPane(QWidget* parent = nullptr);

    void setRecord(const RequestRecord& record);
    void clear();
    bool hasRecord() const { return m_hasRecord; }

    // "ws://127.0.0.1:PORT": probe commands then go through Airlock's route instead of straight to the backend.
    void setProxyBaseUrl(const QString& url);
    QString proxyBaseUrl() const { return m_proxyBaseUrl; }
    // The command "Copy as probe command" puts on the clipboard; empty when the record cannot be probed.
    QString probeCommand() const;

    QAction* copyProbeCommandAction() const { return m_copyProbeAction; }
    QAction* allowOriginAction() const { return m_allowOriginAction; }
    QTabWidget* tabs() const { return m_tabs; }
    MessageListModel* messageModel() const { return m_messages; }
    MessageFilterModel* messageFilter() const { return m_filter; }

    void saveSettings(QSettings& settings) const;
    void restoreSettings(QSettings& settings);

signals:
    // The user asked to allow the refused Origin of the shown record for its route.
    void allowOriginRequested(const QString& route, const QByteArray& origin);

private:
    QWidget* buildSummaryTab();
    QWidget* buildTimingTab();
    QWidget* buildHeadsTab();
    QWidget* buildMessagesTab();
    QLabel* addRow(const QString& label, const QString& objectName, const QString& description);
    void setRow(QLabel* value, const QString& text);
    void fillSummary();
    void fillHeads();
    void fillMessages(bool sameSession);
    void showMessage(const QModelIndex& proxyIndex);
    void applyPattern(const QString& pattern);
    void copyProbeCommand();
    void requestAllowOrigin();

    RequestRecord m_record;
    bool m_hasRecord = false;
    QString m_proxyBaseUrl;

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_headline;
    QToolButton* m_copyProbeButton;
    QToolButton* m_allowOriginButton;
    QAction* m_copyProbeAction;
    QAction* m_allowOriginAction;
    QTabWidget* m_tabs;

    QGridLayout* m_form = nullptr;
    QHash<QLabel*, QLabel*> m_rowNames; // value label -> its name label
    QLabel* m_outcomeValue = nullptr;
    QLabel* m_legValue = nullptr;
    QLabel* m_requestValue = nullptr;
    QLabel* m_statusValue = nullptr;
    QLabel* m_reasonValue = nullptr;
    QLabel* m_closeValue = nullptr;
    QLabel* m_classificationValue = nullptr;
    QLabel* m_clientValue = nullptr;
    QLabel* m_backendValue = nullptr;
    QLabel* m_proxyValue = nullptr;
    QLabel* m_subprotocolValue = nullptr;
    QLabel* m_extensionsValue = nullptr;
    QLabel* m_sentValue = nullptr;
    QLabel* m_receivedValue = nullptr;
    QLabel* m_durationsValue = nullptr;
    QLabel* m_keepaliveValue = nullptr;
    QLabel* m_startedValue = nullptr;
    QLabel* m_requestIdValue = nullptr;

    TimingWaterfall* m_waterfall = nullptr;
    QLabel* m_timingText = nullptr;

    QPlainTextEdit* m_headsText = nullptr;

    MessageListModel* m_messages;
    MessageFilterModel* m_filter;
    QComboBox* m_directionBox = nullptr;
    QLineEdit* m_patternEdit = nullptr;
    QLabel* m_patternError = nullptr;
    QSplitter* m_messageSplitter = nullptr;
    QTableView* m_messageTable = nullptr;
    QLabel* m_messageNote = nullptr;
    QPlainTextEdit* m_messageText = nullptr;
    QLabel* m_captureNote = nullptr;
};

} // namespace airlock
