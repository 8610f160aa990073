#include "gui/inspector/RequestDetailPane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace airlock {

RequestDetailPane::RequestDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
{
    setAccessibleName(tr("Record details"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
}

void RequestDetailPane::setRecord(const RequestRecord& record)
{
    m_summary->setText(RequestRecord::outcomeName(record.outcome));
}

void RequestDetailPane::clear()
{
    m_summary->clear();
}

} // namespace airlock
