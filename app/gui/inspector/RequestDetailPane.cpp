#include "gui/inspector/RequestDetailPane.h"

#include "gui/Format.h"
#include "gui/inspector/HexDump.h"
#include "gui/inspector/MessageFilterModel.h"
#include "gui/inspector/MessageListModel.h"
#include "gui/inspector/ProbeCommandLine.h"
#include "gui/inspector/RecordSummary.h"
#include "gui/inspector/TimingWaterfall.h"
#include "ws/CloseClassification.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace airlock {

namespace {

const QString kSettingsGroup = QStringLiteral("RequestDetailPane");

QString headText(const QByteArray& head)
{
    // Heads end with an empty line; the text view needs neither it nor the carriage returns.
    return QString::fromUtf8(head).remove(QLatin1Char('\r')).trimmed();
}

} // namespace

RequestDetailPane::RequestDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a request to see its details."), this))
    , m_headline(new QLabel(this))
    , m_copyProbeButton(new QToolButton(this))
    , m_allowOriginButton(new QToolButton(this))
    , m_copyProbeAction(new QAction(tr("Copy as probe command"), this))
    , m_allowOriginAction(new QAction(tr("Allow this origin for the route"), this))
    , m_tabs(new QTabWidget(this))
    , m_messages(new MessageListModel(this))
    , m_filter(new MessageFilterModel(this))
{
    setAccessibleName(tr("Record details"));
    setAccessibleDescription(tr("Everything Airlock recorded about the selected request."));

    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setAccessibleName(tr("No record selected"));

    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Labels that show a value carry no accessible name of their own: a screen reader then reads the value.
    m_headline->setAccessibleDescription(tr("Outcome"));
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);

    m_copyProbeAction->setObjectName(QStringLiteral("copyProbeCommandAction"));
    m_copyProbeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_copyProbeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyProbeAction->setToolTip(tr("Copy an \"airlock probe\" command line that repeats this handshake (%1)")
                                      .arg(m_copyProbeAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_copyProbeAction, &QAction::triggered, this, &RequestDetailPane::copyProbeCommand);
    m_allowOriginAction->setObjectName(QStringLiteral("allowOriginAction"));
    m_allowOriginAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_allowOriginAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_allowOriginAction, &QAction::triggered, this, &RequestDetailPane::requestAllowOrigin);
    // Ctrl+F: straight to the message filter.
    auto* findAction = new QAction(tr("Filter messages"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        if (!m_tabs->isTabVisible(MessagesTab))
            return;
        m_tabs->setCurrentIndex(MessagesTab);
        m_patternEdit->setFocus(Qt::ShortcutFocusReason);
        m_patternEdit->selectAll();
    });
    addAction(findAction);
    addAction(m_copyProbeAction);
    addAction(m_allowOriginAction);

    m_copyProbeButton->setObjectName(QStringLiteral("copyProbeCommandButton"));
    m_copyProbeButton->setDefaultAction(m_copyProbeAction);
    m_copyProbeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyProbeButton->setAccessibleName(m_copyProbeAction->text());
    m_copyProbeButton->setAccessibleDescription(tr("Puts a command line on the clipboard that repeats this handshake "
                                                   "with airlock probe; redacted secrets are left out."));
    m_allowOriginButton->setObjectName(QStringLiteral("allowOriginButton"));
    m_allowOriginButton->setDefaultAction(m_allowOriginAction);
    m_allowOriginButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_allowOriginButton->setAccessibleName(m_allowOriginAction->text());
    m_allowOriginButton->setAccessibleDescription(tr("Adds the refused page's Origin to the route's allowed origins."));

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setAccessibleName(tr("Record detail sections"));
    m_tabs->setAccessibleDescription(tr("Summary, timing, heads and captured messages of the selected request."));
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(SummaryTab, buildSummaryTab(), tr("&Summary"));
    m_tabs->insertTab(TimingTab, buildTimingTab(), tr("&Timing"));
    m_tabs->insertTab(HeadsTab, buildHeadsTab(), tr("&Heads"));
    m_tabs->insertTab(MessagesTab, buildMessagesTab(), tr("&Messages"));
    m_tabs->setTabToolTip(SummaryTab, tr("What happened, where it failed and why"));
    m_tabs->setTabToolTip(TimingTab, tr("How long each phase of the request took"));
    m_tabs->setTabToolTip(HeadsTab, tr("The HTTP heads on both legs, secrets redacted"));
    m_tabs->setTabToolTip(MessagesTab, tr("The WebSocket messages message capture kept"));

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(8, 6, 8, 2);
    top->addWidget(m_headline, 1);
    top->addWidget(m_allowOriginButton, 0, Qt::AlignTop);
    top->addWidget(m_copyProbeButton, 0, Qt::AlignTop);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_allowOriginButton, m_copyProbeButton);
    setTabOrder(m_copyProbeButton, m_tabs);
    clear();
}

QLabel* RequestDetailPane::addRow(const QString& label, const QString& objectName, const QString& description)
{
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleDescription(description);
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* name = new QLabel(label);
    name->setBuddy(value);
    name->setToolTip(description);
    name->setAlignment(Qt::AlignRight | Qt::AlignTop);
    const int row = m_form->rowCount();
    m_form->addWidget(name, row, 0);
    m_form->addWidget(value, row, 1);
    m_rowNames.insert(value, name);
    return value;
}

void RequestDetailPane::setRow(QLabel* value, const QString& text)
{
    // Hidden widgets, not QFormLayout::setRowVisible: Qt 6.4's form layout writes out of bounds in its
    // height-for-width pass when a row is hidden.
    value->setText(text);
    value->setVisible(!text.isEmpty());
    if (QLabel* name = m_rowNames.value(value))
        name->setVisible(!text.isEmpty());
}

QWidget* RequestDetailPane::buildSummaryTab()
{
    auto* page = new QWidget;
    m_form = new QGridLayout(page);
    m_form->setColumnStretch(1, 1);
    m_outcomeValue = addRow(tr("Outcome:"), QStringLiteral("outcomeValue"), tr("What happened, in plain words"));
    m_legValue = addRow(tr("Failed leg:"), QStringLiteral("legValue"),
                        tr("Where on the path client - Airlock - upstream proxy - backend it went wrong"));
    m_reasonValue = addRow(tr("Reason:"), QStringLiteral("reasonValue"), tr("Why the request failed"));
    m_closeValue = addRow(tr("Close:"), QStringLiteral("closeValue"), tr("Who closed the session and with which code"));
    m_classificationValue =
        addRow(tr("Classification:"), QStringLiteral("classificationValue"),
               tr("What the close code or failed status means for a client: normal, transient or permanent"));
    m_requestValue = addRow(tr("Request:"), QStringLiteral("requestValue"), tr("Method, target and route"));
    m_statusValue = addRow(tr("Status:"), QStringLiteral("statusValue"), tr("HTTP status on each leg"));
    m_clientValue = addRow(tr("Client:"), QStringLiteral("clientValue"), tr("Address and port of the client"));
    m_backendValue = addRow(tr("Backend:"), QStringLiteral("backendValue"), tr("The backend URL the route used"));
    m_proxyValue =
        addRow(tr("Upstream proxy:"), QStringLiteral("proxyValue"), tr("The HTTP CONNECT proxy on the way, if any"));
    m_subprotocolValue =
        addRow(tr("Subprotocol:"), QStringLiteral("subprotocolValue"), tr("The WebSocket subprotocol agreed"));
    m_extensionsValue =
        addRow(tr("Extensions:"), QStringLiteral("extensionsValue"), tr("The WebSocket extensions agreed"));
    m_sentValue = addRow(tr("Client to backend:"), QStringLiteral("sentValue"), tr("Bytes and messages sent"));
    m_receivedValue =
        addRow(tr("Backend to client:"), QStringLiteral("receivedValue"), tr("Bytes and messages received"));
    m_durationsValue = addRow(tr("Durations:"), QStringLiteral("durationsValue"), tr("Handshake and session time"));
    m_keepaliveValue =
        addRow(tr("Keepalive:"), QStringLiteral("keepaliveValue"), tr("Airlock's own pings on both legs"));
    m_startedValue = addRow(tr("Started:"), QStringLiteral("startedValue"), tr("When the connection was accepted"));
    m_requestIdValue =
        addRow(tr("Request id:"), QStringLiteral("requestIdValue"), tr("The id forwarded as X-Request-Id"));

    m_form->setRowStretch(m_form->rowCount(), 1);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("summaryPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the values wrap instead
    scroll->setWidget(page);
    scroll->setAccessibleName(tr("Summary"));
    scroll->setAccessibleDescription(tr("What happened to the request, where and why"));
    return scroll;
}

QWidget* RequestDetailPane::buildTimingTab()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("timingPage"));
    page->setAccessibleName(tr("Timing"));
    auto* layout = new QVBoxLayout(page);
    m_waterfall = new TimingWaterfall(page);
    m_waterfall->setObjectName(QStringLiteral("waterfall"));
    m_timingText = new QLabel(page);
    m_timingText->setObjectName(QStringLiteral("timingText"));
    m_timingText->setWordWrap(true);
    m_timingText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_timingText->setAccessibleDescription(tr("Phase durations: each phase with its duration in milliseconds"));
    layout->addWidget(m_waterfall);
    layout->addWidget(m_timingText);
    layout->addStretch(1);
    return page;
}

QWidget* RequestDetailPane::buildHeadsTab()
{
    m_headsText = new QPlainTextEdit;
    m_headsText->setObjectName(QStringLiteral("headsText"));
    m_headsText->setReadOnly(true);
    m_headsText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headsText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_headsText->setAccessibleName(tr("Heads"));
    m_headsText->setAccessibleDescription(
        tr("The request and response heads on both legs, with secrets redacted, read-only"));
    return m_headsText;
}

QWidget* RequestDetailPane::buildMessagesTab()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("messagesPage"));
    page->setAccessibleName(tr("Messages"));
    auto* layout = new QVBoxLayout(page);

    m_directionBox = new QComboBox(page);
    m_directionBox->setObjectName(QStringLiteral("directionFilter"));
    m_directionBox->addItem(tr("All"), int(MessageFilterModel::Direction::All));
    m_directionBox->addItem(tr("Send ↑"), int(MessageFilterModel::Direction::Send));
    m_directionBox->addItem(tr("Receive ↓"), int(MessageFilterModel::Direction::Receive));
    m_directionBox->setAccessibleName(tr("Message direction"));
    m_directionBox->setAccessibleDescription(tr("Show all messages, only those the client sent, or only those it "
                                                "received"));
    connect(m_directionBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDirection(MessageFilterModel::Direction(m_directionBox->currentData().toInt())); });
    m_patternEdit = new QLineEdit(page);
    m_patternEdit->setObjectName(QStringLiteral("messagePattern"));
    m_patternEdit->setPlaceholderText(tr("Filter by regular expression"));
    m_patternEdit->setClearButtonEnabled(true);
    m_patternEdit->setAccessibleName(tr("Message filter"));
    m_patternEdit->setAccessibleDescription(tr("A regular expression; only messages that match it are listed"));
    connect(m_patternEdit, &QLineEdit::textChanged, this, &RequestDetailPane::applyPattern);
    m_patternError = new QLabel(page);
    m_patternError->setObjectName(QStringLiteral("patternError"));
    m_patternError->setAccessibleDescription(tr("Why the regular expression is not valid"));
    QPalette errorPalette = m_patternError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_patternError->setPalette(errorPalette);
    m_patternError->hide();
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_directionBox);
    filterRow->addWidget(m_patternEdit, 1);
    filterRow->addWidget(m_patternError);
    layout->addLayout(filterRow);

    m_filter->setSourceModel(m_messages);
    m_messageTable = new QTableView(page);
    m_messageTable->setObjectName(QStringLiteral("messageTable"));
    m_messageTable->setModel(m_filter);
    m_messageTable->setAccessibleName(tr("Captured messages"));
    m_messageTable->setAccessibleDescription(tr("Direction, data, length and time of each captured message; "
                                                "the last row is the close frame"));
    m_messageTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messageTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messageTable->setSortingEnabled(true);
    m_messageTable->sortByColumn(-1, Qt::AscendingOrder); // capture order until the user picks a column
    m_messageTable->setWordWrap(false);
    m_messageTable->verticalHeader()->hide();
    m_messageTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_messageTable->verticalHeader()->setDefaultSectionSize(m_messageTable->fontMetrics().height() + 6);
    QHeaderView* header = m_messageTable->horizontalHeader();
    header->setAccessibleName(tr("Message columns"));
    header->setAccessibleDescription(tr("Direction, data, length and time; click a column to sort by it"));
    header->setSectionResizeMode(MessageListModel::DataColumn, QHeaderView::Stretch);
    header->resizeSection(MessageListModel::DirectionColumn, 40);
    header->resizeSection(MessageListModel::LengthColumn, 90);
    header->resizeSection(MessageListModel::TimeColumn, 90);
    connect(m_messageTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showMessage(current); });

    auto* detail = new QWidget(page);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_messageNote = new QLabel(detail);
    m_messageNote->setObjectName(QStringLiteral("messageNote"));
    m_messageNote->setWordWrap(true);
    m_messageNote->setAccessibleDescription(tr("About the selected message"));
    m_messageNote->hide();
    m_messageText = new QPlainTextEdit(detail);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setReadOnly(true);
    m_messageText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_messageText->setAccessibleName(tr("Selected message"));
    m_messageText->setAccessibleDescription(tr("The selected message in full: text as text, binary as a hex dump"));
    m_messageText->setPlaceholderText(tr("Select a message to see it in full."));
    detailLayout->addWidget(m_messageNote);
    detailLayout->addWidget(m_messageText);

    m_messageSplitter = new QSplitter(Qt::Vertical, page);
    m_messageSplitter->setObjectName(QStringLiteral("messageSplitter"));
    m_messageSplitter->addWidget(m_messageTable);
    m_messageSplitter->addWidget(detail);
    m_messageSplitter->setStretchFactor(0, 3);
    m_messageSplitter->setStretchFactor(1, 2);
    layout->addWidget(m_messageSplitter, 1);

    m_captureNote = new QLabel(page);
    m_captureNote->setObjectName(QStringLiteral("captureNote"));
    m_captureNote->setWordWrap(true);
    m_captureNote->setAccessibleDescription(tr("Messages that capture did not keep"));
    layout->addWidget(m_captureNote);
    return page;
}

void RequestDetailPane::setProxyBaseUrl(const QString& url)
{
    m_proxyBaseUrl = url;
    if (m_hasRecord)
        m_copyProbeAction->setEnabled(!probeCommand().isEmpty());
}

QString RequestDetailPane::probeCommand() const
{
    return m_hasRecord ? ProbeCommandLine::command(m_record, m_proxyBaseUrl) : QString();
}

void RequestDetailPane::setRecord(const RequestRecord& record)
{
    // A live update of the shown session keeps the selected message on screen.
    const bool sameSession = m_hasRecord && record.sessionId != 0 && record.sessionId == m_record.sessionId;
    m_record = record;
    m_hasRecord = true;
    m_stack->setCurrentIndex(1);
    const QString sentence = RecordSummary::outcomeSentence(record);
    m_headline->setText(sentence);

    const bool originRefused = record.failureReason == FailureReason::OriginNotAllowed && !record.route.isEmpty() &&
                               !RecordSummary::clientOrigin(record).isEmpty();
    m_allowOriginAction->setEnabled(originRefused);
    m_allowOriginAction->setVisible(originRefused);
    m_allowOriginButton->setVisible(originRefused); // a tool button does not follow its action's visibility
    m_allowOriginAction->setToolTip(originRefused
                                        ? tr("Allow %1 on the route \"%2\"")
                                              .arg(QString::fromUtf8(RecordSummary::clientOrigin(record)), record.route)
                                        : QString());
    m_copyProbeAction->setEnabled(!probeCommand().isEmpty());

    fillSummary();
    const QList<TimingWaterfall::Phase> phases = TimingWaterfall::phases(record);
    m_waterfall->setPhases(phases);
    m_timingText->setText(phases.isEmpty() ? tr("No timing was recorded.") : TimingWaterfall::describe(phases));
    fillHeads();
    fillMessages(sameSession);
}

void RequestDetailPane::clear()
{
    m_record = RequestRecord{};
    m_hasRecord = false;
    m_stack->setCurrentIndex(0);
    m_headline->clear();
    m_copyProbeAction->setEnabled(false);
    m_allowOriginAction->setEnabled(false);
    m_allowOriginAction->setVisible(false);
    m_allowOriginButton->setVisible(false);
    m_waterfall->setPhases({});
    m_timingText->clear();
    m_headsText->clear();
    m_messages->clear();
    m_messageText->clear();
    m_messageNote->hide();
    m_captureNote->clear();
    m_tabs->setTabVisible(MessagesTab, false);
}

void RequestDetailPane::fillSummary()
{
    const RequestRecord& r = m_record;
    setRow(m_outcomeValue, RecordSummary::outcomeSentence(r));
    setRow(m_legValue, RecordSummary::legName(RecordSummary::failedLeg(r)));

    QString reason = failure::sentence(r.failureReason);
    if (!r.failureDetail.isEmpty())
        reason = reason.isEmpty() ? r.failureDetail : reason + QLatin1Char('\n') + r.failureDetail;
    setRow(m_reasonValue, reason);

    setRow(m_closeValue, MessageListModel::closeLine(r));
    // The classifier's reading of the close code, or of the failed status when there was no close.
    QString classification = CloseClassification::translatedKindName(r.classification);
    const QString detail = CloseClassification::translatedExplanation(r.classificationDetail);
    if (!detail.isEmpty())
        classification = classification.isEmpty() ? detail : tr("%1: %2").arg(classification, detail);
    setRow(m_classificationValue, classification);

    QString request = QString::fromUtf8(r.method + ' ' + r.target).trimmed();
    if (!r.route.isEmpty())
        request += request.isEmpty() ? tr("route \"%1\"").arg(r.route) : tr(" on route \"%1\"").arg(r.route);
    if (r.kind == RequestRecord::Kind::WebSocket)
        request += tr(" (WebSocket)");
    setRow(m_requestValue, request);

    QStringList status;
    if (r.httpStatus != 0)
        status << tr("%1 to the client").arg(r.httpStatus);
    if (r.backendStatus != 0)
        status << tr("%1 from the backend").arg(r.backendStatus);
    setRow(m_statusValue, status.join(QStringLiteral(", ")));

    setRow(m_clientValue,
           r.clientAddress.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(r.clientAddress).arg(r.clientPort));
    setRow(m_backendValue, r.backendUrl);
    setRow(m_proxyValue,
           r.upstreamProxy.isEmpty() ? (r.backendUrl.isEmpty() ? QString() : tr("None (direct)")) : r.upstreamProxy);

    QString subprotocol;
    if (!r.subprotocol.isEmpty() || !r.backendSubprotocol.isEmpty()) {
        subprotocol = r.subprotocol.isEmpty() ? tr("none to the client") : QString::fromUtf8(r.subprotocol);
        if (r.backendSubprotocol != r.subprotocol)
            subprotocol +=
                tr(" (the backend chose %1)")
                    .arg(r.backendSubprotocol.isEmpty() ? tr("none") : QString::fromUtf8(r.backendSubprotocol));
    }
    if (!r.subprotocolNote.isEmpty())
        subprotocol += (subprotocol.isEmpty() ? QString() : QStringLiteral("\n")) + r.subprotocolNote;
    setRow(m_subprotocolValue, subprotocol);
    setRow(m_extensionsValue, QString::fromUtf8(r.extensions));

    const bool ws = r.kind == RequestRecord::Kind::WebSocket;
    const auto traffic = [ws](qint64 bytes, qint64 messages) {
        if (!ws)
            return Format::bytes(bytes);
        return messages == 1 ? tr("%1 in 1 message").arg(Format::bytes(bytes))
                             : tr("%1 in %2 messages").arg(Format::bytes(bytes)).arg(messages);
    };
    const bool moved = r.bytesFromClient || r.bytesFromBackend || r.messagesFromClient || r.messagesFromBackend;
    setRow(m_sentValue, moved || r.outcome == RequestRecord::Outcome::Closed
                            ? traffic(r.bytesFromClient, r.messagesFromClient)
                            : QString());
    setRow(m_receivedValue, moved || r.outcome == RequestRecord::Outcome::Closed
                                ? traffic(r.bytesFromBackend, r.messagesFromBackend)
                                : QString());

    QStringList durations;
    if (r.acceptedAt != 0 && r.clientResponseAt != 0)
        durations << tr("handshake %1").arg(Format::duration(r.clientResponseAt - r.acceptedAt));
    if (r.outcome == RequestRecord::Outcome::Closed && r.clientResponseAt != 0 && r.closedAt != 0)
        durations << tr("session %1").arg(Format::duration(r.closedAt - r.clientResponseAt));
    if (r.acceptedAt != 0 && r.closedAt != 0)
        durations << tr("total %1").arg(Format::duration(r.closedAt - r.acceptedAt));
    QString durationText = durations.join(QStringLiteral(", "));
    if (!durationText.isEmpty())
        durationText[0] = durationText[0].toUpper();
    setRow(m_durationsValue, durationText);

    setRow(m_keepaliveValue,
           r.keepalivePingsSent || r.keepalivePongsSwallowed
               ? tr("%1 pings sent, %2 answers not forwarded").arg(r.keepalivePingsSent).arg(r.keepalivePongsSwallowed)
               : QString());
    setRow(m_startedValue, r.acceptedAt != 0 ? Format::time(r.acceptedAt) : QString());
    m_startedValue->setToolTip(r.acceptedAt != 0 ? Format::dateTime(r.acceptedAt) : QString());
    setRow(m_requestIdValue, QString::fromUtf8(r.requestId));
}

void RequestDetailPane::fillHeads()
{
    const RequestRecord& r = m_record;
    const struct
    {
        QString title;
        const QByteArray& head;
    } heads[] = {
        {tr("Client request (client → Airlock)"), r.clientRequestHead},
        {tr("Request to the backend (Airlock → backend)"), r.backendRequestHead},
        {tr("Upstream proxy's answer to CONNECT (proxy → Airlock)"), r.proxyResponseHead},
        {tr("Backend response (backend → Airlock)"), r.backendResponseHead},
        {tr("Response to the client (Airlock → client)"), r.clientResponseHead},
    };
    QStringList sections;
    for (const auto& h : heads) {
        if (h.head.isEmpty()) {
            // The proxy's answer exists only when it refused; the others are worth saying when missing.
            if (&h.head != &r.proxyResponseHead)
                sections << QStringLiteral("### %1\n%2").arg(h.title, tr("(not sent)"));
            continue;
        }
        sections << QStringLiteral("### %1\n%2").arg(h.title, headText(h.head));
    }
    const QString text = sections.join(QStringLiteral("\n\n"));
    if (text != m_headsText->toPlainText()) // a live update with the same heads keeps the scroll position
        m_headsText->setPlainText(text);
}

void RequestDetailPane::fillMessages(bool sameSession)
{
    const RequestRecord& r = m_record;
    m_messages->setRecord(r);
    if (!sameSession) {
        m_messageText->clear();
        m_messageNote->hide();
    }
    const bool show = r.captureEnabled;
    m_tabs->setTabVisible(MessagesTab, show);
    m_tabs->setTabText(MessagesTab, show ? tr("&Messages (%1)").arg(r.messages.size()) : tr("&Messages"));
    if (!show && m_tabs->currentIndex() == MessagesTab)
        m_tabs->setCurrentIndex(SummaryTab);

    QStringList notes;
    if (r.messagesNotCaptured > 0)
        notes << (r.messagesNotCaptured == 1
                      ? tr("1 message was not captured: the capture limit was reached, the stream could not be "
                           "followed, or the session ended mid-message.")
                      : tr("%1 messages were not captured: the capture limit was reached, the stream could not be "
                           "followed, or the session ended mid-message.")
                            .arg(r.messagesNotCaptured));
    if (r.messagesInFileOnly)
        notes << tr("The messages were dropped from memory to bound it; the log file still has them.");
    if (r.messages.isEmpty() && !r.messagesInFileOnly && r.messagesNotCaptured == 0)
        notes << tr("No data message was exchanged.");
    m_captureNote->setText(notes.join(QLatin1Char(' ')));
    m_captureNote->setVisible(!notes.isEmpty());
}

void RequestDetailPane::showMessage(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_messageText->clear();
        m_messageNote->hide();
        return;
    }
    const int row = proxyIndex.data(MessageListModel::IndexRole).toInt();
    if (row < 0 || row >= m_record.messages.size()) {
        m_messageText->setPlainText(MessageListModel::closeLine(m_record));
        const QString detail = CloseClassification::translatedExplanation(m_record.classificationDetail);
        m_messageNote->setText(detail);
        m_messageNote->setVisible(!detail.isEmpty());
        return;
    }
    const CapturedMessage& m = m_record.messages.at(row);
    const bool binary = m.opcode == 2;
    m_messageText->setPlainText(binary ? hexDump(m.data) : QString::fromUtf8(m.data));
    QString note = binary ? tr("Binary message, %1.").arg(Format::bytes(m.data.size()))
                          : tr("Text message, %1.").arg(Format::bytes(m.data.size()));
    if (m.truncated)
        note = tr("Only the first %1 of %2 bytes were captured.").arg(m.data.size()).arg(m.originalLength);
    m_messageNote->setText(note);
    m_messageNote->show();
}

void RequestDetailPane::applyPattern(const QString& pattern)
{
    const bool valid = m_filter->setPattern(pattern);
    m_patternError->setText(valid ? QString() : tr("Invalid: %1").arg(m_filter->patternError()));
    m_patternError->setVisible(!valid);
    m_patternEdit->setToolTip(valid ? QString() : m_filter->patternError());
}

void RequestDetailPane::copyProbeCommand()
{
    const QString command = probeCommand();
    if (command.isEmpty())
        return;
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(command);
}

void RequestDetailPane::requestAllowOrigin()
{
    const QByteArray origin = RecordSummary::clientOrigin(m_record);
    if (!m_hasRecord || m_record.failureReason != FailureReason::OriginNotAllowed || origin.isEmpty())
        return;
    emit allowOriginRequested(m_record.route, origin);
}

void RequestDetailPane::saveSettings(QSettings& settings) const
{
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("messageSplitter"), m_messageSplitter->saveState());
    settings.setValue(QStringLiteral("messageHeader"), m_messageTable->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("direction"), m_directionBox->currentIndex());
    settings.setValue(QStringLiteral("pattern"), m_patternEdit->text());
    settings.endGroup();
}

void RequestDetailPane::restoreSettings(QSettings& settings)
{
    settings.beginGroup(kSettingsGroup);
    const int tab = settings.value(QStringLiteral("tab"), int(SummaryTab)).toInt();
    if (tab >= 0 && tab < m_tabs->count() && m_tabs->isTabVisible(tab))
        m_tabs->setCurrentIndex(tab);
    m_messageSplitter->restoreState(settings.value(QStringLiteral("messageSplitter")).toByteArray());
    m_messageTable->horizontalHeader()->restoreState(settings.value(QStringLiteral("messageHeader")).toByteArray());
    const int direction = settings.value(QStringLiteral("direction"), 0).toInt();
    if (direction >= 0 && direction < m_directionBox->count())
        m_directionBox->setCurrentIndex(direction);
    m_patternEdit->setText(settings.value(QStringLiteral("pattern")).toString());
    settings.endGroup();
}

} // namespace airlock
