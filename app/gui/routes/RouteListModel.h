#pragma once

#include "config/Config.h"

#include <QAbstractTableModel>
#include <QList>

namespace airlock {

// The routes of the config being edited (not yet applied), in file order: the order is the user's, so
// rows move up and down rather than sort.
class RouteListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Path, Backend, Flags, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, RecordRole };

    explicit RouteListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A whole other list (a load or a revert).
    void setRoutes(const QList<RouteConfig>& routes);
    const QList<RouteConfig>& routes() const { return m_routes; }
    RouteConfig route(int row) const { return m_routes.value(row); }
    int rowOfName(const QString& name) const;
    // Changes one row in place.
    void setRoute(int row, const RouteConfig& route);

    // Each returns the row of the route it touched, -1 when nothing changed.
    int addRoute(const RouteConfig& route);
    int duplicateRoute(int row);
    bool removeRoute(int row);
    int moveUp(int row);
    int moveDown(int row);

    // A route with a name and path not used yet, as "Add" creates it.
    RouteConfig newRoute() const;
    // The flags column's text: "capture, keepalive 25 s, health ws".
    static QString flagsText(const RouteConfig& route);

signals:
    // Any change to the list or a route in it.
    void routesChanged();

private:
    QString unusedName(const QString& base) const;
    QString unusedPath(const QString& base) const;
    int move(int from, int to);

    QList<RouteConfig> m_routes;
};

} // namespace airlock
