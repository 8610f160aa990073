#include "gui/views/HandshakesView.h"

#include "gui/delegates/PhaseWaterfallDelegate.h"
#include "gui/inspector/RequestDetailPane.h"
#include "gui/models/LogFileReader.h"
#include "gui/models/RequestFilter.h"
#include "gui/models/RequestFilterProxyModel.h"
#include "gui/models/RequestLogModel.h"
#include "observe/HarExport.h"
#include "observe/RequestLog.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace airlock {

namespace {

constexpr int FilterDelayMs = 250;

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(u'&'));
    button->setAccessibleDescription(action->toolTip());
    return button;
}

QString withShortcut(const QString& text, const QKeySequence& shortcut)
{
    return HandshakesView::tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

HandshakesView::HandshakesView(RequestLog* log, QWidget* parent)
    : HandshakesView(new RequestLogModel(log), true, QString(), parent)
{}

HandshakesView::HandshakesView(QList<RequestRecord> records, const QString& sourceName, QWidget* parent)
    : HandshakesView(new RequestLogModel(std::move(records)), false, sourceName, parent)
{}

HandshakesView::HandshakesView(RequestLogModel* model, bool live, const QString& sourceName, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new RequestFilterProxyModel(this))
    , m_live(live)
    , m_sourceName(sourceName)
    , m_settingsGroup(live ? QStringLiteral("HandshakesView") : QStringLiteral("HandshakesFileView"))
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    buildUi();
}

HandshakesView* HandshakesView::fromFile(const QString& path, QString* error, QWidget* parent)
{
    LogFileReader::Result result = LogFileReader::read(path);
    if (!result.error.isEmpty()) {
        if (error)
            *error = result.error;
        return nullptr;
    }
    return new HandshakesView(std::move(result.records), QFileInfo(path).fileName(), parent);
}

void HandshakesView::buildUi()
{
    setAccessibleName(m_live ? tr("Handshakes") : tr("Handshakes from %1").arg(m_sourceName));
    setAccessibleDescription(tr("Every request and WebSocket session Airlock handled, with a filter and the details "
                                "of the selected one"));

    // Actions first: the buttons, the context menu and the File menu share them.
    const auto makeAction = [this](const QString& text, const QKeySequence& shortcut, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(shortcut.isEmpty() ? tip : withShortcut(tip, shortcut));
        addAction(action);
        return action;
    };
    m_focusFilterAction = makeAction(tr("Filter"), QKeySequence::Find, tr("Go to the filter"));
    m_pauseAction = makeAction(tr("&Pause"), QKeySequence(tr("Ctrl+Shift+P")),
                               tr("Stop adding new records to the list; they appear on resume"));
    m_pauseAction->setCheckable(true);
    m_clearAction = makeAction(tr("C&lear"), QKeySequence(tr("Ctrl+L")),
                               tr("Hide every record up to now (the log file keeps them)"));
    m_exportHarAction = makeAction(tr("Export Selected as &HAR..."), QKeySequence(tr("Ctrl+Shift+E")),
                                   tr("Save the selected records as a HAR file for browser developer tools"));
    m_exportJsonAction = makeAction(tr("Export Selected as &JSON Lines..."), QKeySequence(tr("Ctrl+Shift+J")),
                                    tr("Save the selected records as JSON lines, one record per line"));
    m_openFolderAction =
        makeAction(tr("Open Log &Folder"), QKeySequence(), tr("Show the folder of the request log file"));
    m_openLogAction = makeAction(tr("&Open Log..."), QKeySequence::Open,
                                 tr("Open a request log or HAR file read-only in a window of its own"));

    connect(m_focusFilterAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(m_pauseAction, &QAction::toggled, this, &HandshakesView::setPaused);
    connect(m_clearAction, &QAction::triggered, this, &HandshakesView::clearList);
    connect(m_exportHarAction, &QAction::triggered, this, [this] { exportSelected(ExportFormat::Har); });
    connect(m_exportJsonAction, &QAction::triggered, this, [this] { exportSelected(ExportFormat::JsonLines); });
    connect(m_openFolderAction, &QAction::triggered, this, &HandshakesView::openLogFolder);
    connect(m_openLogAction, &QAction::triggered, this, &HandshakesView::openLogFile);

    // The filter bar.
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter: text, route:NAME, status:4xx, code:1006, is:failed, -excluded"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setAccessibleDescription(tr("Filter the handshake list; the filter is valid"));
    m_filterEdit->setToolTip(RequestFilter::syntaxHelp());
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &HandshakesView::applyFilterNow);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &HandshakesView::onFilterTextChanged);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &HandshakesView::applyFilterNow);

    m_pauseButton = buttonFor(m_pauseAction, this);
    m_clearButton = buttonFor(m_clearAction, this);
    m_exportButton = new QToolButton(this);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(m_exportHarAction);
    exportMenu->addAction(m_exportJsonAction);
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setAccessibleName(tr("Export"));
    m_exportButton->setAccessibleDescription(tr("Save the selected records as HAR or JSON lines"));
    m_exportButton->setToolTip(tr("Save the selected records as HAR or JSON lines"));
    m_folderButton = buttonFor(m_openFolderAction, this);
    m_pauseButton->setVisible(m_live);
    m_clearButton->setVisible(m_live);
    m_folderButton->setVisible(m_live);
    m_pauseAction->setEnabled(m_live);
    m_clearAction->setEnabled(m_live);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Record count"));
    m_status->setAccessibleDescription(tr("How many records the list shows, and whether it is paused"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_pauseButton);
    bar->addWidget(m_clearButton);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_folderButton);
    bar->addWidget(m_status);

    // The list.
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Handshake list"));
    m_table->setAccessibleDescription(
        tr("One row per request or WebSocket session, newest at the bottom; select one to see its details"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setItemDelegateForColumn(RequestLogModel::PhasesColumn, new PhaseWaterfallDelegate(m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RequestLogModel::TargetColumn, QHeaderView::Stretch);
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    const std::pair<int, int> widths[] = {
        {RequestLogModel::TimeColumn, 10},     {RequestLogModel::RouteColumn, 14},
        {RequestLogModel::OutcomeColumn, 20},  {RequestLogModel::StatusColumn, 7},
        {RequestLogModel::CloseCodeColumn, 7}, {RequestLogModel::ClassificationColumn, 11},
        {RequestLogModel::TotalColumn, 10},    {RequestLogModel::PhasesColumn, 24},
    };
    for (const auto& [column, chars] : widths)
        header->resizeSection(column, chars * digit + 16);
    // Arrival order (the log's) until the user sorts by a column.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_exportHarAction);
    m_table->addAction(m_exportJsonAction);

    m_detail = new RequestDetailPane(this);
    connect(m_detail, &RequestDetailPane::allowOriginRequested, this, &HandshakesView::allowOriginRequested);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setAccessibleName(tr("List and details"));
    m_splitter->setAccessibleDescription(tr("Drag to share the space between the list and the details"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({600, 300});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_filterEdit, m_pauseButton);
    setTabOrder(m_pauseButton, m_clearButton);
    setTabOrder(m_clearButton, m_exportButton);
    setTabOrder(m_exportButton, m_folderButton);
    setTabOrder(m_folderButton, m_table);
    setTabOrder(m_table, m_detail);

    // Follow the newest row while the list is scrolled to its end (like a packet capture): the bottom, or the
    // top when sorted newest first.
    QScrollBar* scroll = m_table->verticalScrollBar();
    connect(scroll, &QScrollBar::rangeChanged, this, [this] { followIfNeeded(); });
    connect(scroll, &QScrollBar::valueChanged, this, [this, scroll](int value) {
        m_follow = newestAtTop() ? value <= scroll->minimum() : value >= scroll->maximum();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        m_follow = true;
        followIfNeeded();
    });
    // Rows evicted or inserted above the ones the user is reading would shift them: keep them in place.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this, scroll](const QModelIndex&, int first, int last) {
        if (!m_follow && first < scroll->value())
            scroll->setValue(scroll->value() - (qMin(last, scroll->value() - 1) - first + 1));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this, scroll](const QModelIndex&, int first, int last) {
        if (!m_follow && first <= scroll->value())
            scroll->setValue(scroll->value() + (last - first + 1));
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HandshakesView::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        onCurrentChanged(); // a selection made without moving the current row (assistive tools) shows too
    });
    connect(m_proxy, &RequestFilterProxyModel::countsChanged, this, &HandshakesView::updateStatus);
    updateStatus();
    updateActions();
}

QList<QAction*> HandshakesView::fileActions() const
{
    QList<QAction*> list{m_openLogAction, m_exportHarAction, m_exportJsonAction};
    if (m_live)
        list.append(m_openFolderAction);
    return list;
}

bool HandshakesView::newestAtTop() const
{
    const QHeaderView* header = m_table->horizontalHeader();
    return header->sortIndicatorSection() == RequestLogModel::TimeColumn &&
           header->sortIndicatorOrder() == Qt::DescendingOrder;
}

void HandshakesView::followIfNeeded()
{
    QScrollBar* scroll = m_table->verticalScrollBar();
    if (m_follow)
        scroll->setValue(newestAtTop() ? scroll->minimum() : scroll->maximum());
}

void HandshakesView::onFilterTextChanged(const QString& text)
{
    const RequestFilter filter = RequestFilter::parse(text);
    m_filterValid = filter.isValid();
    if (m_filterValid) {
        m_filterEdit->setStyleSheet(QString());
        m_filterEdit->setToolTip(RequestFilter::syntaxHelp());
        m_filterEdit->setAccessibleDescription(tr("Filter the handshake list; the filter is valid"));
    } else {
        const QString problem = tr("Column %1: %2").arg(filter.errorPosition() + 1).arg(filter.errorMessage());
        m_filterEdit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; border-radius: 3px; }"));
        m_filterEdit->setToolTip(u"<p><b>" + problem.toHtmlEscaped() + u"</b></p>" + RequestFilter::syntaxHelp());
        m_filterEdit->setAccessibleDescription(tr("The filter is not valid. %1").arg(problem));
    }
    m_filterTimer->start();
}

void HandshakesView::applyFilterNow()
{
    m_filterTimer->stop();
    const RequestFilter filter = RequestFilter::parse(m_filterEdit->text());
    // An invalid filter keeps the last valid one in force: the list does not jump while typing a quote.
    if (filter.isValid())
        m_proxy->setFilter(filter);
}

void HandshakesView::setPaused(bool paused)
{
    if (!m_live)
        return;
    m_proxy->setPaused(paused);
    if (m_pauseAction->isChecked() != paused)
        m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseButton->setAccessibleName(paused ? tr("Resume") : tr("Pause"));
}

void HandshakesView::clearList()
{
    if (!m_live)
        return;
    m_proxy->clearUpToNow();
    m_follow = true;
}

void HandshakesView::onCurrentChanged()
{
    // The current row, unless the selection moved away from it: then the single row selected.
    QModelIndex current = m_table->selectionModel()->currentIndex();
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.size() == 1 && (!current.isValid() || current.row() != selected.first().row()))
        current = selected.first();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->setRecord(m_model->recordAt(m_proxy->mapToSource(current).row()));
}

QString HandshakesView::statusText() const
{
    QString text = tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_proxy->unfilteredCount());
    if (!m_live)
        text = tr("%1 (read-only)").arg(m_sourceName) + u" \u00b7 " + text;
    if (m_proxy->isPaused())
        text += u" \u00b7 " + tr("paused, %n new", nullptr, m_proxy->pendingCount());
    return text;
}

void HandshakesView::updateStatus()
{
    m_status->setText(statusText());
    updateActions(); // the log may have opened its file since
}

void HandshakesView::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_exportHarAction->setEnabled(selected);
    m_exportJsonAction->setEnabled(selected);
    m_exportButton->setEnabled(selected);
    m_openFolderAction->setEnabled(m_live && m_model->log() && !m_model->log()->filePath().isEmpty());
}

QList<RequestRecord> HandshakesView::selectedRecords() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QList<RequestRecord> records;
    for (int row : std::as_const(rows))
        records.append(m_model->recordAt(row));
    return records;
}

bool HandshakesView::writeRecords(const QList<RequestRecord>& records, const QString& path, ExportFormat format,
                                  QString* error)
{
    QByteArray data;
    if (format == ExportFormat::Har) {
        QList<QJsonObject> json;
        for (const RequestRecord& record : records)
            json.append(record.toJson());
        data = QJsonDocument(HarExport::fromRecords(json)).toJson(QJsonDocument::Indented);
    } else {
        for (const RequestRecord& record : records)
            data += QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

void HandshakesView::exportSelected(ExportFormat format)
{
    const QList<RequestRecord> records = selectedRecords();
    if (records.isEmpty())
        return;
    const bool har = format == ExportFormat::Har;
    const QString path =
        QFileDialog::getSaveFileName(this, har ? tr("Export as HAR") : tr("Export as JSON Lines"),
                                     har ? QStringLiteral("airlock.har") : QStringLiteral("airlock.jsonl"),
                                     har ? tr("HAR files (*.har)") : tr("JSON lines (*.jsonl *.log)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeRecords(records, path, format, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void HandshakesView::openLogFolder()
{
    if (!m_model->log() || m_model->log()->filePath().isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_model->log()->filePath()).absolutePath()));
}

void HandshakesView::openLogFile()
{
    QString start;
    if (m_model->log() && !m_model->log()->filePath().isEmpty())
        start = QFileInfo(m_model->log()->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Log"), start,
                                                      tr("Airlock logs and HAR files (*.log *.jsonl *.json *.har "
                                                         "*.log.*);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    HandshakesView* view = fromFile(path, &error, nullptr);
    if (!view) {
        QMessageBox::warning(this, tr("Cannot open the log"), error);
        return;
    }
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("%1 - Airlock").arg(QFileInfo(path).fileName()));
    view->resize(1100, 700);
    connect(view, &HandshakesView::allowOriginRequested, this, &HandshakesView::allowOriginRequested);
    view->show();
    emit logFileOpened(view);
}

bool HandshakesView::showSession(quint64 sessionId)
{
    const int sourceRow = m_model->newestRowOfSession(sessionId);
    if (sourceRow < 0)
        return false;
    if (m_proxy->proxyRowOf(sourceRow) < 0) {
        if (m_proxy->isPaused())
            setPaused(false);
        if (m_proxy->hasCleared())
            m_proxy->undoClear();
        if (m_proxy->proxyRowOf(sourceRow) < 0) {
            m_filterEdit->clear();
            applyFilterNow();
        }
    }
    const int row = m_proxy->proxyRowOf(sourceRow);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void HandshakesView::saveSettings(QSettings& settings) const
{
    settings.beginGroup(m_settingsGroup);
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("filter"), m_filterEdit->text());
    settings.endGroup();
}

void HandshakesView::restoreSettings(QSettings& settings)
{
    settings.beginGroup(m_settingsGroup);
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_filterEdit->setText(settings.value(QStringLiteral("filter")).toString());
    applyFilterNow();
    settings.endGroup();
}

} // namespace airlock
