#pragma once

#include "observe/RequestRecord.h"

#include <QAbstractTableModel>

namespace airlock {

// The captured messages of one record, oldest first, and one last row for the close frame when the session
// ended with one. Shown in the detail pane's Messages tab.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DirectionColumn, DataColumn, LengthColumn, TimeColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: direction index, data text, length in bytes, time in ms
        IndexRole,                   // index into RequestRecord::messages; -1 for the close row
        DirectionRole,               // a Direction value
        FilterTextRole,              // the text a regular expression is matched against
    };
    enum Direction { Send, Receive, Close };

    explicit MessageListModel(QObject* parent = nullptr);

    // Another record resets the model; the same session again (a live update) inserts the new rows.
    void setRecord(const RequestRecord& record);
    void clear();
    const RequestRecord& record() const { return m_record; }

    // The close frame in words: "Closed by the backend with code 1011 (reason)"; empty without a close code.
    static QString closeLine(const RequestRecord& record);
    // What a message looks like in one table cell: text with line breaks shown as ⏎, binary as hex.
    static QString preview(const CapturedMessage& message);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool hasCloseRow() const { return !closeLine(m_record).isEmpty(); }
    qint64 sessionStart() const;
    QVariant messageData(const CapturedMessage& m, int column, int role) const;
    QVariant closeData(int column, int role) const;

    RequestRecord m_record;
};

} // namespace airlock
