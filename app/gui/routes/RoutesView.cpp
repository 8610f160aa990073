#include "gui/routes/RoutesView.h"

#include "config/ConfigValidator.h"
#include "config/RouteOrigin.h"
#include "gui/routes/ConfigFile.h"
#include "gui/routes/RouteEditor.h"
#include "gui/routes/RouteListModel.h"
#include "service/ProxyService.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace airlock {

namespace {

const char* kSettingsGroup = "routes";

} // namespace

RoutesView::RoutesView(ProxyService* service, ConfigFile* file, std::function<void(Config&)> overrides, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_file(file)
    , m_overrides(std::move(overrides))
    , m_model(new RouteListModel(this))
{
    setAccessibleName(tr("Routes"));
    setAccessibleDescription(tr("Edit the routes of the config file, then apply them to the running proxy"));
    auto* layout = new QVBoxLayout(this);

    // The bar for a change made to the file elsewhere.
    m_diskBar = new QFrame;
    m_diskBar->setObjectName(QStringLiteral("diskBar"));
    m_diskBar->setFrameShape(QFrame::StyledPanel);
    m_diskBar->setStyleSheet(QStringLiteral("#diskBar { background: #fff4ce; color: #3b2f00; }"));
    auto* barLayout = new QHBoxLayout(m_diskBar);
    m_diskText = new QLabel(tr("The config file changed on disk."));
    m_diskText->setWordWrap(true);
    barLayout->addWidget(m_diskText, 1);
    auto* reloadButton = new QPushButton(tr("&Reload"));
    reloadButton->setObjectName(QStringLiteral("reload"));
    reloadButton->setAccessibleName(tr("Reload the config file"));
    reloadButton->setAccessibleDescription(tr("Reads the changed file; edits not applied are lost"));
    connect(reloadButton, &QPushButton::clicked, this, &RoutesView::reload);
    auto* keepButton = new QPushButton(tr("&Keep mine"));
    keepButton->setObjectName(QStringLiteral("keepMine"));
    keepButton->setAccessibleName(tr("Keep my version"));
    keepButton->setAccessibleDescription(tr("Keeps the edited routes; the next apply replaces the file"));
    connect(keepButton, &QPushButton::clicked, this, &RoutesView::keepMine);
    barLayout->addWidget(reloadButton);
    barLayout->addWidget(keepButton);
    m_diskBar->hide();
    layout->addWidget(m_diskBar);

    m_general = new QLabel;
    m_general->setObjectName(QStringLiteral("generalErrors"));
    m_general->setWordWrap(true);
    m_general->setTextFormat(Qt::PlainText);
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_general->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_general->setAccessibleName(tr("Problems"));
    m_general->setAccessibleDescription(tr("Problems that keep the config from being applied"));
    m_general->hide();
    layout->addWidget(m_general);

    m_splitter = new QSplitter(Qt::Horizontal);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Route list"));
    m_table->setAccessibleDescription(tr("The routes of the edited config, in file order; select one to edit it"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // File order is the user's (Up and Down move routes), so the list does not sort.
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(RouteListModel::Name, 100);
    m_table->setColumnWidth(RouteListModel::Path, 100);
    m_table->setColumnWidth(RouteListModel::Backend, 170);
    leftLayout->addWidget(m_table, 1);
    auto* rowButtons = new QHBoxLayout;
    m_rowButtons = {
        button(tr("&Add"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), tr("Adds a new route"),
               &RoutesView::addRoute),
        button(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
               tr("Adds a copy of the selected route"), &RoutesView::duplicateRoute),
        button(tr("Re&move"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), tr("Removes the selected route"),
               &RoutesView::removeRoute),
        button(tr("U&p"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), tr("Moves the selected route up"),
               &RoutesView::moveUp),
        button(tr("Do&wn"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), tr("Moves the selected route down"),
               &RoutesView::moveDown),
    };
    for (QPushButton* b : std::as_const(m_rowButtons))
        rowButtons->addWidget(b);
    rowButtons->addStretch(1);
    leftLayout->addLayout(rowButtons);
    m_splitter->addWidget(left);

    m_editor = new RouteEditor(nullptr, file->environment());
    m_editor->setBaseDir(file->baseDir());
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Route settings"));
    scroll->setAccessibleDescription(tr("The settings of the selected route"));
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({560, 700});
    layout->addWidget(m_splitter, 1);

    auto* bottom = new QHBoxLayout;
    m_apply = button(tr("Appl&y"), QKeySequence::Save,
                     tr("Checks the whole config, gives it to the running proxy (open sessions keep going) and "
                        "saves it"),
                     nullptr);
    connect(m_apply, &QPushButton::clicked, this, &RoutesView::apply);
    m_revert = button(tr("Re&vert"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                      tr("Drops the edits: back to the config in the file"), &RoutesView::revert);
    QPushButton* copy =
        button(tr("&Copy loopback URL"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
               tr("Copies the selected route's address on the running proxy"), &RoutesView::copyLoopbackUrl);
    QPushButton* open = button(tr("&Open page in browser"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                               tr("Opens the selected route's address in the web browser"), &RoutesView::openInBrowser);
    m_rowButtons << copy << open;
    bottom->addWidget(copy);
    bottom->addWidget(open);
    bottom->addStretch(1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_apply);
    layout->addLayout(bottom);
    setTabOrder(m_table, m_editor);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoutesView::onSelectionChanged);
    connect(m_editor, &RouteEditor::edited, this, &RoutesView::onEdited);
    connect(m_model, &RouteListModel::routesChanged, this, [this] {
        revalidate();
        updateModified();
        updateButtons();
    });
    connect(m_file, &ConfigFile::changedOnDisk, this, [this] {
        m_diskText->setText(tr("The config file changed on disk: %1. Reload it (edits not applied are lost), or "
                               "keep yours and apply to replace it.")
                                .arg(m_file->path()));
        m_diskBar->show();
    });

    if (!m_file->isLoaded() && !m_file->load()) {
        for (const ConfigError& error : m_file->loadErrors())
            m_extraErrors.append(error.toString());
    }
    loadEdited(m_file->isLoaded() ? m_file->config() : (m_service ? m_service->config() : Config()));
}

QPushButton* RoutesView::button(const QString& text, const QKeySequence& shortcut, const QString& description,
                                void (RoutesView::*slot)())
{
    auto* b = new QPushButton(text);
    b->setShortcut(shortcut);
    QString plain = text;
    plain.remove(u'&');
    b->setObjectName(plain);
    b->setAccessibleName(plain);
    b->setAccessibleDescription(description);
    b->setToolTip(QStringLiteral("%1 (%2)").arg(description, shortcut.toString(QKeySequence::NativeText)));
    if (slot)
        connect(b, &QPushButton::clicked, this, slot);
    return b;
}

Config RoutesView::editedConfig() const
{
    Config config = m_base;
    config.routes = m_model->routes();
    return config;
}

QStringList RoutesView::generalErrors() const
{
    return m_generalErrors;
}

int RoutesView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RoutesView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clear();
        onSelectionChanged();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (m_editedRow != row)
        onSelectionChanged();
}

void RoutesView::loadEdited(const Config& config)
{
    const int row = std::max(0, m_editedRow);
    m_base = config;
    m_editedRow = -1;
    m_model->setRoutes(config.routes);
    selectRow(std::min(row, m_model->rowCount() - 1));
    revalidate();
    updateModified();
    updateButtons();
}

void RoutesView::onSelectionChanged()
{
    m_editedRow = currentRow();
    m_editor->setEnabled(m_editedRow >= 0);
    m_editor->setRoute(m_editedRow >= 0 ? m_model->route(m_editedRow) : RouteConfig());
    revalidate();
    updateButtons();
}

void RoutesView::onEdited()
{
    if (m_editedRow < 0)
        return;
    m_extraErrors.clear();
    m_model->setRoute(m_editedRow, m_editor->route());
    revalidate(); // also when the route did not change (a closeCodes line the form cannot read)
}

void RoutesView::revalidate()
{
    const Config config = editedConfig();
    const ConfigReport report = ConfigValidator::validate(config, m_file->environment());
    const QList<ConfigError> rest = m_editor->showErrors(
        report.errors, m_editedRow >= 0 ? QStringLiteral("routes[%1]").arg(m_editedRow) : QString());
    QStringList problems = m_extraErrors;
    for (const ConfigError& error : rest) {
        // routes[2].backend -> route "chat": backend
        static const QRegularExpression routeIndex(QStringLiteral("^routes\\[(\\d+)\\]\\.?"));
        const QRegularExpressionMatch match = routeIndex.match(error.path);
        if (match.hasMatch()) {
            const int row = match.captured(1).toInt();
            const QString where = error.path.mid(match.capturedLength());
            problems.append(
                tr("Route %1: %2").arg(m_model->route(row).name, ConfigError{where, error.message}.toString()));
        } else {
            problems.append(error.toString());
        }
    }
    showGeneral(problems);
}

void RoutesView::showGeneral(const QStringList& problems)
{
    m_generalErrors = problems;
    m_general->setText(problems.join(u'\n'));
    m_general->setVisible(!problems.isEmpty());
}

void RoutesView::updateModified()
{
    const bool modified = editedConfig() != m_file->config();
    m_revert->setEnabled(modified);
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void RoutesView::updateButtons()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    m_rowButtons.at(1)->setEnabled(row >= 0);
    m_rowButtons.at(2)->setEnabled(row >= 0);
    m_rowButtons.at(3)->setEnabled(row > 0);
    m_rowButtons.at(4)->setEnabled(row >= 0 && row + 1 < count);
    m_rowButtons.at(5)->setEnabled(row >= 0);
    m_rowButtons.at(6)->setEnabled(row >= 0);
}

Config RoutesView::withOverrides(const Config& config) const
{
    Config given = config;
    if (m_overrides)
        m_overrides(given);
    return given;
}

QList<ConfigError> RoutesView::applyAndSave(const Config& config)
{
    // Checked first so that a refused save changes nothing, not even the running proxy.
    if (m_file->isChangedOnDisk()) {
        m_diskText->setText(tr("The config file changed on disk: %1. Reload it (edits not applied are lost), or "
                               "keep yours and apply to replace it.")
                                .arg(m_file->path()));
        m_diskBar->show();
        return {{QString(), tr("Not applied: the config file was changed by another program since Airlock read "
                               "it. Reload it, or keep your version and apply again.")}};
    }
    const ConfigReport report = ConfigValidator::validate(config, m_file->environment());
    if (!report.ok())
        return report.errors;
    if (m_service) {
        const QList<ConfigError> errors = m_service->applyConfig(withOverrides(config));
        if (!errors.isEmpty())
            return errors;
    }
    if (!m_file->save(config))
        return {{QString(), m_file->errorString()}};
    return {};
}

bool RoutesView::apply()
{
    m_extraErrors.clear();
    if (m_editor->hasLocalErrors()) {
        m_extraErrors.append(tr("Not applied: fix the problems marked in the form first."));
        revalidate();
        return false;
    }
    const Config config = editedConfig();
    const QList<ConfigError> errors = applyAndSave(config);
    if (!errors.isEmpty()) {
        // Errors of the edited routes show next to their fields; the rest (and the refusal) at the top.
        if (!ConfigValidator::validate(config, m_file->environment()).ok())
            m_extraErrors.append(tr("Not applied: the config has problems."));
        else
            for (const ConfigError& error : errors)
                m_extraErrors.append(error.toString());
        revalidate();
        return false;
    }
    m_base = config;
    m_diskBar->hide();
    revalidate();
    updateModified();
    emit applied();
    return true;
}

void RoutesView::revert()
{
    m_extraErrors.clear();
    loadEdited(m_file->config());
}

bool RoutesView::reload()
{
    m_extraErrors.clear();
    if (!m_file->load()) {
        m_extraErrors.append(m_file->errorString());
        for (const ConfigError& error : m_file->loadErrors())
            m_extraErrors.append(error.toString());
        revalidate();
        return false;
    }
    m_diskBar->hide();
    loadEdited(m_file->config());
    return true;
}

void RoutesView::keepMine()
{
    m_file->keepMine();
    m_diskBar->hide();
}

bool RoutesView::allowOrigin(const QString& route, const QByteArray& origin)
{
    m_extraErrors.clear();
    Config config = m_file->config();
    const QString pattern = QString::fromLatin1(origin);
    auto allow = [&](QList<RouteConfig>& routes) {
        for (RouteConfig& r : routes) {
            if (r.name == route && !r.allowedOrigins.contains(pattern)) {
                r.allowedOrigins.append(pattern);
                r.writtenKeys.insert(QStringLiteral("allowedOrigins"));
                return true;
            }
        }
        return false;
    };
    if (!allow(config.routes)) {
        m_extraErrors.append(tr("No route %1 without origin %2 in the config file.").arg(route, pattern));
        revalidate();
        return false;
    }
    const QList<ConfigError> errors = applyAndSave(config);
    if (!errors.isEmpty()) {
        for (const ConfigError& error : errors)
            m_extraErrors.append(tr("Origin not allowed: %1").arg(error.toString()));
        revalidate();
        return false;
    }
    // The edited routes get it too, leaving the other edits as they were.
    const int row = m_model->rowOfName(route);
    if (row >= 0) {
        RouteConfig edited = m_model->route(row);
        if (!edited.allowedOrigins.contains(pattern)) {
            edited.allowedOrigins.append(pattern);
            m_model->setRoute(row, edited);
            if (row == m_editedRow)
                m_editor->setRoute(edited);
        }
    }
    revalidate();
    updateModified();
    emit applied();
    return true;
}

void RoutesView::addRoute()
{
    selectRow(m_model->addRoute(m_model->newRoute()));
    m_editor->setFocus();
}

void RoutesView::duplicateRoute()
{
    selectRow(m_model->duplicateRoute(currentRow()));
}

void RoutesView::removeRoute()
{
    const int row = currentRow();
    if (!m_model->removeRoute(row))
        return;
    m_editedRow = -1;
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void RoutesView::moveUp()
{
    const int row = m_model->moveUp(currentRow());
    if (row >= 0) {
        m_editedRow = -1;
        selectRow(row);
    }
}

void RoutesView::moveDown()
{
    const int row = m_model->moveDown(currentRow());
    if (row >= 0) {
        m_editedRow = -1;
        selectRow(row);
    }
}

QUrl RoutesView::loopbackUrl(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const RouteConfig route = m_model->route(row);
    const Config given = withOverrides(editedConfig());
    const bool running = m_service && m_service->state() == ProxyService::State::Running;
    // The route's own origin (NAME.localhost) where it has one, as the proxy serves it.
    QUrl url = RouteOrigin::url(route, running ? m_service->address() : QHostAddress(given.listen.address),
                                running ? m_service->port() : given.listen.port);
    if (route.scheme != BackendScheme::Http && route.scheme != BackendScheme::Https) {
        url.setScheme(QStringLiteral("ws"));
        url.setPath(route.path); // a WebSocket address exactly as routed, without a page's trailing slash
    }
    return url;
}

void RoutesView::copyLoopbackUrl()
{
    const QUrl url = loopbackUrl(currentRow());
    if (!url.isEmpty())
        QGuiApplication::clipboard()->setText(url.toString());
}

void RoutesView::openInBrowser()
{
    QUrl url = loopbackUrl(currentRow());
    if (url.isEmpty())
        return;
    url.setScheme(QStringLiteral("http")); // the page at the route's path, which the browser then connects from
    QDesktopServices::openUrl(url);
}

void RoutesView::saveSettings(QSettings& settings) const
{
    settings.beginGroup(QLatin1String(kSettingsGroup));
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.endGroup();
}

void RoutesView::restoreSettings(QSettings& settings)
{
    settings.beginGroup(QLatin1String(kSettingsGroup));
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    settings.endGroup();
}

} // namespace airlock
