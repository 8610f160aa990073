#include "gui/routes/RouteListModel.h"

#include "config/ConfigNames.h"

namespace airlock {

RouteListModel::RouteListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int RouteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_routes.size());
}

int RouteListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RouteListModel::flagsText(const RouteConfig& route)
{
    QStringList flags;
    if (route.capture.enabled)
        flags << tr("capture");
    if (route.keepalive.pingMs > 0)
        flags << tr("keepalive");
    if (route.health.kind != HealthConfig::Kind::None)
        flags << tr("health %1").arg(ConfigNames::name(route.health.kind));
    if (route.tls.insecure)
        flags << tr("insecure TLS");
    if (!route.injectHeaders.isEmpty())
        flags << tr("%n injected header(s)", nullptr, int(route.injectHeaders.size()));
    if (route.subprotocol != SubprotocolPolicy::Pass)
        flags << tr("subprotocol %1").arg(ConfigNames::name(route.subprotocol));
    return flags.join(QStringLiteral(", "));
}

QVariant RouteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RouteConfig& route = m_routes.at(index.row());
    const QString backend = route.backend.toString();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return route.name;
        case Path:
            return route.path;
        case Backend:
            return backend;
        case Flags:
            return flagsText(route);
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == Flags && role == Qt::ToolTipRole && flagsText(route).isEmpty())
            return tr("No capture, keepalive off, not monitored");
        return tr("Route %1: %2 leads to %3%4")
            .arg(route.name, route.path, backend,
                 flagsText(route).isEmpty() ? QString() : QStringLiteral(" (%1)").arg(flagsText(route)));
    case IdRole:
        return route.name;
    case RecordRole:
        return index.row();
    }
    return {};
}

QVariant RouteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case Path:
            return tr("Path");
        case Backend:
            return tr("Backend");
        case Flags:
            return tr("Options");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name:
            return tr("The route's name, as logs and the inspector show it");
        case Path:
            return tr("Requests whose path starts with this prefix take the route");
        case Backend:
            return tr("Where the route leads: ws, wss, http, https or a tcp bridge");
        case Flags:
            return tr("Message capture, keepalive pings, health checks and other options that are on");
        }
    }
    return {};
}

void RouteListModel::setRoutes(const QList<RouteConfig>& routes)
{
    beginResetModel();
    m_routes = routes;
    endResetModel();
    emit routesChanged();
}

int RouteListModel::rowOfName(const QString& name) const
{
    for (int i = 0; i < m_routes.size(); ++i) {
        if (m_routes.at(i).name == name)
            return i;
    }
    return -1;
}

void RouteListModel::setRoute(int row, const RouteConfig& route)
{
    if (row < 0 || row >= m_routes.size() || m_routes.at(row) == route)
        return;
    const RouteConfig old = m_routes.at(row);
    m_routes[row] = route;
    // Only the cells whose text changed.
    int first = ColumnCount;
    int last = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        const QModelIndex cell = index(row, column);
        m_routes[row] = old;
        const QVariant before = data(cell);
        m_routes[row] = route;
        if (data(cell) != before) {
            first = std::min(first, column);
            last = column;
        }
    }
    if (last >= 0)
        emit dataChanged(index(row, first), index(row, last));
    emit routesChanged();
}

QString RouteListModel::unusedName(const QString& base) const
{
    QString name = base;
    for (int n = 2; rowOfName(name) >= 0 && n < 10000; ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

QString RouteListModel::unusedPath(const QString& base) const
{
    auto used = [this](const QString& path) {
        return std::any_of(m_routes.cbegin(), m_routes.cend(), [&](const RouteConfig& r) { return r.path == path; });
    };
    QString path = base;
    for (int n = 2; used(path) && n < 10000; ++n)
        path = QStringLiteral("%1-%2").arg(base).arg(n);
    return path;
}

RouteConfig RouteListModel::newRoute() const
{
    RouteConfig route;
    route.path = unusedPath(QStringLiteral("/new"));
    route.name = unusedName(QStringLiteral("new"));
    route.writtenKeys.insert(QStringLiteral("name"));
    route.backend = QUrl(QStringLiteral("ws://127.0.0.1:8080/"));
    route.scheme = BackendScheme::Ws;
    return route;
}

int RouteListModel::addRoute(const RouteConfig& route)
{
    const int row = int(m_routes.size());
    beginInsertRows(QModelIndex(), row, row);
    m_routes.append(route);
    endInsertRows();
    emit routesChanged();
    return row;
}

int RouteListModel::duplicateRoute(int row)
{
    if (row < 0 || row >= m_routes.size())
        return -1;
    RouteConfig copy = m_routes.at(row);
    // Names and paths must stay unique.
    copy.name = unusedName(copy.name + tr("-copy"));
    copy.path =
        unusedPath(copy.path == QLatin1String("/") ? QStringLiteral("/copy") : copy.path + QStringLiteral("-copy"));
    copy.writtenKeys.insert(QStringLiteral("name"));
    beginInsertRows(QModelIndex(), row + 1, row + 1);
    m_routes.insert(row + 1, copy);
    endInsertRows();
    emit routesChanged();
    return row + 1;
}

bool RouteListModel::removeRoute(int row)
{
    if (row < 0 || row >= m_routes.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_routes.removeAt(row);
    endRemoveRows();
    emit routesChanged();
    return true;
}

int RouteListModel::move(int from, int to)
{
    if (from < 0 || from >= m_routes.size() || to < 0 || to >= m_routes.size() || from == to)
        return -1;
    // beginMoveRows counts the destination before the move: one past the row when moving down.
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    m_routes.move(from, to);
    endMoveRows();
    emit routesChanged();
    return to;
}

int RouteListModel::moveUp(int row)
{
    return move(row, row - 1);
}

int RouteListModel::moveDown(int row)
{
    return move(row, row + 1);
}

} // namespace airlock
