#include "gui/inspector/MessageListModel.h"

#include "gui/Format.h"
#include "gui/inspector/HexDump.h"
#include "ws/CloseClassification.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <limits>

namespace airlock {

namespace {

constexpr int kPreviewChars = 200;
constexpr int kPreviewBytes = 24;

qint64 messageLength(const CapturedMessage& m)
{
    return m.truncated ? m.originalLength : m.data.size();
}

} // namespace

MessageListModel::MessageListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MessageListModel::setRecord(const RequestRecord& record)
{
    const qsizetype oldMessages = m_record.messages.size();
    const qsizetype newMessages = record.messages.size();
    if (record.sessionId == 0 || record.sessionId != m_record.sessionId || newMessages < oldMessages) {
        // Another record (or one whose messages were dropped): every row changes, so this is a reset.
        beginResetModel();
        m_record = record;
        endResetModel();
        return;
    }
    // The same session again, updated: messages only append and the close frame comes last, so rows are
    // inserted (and the close row moved to the end) and a selection in the view survives.
    const QString oldClose = closeLine(m_record);
    const QString newClose = closeLine(record);
    if (!oldClose.isEmpty() && (newMessages > oldMessages || newClose.isEmpty())) {
        beginRemoveRows({}, int(oldMessages), int(oldMessages));
        m_record.closeCode = 0;
        endRemoveRows();
    }
    if (newMessages > oldMessages) {
        beginInsertRows({}, int(oldMessages), int(newMessages - 1));
        m_record.messages = record.messages;
        endInsertRows();
    }
    if (!hasCloseRow() && !newClose.isEmpty()) {
        beginInsertRows({}, int(newMessages), int(newMessages));
        m_record = record;
        endInsertRows();
        return;
    }
    const bool closeChanged = hasCloseRow() && (newClose != oldClose || record.closedAt != m_record.closedAt ||
                                                record.classificationDetail != m_record.classificationDetail);
    m_record = record;
    if (closeChanged)
        emit dataChanged(index(int(newMessages), 0), index(int(newMessages), ColumnCount - 1));
}

void MessageListModel::clear()
{
    setRecord(RequestRecord{});
}

QString MessageListModel::closeLine(const RequestRecord& record)
{
    if (record.closeCode == 0)
        return {};
    QString who;
    switch (record.closeSide) {
    case RequestRecord::Side::Client:
        who = tr("Closed by the client");
        break;
    case RequestRecord::Side::Backend:
        who = tr("Closed by the backend");
        break;
    case RequestRecord::Side::Airlock:
        who = tr("Closed by Airlock");
        break;
    case RequestRecord::Side::None:
        who = tr("Closed");
        break;
    }
    QString line;
    if (record.closeCode == 1006)
        line = tr("%1 without a close frame (1006)").arg(who);
    else if (record.closeCode == 1005)
        line = tr("%1 with a close frame without code (1005)").arg(who);
    else
        line = tr("%1 with code %2").arg(who).arg(record.closeCode);
    if (!record.closeReason.isEmpty())
        line += tr(" (%1)").arg(QString::fromUtf8(record.closeReason));
    return line;
}

QString MessageListModel::preview(const CapturedMessage& message)
{
    if (message.opcode == 2)
        return hexPreview(message.data, kPreviewBytes);
    const QString full = QString::fromUtf8(message.data);
    QString text = full.left(kPreviewChars);
    text.replace(QLatin1Char('\n'), QChar(0x23ce)).remove(QLatin1Char('\r'));
    if (full.size() > kPreviewChars || message.truncated)
        text += QStringLiteral("…");
    return text;
}

qint64 MessageListModel::sessionStart() const
{
    if (m_record.acceptedAt != 0)
        return m_record.acceptedAt;
    return m_record.messages.isEmpty() ? 0 : m_record.messages.first().timeMs;
}

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_record.messages.size()) + (hasCloseRow() ? 1 : 0);
}

int MessageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() < m_record.messages.size()) {
        if (role == IndexRole)
            return index.row();
        return messageData(m_record.messages.at(index.row()), index.column(), role);
    }
    if (role == IndexRole)
        return -1;
    return closeData(index.column(), role);
}

QVariant MessageListModel::messageData(const CapturedMessage& m, int column, int role) const
{
    const bool send = m.type == CapturedMessage::Type::Send;
    const qint64 relative = m.timeMs - sessionStart();
    const bool binary = m.opcode == 2;
    switch (role) {
    case DirectionRole:
        return send ? Send : Receive;
    case FilterTextRole:
        return binary ? hexPreview(m.data, int(m.data.size())) : QString::fromUtf8(m.data);
    case Qt::DisplayRole:
        switch (column) {
        case DirectionColumn:
            return send ? QStringLiteral("↑") : QStringLiteral("↓");
        case DataColumn:
            return preview(m);
        case LengthColumn:
            return Format::bytes(messageLength(m));
        case TimeColumn:
            return Format::duration(relative);
        }
        break;
    case SortRole:
        switch (column) {
        case DirectionColumn:
            return send ? 0 : 1;
        case DataColumn:
            return preview(m);
        case LengthColumn:
            return messageLength(m);
        case TimeColumn:
            return relative;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case DirectionColumn:
            return send ? tr("Sent by the client to the backend") : tr("Received by the client from the backend");
        case DataColumn:
            if (m.truncated)
                return tr("%1 message; only its first %2 of %3 bytes were captured.")
                    .arg(binary ? tr("Binary") : tr("Text"))
                    .arg(m.data.size())
                    .arg(m.originalLength);
            return binary ? tr("Binary message") : tr("Text message");
        case LengthColumn:
            return tr("%1 bytes").arg(messageLength(m));
        case TimeColumn:
            return Format::dateTime(m.timeMs);
        }
        break;
    case Qt::AccessibleTextRole:
        switch (column) {
        case DirectionColumn:
            return send ? tr("Sent") : tr("Received");
        case DataColumn:
            return binary ? tr("Binary: %1").arg(preview(m)) : preview(m);
        case LengthColumn:
            return Format::bytes(messageLength(m));
        case TimeColumn:
            return tr("%1 after the start").arg(Format::duration(relative));
        }
        break;
    case Qt::ForegroundRole:
        if (column == DirectionColumn)
            return QBrush(send ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        break;
    case Qt::TextAlignmentRole:
        if (column == LengthColumn || column == TimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == DirectionColumn)
            return QVariant(Qt::AlignCenter);
        break;
    case Qt::FontRole:
        if (column == DataColumn && binary) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        break;
    }
    return {};
}

QVariant MessageListModel::closeData(int column, int role) const
{
    const qint64 relative = m_record.closedAt != 0 ? m_record.closedAt - sessionStart() : 0;
    switch (role) {
    case DirectionRole:
        return Close;
    case FilterTextRole:
        return closeLine(m_record);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case DirectionColumn:
            return role == Qt::DisplayRole ? QStringLiteral("■") : tr("Close");
        case DataColumn:
            return closeLine(m_record);
        case LengthColumn:
            return QString();
        case TimeColumn:
            return m_record.closedAt != 0 ? Format::duration(relative) : QString();
        }
        break;
    case SortRole:
        switch (column) {
        case DirectionColumn:
            return 2;
        case DataColumn:
            return closeLine(m_record);
        case LengthColumn:
            return qint64(-1);
        case TimeColumn:
            return m_record.closedAt != 0 ? relative : std::numeric_limits<qint64>::max();
        }
        break;
    case Qt::ToolTipRole:
        return m_record.classificationDetail.isEmpty()
                   ? closeLine(m_record)
                   : CloseClassification::translatedExplanation(m_record.classificationDetail);
    case Qt::FontRole: {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    case Qt::TextAlignmentRole:
        if (column == LengthColumn || column == TimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == DirectionColumn)
            return QVariant(Qt::AlignCenter);
        break;
    }
    return {};
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DirectionColumn:
            return tr("Dir");
        case DataColumn:
            return tr("Data");
        case LengthColumn:
            return tr("Length");
        case TimeColumn:
            return tr("Time");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DirectionColumn:
            return tr("↑ sent by the client to the backend, ↓ received from the backend, ■ the close frame");
        case DataColumn:
            return tr("The message: text as text, binary as hexadecimal bytes");
        case LengthColumn:
            return tr("Payload size of the whole message");
        case TimeColumn:
            return tr("Time since the connection was accepted");
        }
    }
    return {};
}

} // namespace airlock
