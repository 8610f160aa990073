#include "gui/views/SessionsView.h"

#include "gui/models/SessionTableModel.h"
#include "service/ProxyService.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace airlock {

SessionsView::SessionsView(ProxyService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new SessionTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_emptyHint(new QLabel(m_table->viewport()))
    , m_close(new QAction(tr("&Close Session"), this))
    , m_copy(new QAction(tr("&Copy Details"), this))
    , m_showRecord(new QAction(tr("Show &Handshake Record"), this))
    , m_durationTicker(new QTimer(this))
{
    setAccessibleName(tr("Sessions"));
    setAccessibleDescription(tr("The connections going through Airlock now, and those that ended lately"));
    m_model->setService(service);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SessionTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setAccessibleName(tr("Sessions table"));
    m_table->setAccessibleDescription(tr("One row per session. Delete closes the selected session, Ctrl+C copies "
                                         "its details, Enter shows its handshake record."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionTableModel::Started, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultSectionSize(64);
    header->setMinimumSectionSize(40);
    // Sized so every column, the close details last, fits a 1280 px wide window without scrolling.
    const QList<QPair<int, int>> widths = {
        {SessionTableModel::Route, 90},
        {SessionTableModel::Client, 105},
        {SessionTableModel::Origin, 130},
        {SessionTableModel::Kind, 75},
        {SessionTableModel::Subprotocol, 80},
        {SessionTableModel::State, 115},
        {SessionTableModel::Started, 70},
        {SessionTableModel::Duration, 70},
        {SessionTableModel::BytesFromClient, 64},
        {SessionTableModel::BytesFromBackend, 64},
        {SessionTableModel::MessagesFromClient, 58},
        {SessionTableModel::MessagesFromBackend, 58},
        {SessionTableModel::RateFromClient, 70},
        {SessionTableModel::RateFromBackend, 70},
        {SessionTableModel::KeepaliveRtt, 56},
    };
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
    // The header's context menu hides and shows columns.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint& position) {
        QMenu menu(this);
        for (int column = 0; column < SessionTableModel::ColumnCount; ++column) {
            QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, header,
                    [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->mapToGlobal(position));
    });

    m_emptyHint->setText(tr("No sessions yet. Point a browser or a WebSocket client at one of the routes on "
                            "the listening address; its connection shows up here."));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAccessibleName(tr("No sessions"));
    m_emptyHint->setAccessibleDescription(m_emptyHint->text());
    auto* hintLayout = new QVBoxLayout(m_table->viewport());
    hintLayout->addWidget(m_emptyHint, 0, Qt::AlignCenter);

    m_close->setShortcut(QKeySequence::Delete);
    m_close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_close->setToolTip(tr("Close the selected sessions (WebSocket close 1001)"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the details of the selected sessions"));
    m_showRecord->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_showRecord->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_showRecord->setToolTip(tr("Show the handshake record of the current session"));
    addActions({m_close, m_copy, m_showRecord});
    connect(m_close, &QAction::triggered, this, &SessionsView::closeSelected);
    connect(m_copy, &QAction::triggered, this, &SessionsView::copySelected);
    connect(m_showRecord, &QAction::triggered, this, &SessionsView::showCurrentRecord);
    connect(m_table, &QTableView::doubleClicked, this, &SessionsView::showCurrentRecord);
    connect(m_table, &QTableView::customContextMenuRequested, this, &SessionsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SessionsView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SessionsView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionsView::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SessionsView::updateEmptyHint);

    // Durations of open sessions grow between batches: repaint them once a second while rows exist.
    m_durationTicker->setInterval(1000);
    connect(m_durationTicker, &QTimer::timeout, this, [this] { m_table->viewport()->update(); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    setFocusProxy(m_table);
    updateEmptyHint();
    updateActions();
}

QList<int> SessionsView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void SessionsView::closeSelected()
{
    for (int row : selectedSourceRows()) {
        if (!m_model->isClosed(row))
            m_service->closeSession(m_model->idAt(row), 1001, tr("closed from Airlock"));
    }
}

void SessionsView::copySelected()
{
    QStringList blocks;
    for (int row : selectedSourceRows())
        blocks << m_model->details(row);
    if (!blocks.isEmpty())
        QApplication::clipboard()->setText(blocks.join(QStringLiteral("\n\n")));
}

void SessionsView::showCurrentRecord()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (current.isValid())
        emit showRecordRequested(m_model->idAt(current.row()));
}

void SessionsView::updateActions()
{
    const QList<int> rows = selectedSourceRows();
    bool anyOpen = false;
    for (int row : rows)
        anyOpen = anyOpen || !m_model->isClosed(row);
    m_close->setEnabled(anyOpen);
    m_copy->setEnabled(!rows.isEmpty());
    m_showRecord->setEnabled(m_table->currentIndex().isValid());
}

void SessionsView::updateEmptyHint()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    if (empty)
        m_durationTicker->stop();
    else if (!m_durationTicker->isActive())
        m_durationTicker->start();
    updateActions();
}

void SessionsView::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.addAction(m_showRecord);
    menu.addAction(m_copy);
    menu.addSeparator();
    menu.addAction(m_close);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void SessionsView::saveSettings(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("SessionsView"));
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("lingerMs"), m_model->lingerMs());
    settings.endGroup();
}

void SessionsView::restoreSettings(QSettings& settings)
{
    settings.beginGroup(QStringLiteral("SessionsView"));
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    m_model->setLingerMs(settings.value(QStringLiteral("lingerMs"), m_model->lingerMs()).toInt());
    settings.endGroup();
}

} // namespace airlock
