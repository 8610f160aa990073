#include "gui/inspector/MessageFilterModel.h"

namespace airlock {

MessageFilterModel::MessageFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MessageListModel::SortRole);
    m_regex.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
}

void MessageFilterModel::setDirection(Direction direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    invalidateFilter();
}

bool MessageFilterModel::setPattern(const QString& pattern)
{
    if (pattern != m_regex.pattern()) {
        m_regex.setPattern(pattern);
        invalidateFilter();
    }
    return m_regex.isValid();
}

bool MessageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int direction = index.data(MessageListModel::DirectionRole).toInt();
    if (m_direction == Direction::Send && direction == MessageListModel::Receive)
        return false;
    if (m_direction == Direction::Receive && direction == MessageListModel::Send)
        return false;
    if (m_regex.pattern().isEmpty())
        return true;
    if (!m_regex.isValid())
        return false;
    return m_regex.match(index.data(MessageListModel::FilterTextRole).toString()).hasMatch();
}

} // namespace airlock
