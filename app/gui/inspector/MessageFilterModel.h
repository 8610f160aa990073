#pragma once

#include "gui/inspector/MessageListModel.h"

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace airlock {

// Narrows a MessageListModel to one direction and to messages matching a regular expression. The close
// row stays in every direction: it ends the conversation either way.
class MessageFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Direction { All, Send, Receive };

    explicit MessageFilterModel(QObject* parent = nullptr);

    void setDirection(Direction direction);
    Direction direction() const { return m_direction; }
    // An empty pattern matches everything; an invalid one matches nothing and returns false.
    bool setPattern(const QString& pattern);
    QString pattern() const { return m_regex.pattern(); }
    bool isPatternValid() const { return m_regex.isValid(); }
    QString patternError() const { return m_regex.isValid() ? QString() : m_regex.errorString(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Direction m_direction = Direction::All;
    QRegularExpression m_regex;
};

} // namespace airlock
