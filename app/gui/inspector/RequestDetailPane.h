#pragma once

#include "observe/RequestRecord.h"

#include <QWidget>

class QLabel;

namespace airlock {

// The inspector's detail pane for one record: summary, timing, heads and captured messages.
class RequestDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit RequestDetailPane(QWidget* parent = nullptr);

    void setRecord(const RequestRecord& record);
    void clear();

signals:
    // The user asked to allow the refused Origin of the shown record for its route.
    void allowOriginRequested(const QString& route, const QByteArray& origin);

private:
    QLabel* m_summary;
};

} // namespace airlock
