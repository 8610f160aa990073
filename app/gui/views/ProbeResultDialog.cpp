#include "gui/views/ProbeResultDialog.h"

#include "gui/Format.h"
#include "gui/models/StatusIcon.h"
#include "probe/HandshakeProbe.h"
#include "ws/CloseClassification.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace airlock {

namespace {

QString phaseName(const QString& name)
{
    if (name == QLatin1String("dns"))
        return ProbeResultDialog::tr("Name lookup");
    if (name == QLatin1String("tcp"))
        return ProbeResultDialog::tr("TCP connect");
    if (name == QLatin1String("connect"))
        return ProbeResultDialog::tr("Proxy CONNECT");
    if (name == QLatin1String("tls"))
        return ProbeResultDialog::tr("TLS handshake");
    if (name == QLatin1String("upgrade"))
        return ProbeResultDialog::tr("WebSocket upgrade");
    if (name == QLatin1String("close"))
        return ProbeResultDialog::tr("Clean close");
    return name;
}

QString kindName(CloseClassification::Kind kind)
{
    switch (kind) {
    case CloseClassification::Kind::Normal:
        return ProbeResultDialog::tr("normal");
    case CloseClassification::Kind::Transient:
        return ProbeResultDialog::tr("transient: retrying later may work");
    case CloseClassification::Kind::Permanent:
        return ProbeResultDialog::tr("permanent: retrying will not help");
    }
    return {};
}

} // namespace

ProbeResultDialog::ProbeResultDialog(const QString& route, ProbeOptions options, QWidget* parent)
    : QDialog(parent)
    , m_route(route)
    , m_options(std::move(options))
    , m_outcome(new QLabel(this))
    , m_details(new QLabel(this))
    , m_phases(new QTreeWidget(this))
    , m_again(new QPushButton(tr("Probe &Again"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Probe of %1").arg(route));
    setAccessibleName(tr("Probe result"));
    setAccessibleDescription(tr("The outcome of one WebSocket handshake through Airlock on route %1").arg(route));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setAccessibleDescription(tr("Whether the probe handshake succeeded"));
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_details->setAccessibleName(tr("Details"));
    m_details->setAccessibleDescription(tr("Status, failure and classification of the probe"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_phases->setAccessibleName(tr("Phases"));
    m_phases->setAccessibleDescription(tr("Each phase of the handshake with the time it took"));
    m_phases->setHeaderLabels({tr("Phase"), tr("Time"), tr("Detail")});
    m_phases->setRootIsDecorated(false);
    m_phases->setUniformRowHeights(true);
    m_phases->header()->setStretchLastSection(true);
    m_phases->header()->resizeSection(0, 160);
    m_phases->header()->resizeSection(1, 80);
    m_again->setAccessibleName(tr("Probe again"));
    m_again->setAccessibleDescription(tr("Run the same probe once more"));
    m_buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Close this dialog"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &ProbeResultDialog::start);

    auto* layout = new QVBoxLayout(this);
    auto* url = new QLabel(tr("Handshake with %1").arg(m_options.url.toString()), this);
    url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(url);
    layout->addWidget(m_outcome);
    layout->addWidget(m_details);
    layout->addWidget(m_phases, 1);
    layout->addWidget(m_buttons);
    resize(560, 360);
}

void ProbeResultDialog::start()
{
    delete m_probe;
    m_hasResult = false;
    m_outcome->setText(tr("Probing…"));
    m_details->clear();
    m_phases->clear();
    m_again->setEnabled(false);
    m_probe = new HandshakeProbe(m_options, this);
    connect(m_probe, &HandshakeProbe::finished, this, &ProbeResultDialog::onFinished);
    m_probe->start();
}

void ProbeResultDialog::onFinished()
{
    if (!m_probe)
        return;
    m_result = m_probe->result();
    m_hasResult = true;
    // Not from within its own signal.
    m_probe->deleteLater();
    m_probe = nullptr;
    showResult();
    m_again->setEnabled(true);
    emit finished();
}

QString ProbeResultDialog::summaryText() const
{
    if (!m_hasResult)
        return m_outcome->text();
    return m_outcome->text() + u'\n' + m_details->text();
}

void ProbeResultDialog::showResult()
{
    const ProbeResult& r = m_result;
    qint64 total = 0;
    for (const ProbeResult::Phase& phase : r.phases)
        total += phase.ms;
    m_outcome->setText(r.ok ? tr("Success: the route answered the handshake in %1").arg(Format::duration(total))
                            : tr("Failed after %1").arg(Format::duration(total)));
    QPalette palette = m_outcome->palette();
    palette.setColor(QPalette::WindowText, r.ok ? StatusIcon::good() : StatusIcon::bad());
    m_outcome->setPalette(palette);

    QStringList lines;
    lines << (r.status != 0 ? tr("HTTP status: %1").arg(r.status) : tr("HTTP status: none (no answer)"));
    if (!r.subprotocol.isEmpty())
        lines << tr("Subprotocol: %1").arg(QString::fromUtf8(r.subprotocol));
    if (!r.ok) {
        QString failureLine = tr("Failure: %1").arg(failure::sentence(r.failure));
        if (!r.detail.isEmpty())
            failureLine += QStringLiteral(" — ") + r.detail;
        lines << failureLine;
        lines << tr("Classification: %1").arg(kindName(r.classification.kind));
        if (!r.classification.explanation.isEmpty())
            lines << CloseClassification::translatedExplanation(r.classification.explanation);
    }
    if (!r.via.isEmpty())
        lines << tr("Through proxy %1").arg(r.via);
    m_details->setText(lines.join(u'\n'));

    for (const ProbeResult::Phase& phase : r.phases) {
        auto* item = new QTreeWidgetItem(m_phases, {phaseName(phase.name), Format::duration(phase.ms), phase.detail});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(2, phase.detail);
    }
    // The details grew by a few lines: lay out now, not with the next posted event.
    layout()->activate();
}

} // namespace airlock
