#include "gui/routes/RouteEditor.h"

#include "config/ConfigChecks.h"
#include "config/ConfigNames.h"
#include "config/ConfigRouteFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace airlock {

namespace {

const ConfigField<RouteConfig>* fieldOf(const QString& key)
{
    for (const ConfigField<RouteConfig>& field : ConfigRouteFields::fields()) {
        if (key == QLatin1String(field.key))
            return &field;
    }
    return nullptr;
}

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList out;
    const QStringList all = edit->toPlainText().split(u'\n');
    for (const QString& line : all) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

QPlainTextEdit* listEdit(const QString& placeholder)
{
    auto* edit = new QPlainTextEdit;
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

template <typename E>
QComboBox* enumCombo(std::initializer_list<std::pair<E, QString>> items)
{
    auto* combo = new QComboBox;
    for (const auto& [value, text] : items) {
        combo->addItem(text, QVariant::fromValue(int(value)));
        // The config file's name for the value; the two without one: a proxy given by URL, no health check.
        QString name = ConfigNames::name(value);
        if (name.isEmpty())
            name = std::is_same_v<E, UpstreamProxySetting::Mode> ? QStringLiteral("url") : QStringLiteral("none");
        combo->setItemData(combo->count() - 1, name, RouteEditor::NameRole);
    }
    return combo;
}

template <typename E>
E comboValue(const QComboBox* combo)
{
    return E(combo->currentData().toInt());
}

void setComboValue(QComboBox* combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

QString headerRaw(const InjectedHeader& header)
{
    return header.rawValue.isNull() ? QString::fromUtf8(header.value) : header.rawValue;
}

} // namespace

RouteEditor::RouteEditor(QWidget* parent, const QProcessEnvironment& env)
    : QWidget(parent)
    , m_env(env)
{
    setAccessibleName(tr("Route editor"));
    setAccessibleDescription(tr("Every setting of the selected route; problems show under the field"));
    auto* layout = new QVBoxLayout(this);
    auto group = [layout](const QString& title) {
        auto* box = new QGroupBox(title);
        box->setAccessibleName(title);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        layout->addWidget(box);
        return form;
    };

    QFormLayout* basics = group(tr("Basics"));
    m_name = lineEdit(tr("a short name for logs"));
    addField(basics, QStringLiteral("name"), tr("&Name"), m_name, tr("The route's name in logs and the inspector"));
    m_path = lineEdit(QStringLiteral("/app"));
    addField(basics, QStringLiteral("path"), tr("&Path"), m_path,
             tr("Requests whose path starts with this prefix take the route"));
    m_backend = lineEdit(QStringLiteral("ws://127.0.0.1:8080/"));
    addField(basics, QStringLiteral("backend"), tr("&Backend"), m_backend,
             tr("Where the route leads: ws://, wss://, http://, https:// or tcp://host:port for a bridge"));

    QFormLayout* security = group(tr("Security"));
    m_origins = listEdit(tr("one per line: https://app.example, http://localhost:*, *"));
    addField(security, QStringLiteral("allowedOrigins"), tr("Allowed &origins"), m_origins,
             tr("Browser origins that may connect, one per line; none: no browser page may connect"));
    m_frameAncestors = listEdit(tr("one per line; empty: the allowed origins"));
    addField(security, QStringLiteral("frameAncestors"), tr("&Frame ancestors"), m_frameAncestors,
             tr("Pages that may show the route's pages in a frame besides its own origin, one per line"));
    auto* subprotocol = new QWidget;
    auto* subprotocolLayout = new QHBoxLayout(subprotocol);
    subprotocolLayout->setContentsMargins(0, 0, 0, 0);
    m_subprotocol = enumCombo<SubprotocolPolicy>({{SubprotocolPolicy::Pass, tr("Pass through")},
                                                  {SubprotocolPolicy::Strip, tr("Strip the offer")},
                                                  {SubprotocolPolicy::Fixed, tr("Answer with a fixed one")}});
    m_subprotocol->setAccessibleName(tr("Subprotocol policy"));
    m_fixedSubprotocol = lineEdit(tr("fixed subprotocol name"));
    m_fixedSubprotocol->setObjectName(QStringLiteral("subprotocol.fixed"));
    m_fixedSubprotocol->setAccessibleName(tr("Fixed subprotocol"));
    m_fixedSubprotocol->setAccessibleDescription(tr("The subprotocol answered to every client"));
    subprotocolLayout->addWidget(m_subprotocol);
    subprotocolLayout->addWidget(m_fixedSubprotocol, 1);
    addField(security, QStringLiteral("subprotocol"), tr("&Subprotocol"), subprotocol,
             tr("Pass the client's subprotocol offer on, strip it before the backend, or answer with a fixed one"),
             m_subprotocol);
    QWidget* headers = buildHeaders();
    addField(security, QStringLiteral("injectHeaders"), tr("&Injected headers"), headers,
             tr("Headers added to every request the route forwards; ${env:NAME} takes the value from the "
                "environment"));
    m_stripHeaders = listEdit(tr("one header name per line: cookie, authorization"));
    addField(security, QStringLiteral("stripHeaders"), tr("S&trip headers"), m_stripHeaders,
             tr("Client headers removed before the request reaches the backend, one per line"));
    m_browserVisibleErrors = new QCheckBox(tr("Complete refused upgrades from browsers and close with 4000 + status"));
    addField(security, QStringLiteral("browserVisibleErrors"), tr("Browser-visible errors"), m_browserVisibleErrors,
             tr("A browser cannot read the HTTP status of a failed upgrade; a close code it can"));
    m_forwardCookies = new QCheckBox(tr("Forward Cookie and Set-Cookie"));
    addField(security, QStringLiteral("forwardCookies"), tr("Cookies"), m_forwardCookies,
             tr("Off: the browser's cookies do not reach the backend, nor its cookies the browser"));
    m_strictFrames = new QCheckBox(tr("Check RFC 6455 framing rules both ways"));
    addField(security, QStringLiteral("strictFrames"), tr("Strict frames"), m_strictFrames,
             tr("Close sessions that break the WebSocket framing rules"));
    m_maxMessageBytes = bigSpin(QStringLiteral("maxMessageBytes"), tr(" bytes"));
    m_maxMessageBytes->setSpecialValueText(tr("unlimited"));
    addField(security, QStringLiteral("maxMessageBytes"), tr("Largest &message"), m_maxMessageBytes,
             tr("Messages larger than this close the session with 1009; 0 = unlimited"));
    m_closeCodes = listEdit(tr("one per line: 4404 permanent, 4500 transient"));
    addField(security, QStringLiteral("closeCodes"), tr("&Close codes"), m_closeCodes,
             tr("How application close codes 4000-4999 are classified: normal, transient or permanent"));

    QFormLayout* upstream = group(tr("Upstream proxy and TLS"));
    auto* proxy = new QWidget;
    auto* proxyLayout = new QHBoxLayout(proxy);
    proxyLayout->setContentsMargins(0, 0, 0, 0);
    m_proxyMode = enumCombo<UpstreamProxySetting::Mode>({{UpstreamProxySetting::Mode::System, tr("System settings")},
                                                         {UpstreamProxySetting::Mode::None, tr("Direct")},
                                                         {UpstreamProxySetting::Mode::Url, tr("This proxy:")}});
    m_proxyMode->setAccessibleName(tr("Upstream proxy mode"));
    m_proxyUrl = lineEdit(QStringLiteral("http://user:pass@proxy:3128"));
    m_proxyUrl->setObjectName(QStringLiteral("upstreamProxy.url"));
    m_proxyUrl->setAccessibleName(tr("Upstream proxy URL"));
    m_proxyUrl->setAccessibleDescription(tr("http://[user:pass@]host:port of an HTTP CONNECT proxy"));
    proxyLayout->addWidget(m_proxyMode);
    proxyLayout->addWidget(m_proxyUrl, 1);
    addField(upstream, QStringLiteral("upstreamProxy"), tr("&Upstream proxy"), proxy,
             tr("How the backend is reached: directly, through the system's proxy settings or an HTTP CONNECT proxy"),
             m_proxyMode);
    auto* ca = new QWidget;
    auto* caLayout = new QHBoxLayout(ca);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = lineEdit(tr("PEM file with extra CA certificates"));
    auto* browse = new QPushButton(tr("Choose…"));
    browse->setAccessibleName(tr("Choose a CA file"));
    browse->setAccessibleDescription(tr("Opens a file dialog for the CA certificates file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificates"), m_baseDir,
                                                          tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);
    addField(upstream, QStringLiteral("tls.caFile"), tr("C&A file"), ca,
             tr("Extra CA certificates (PEM) trusted for this route's wss or https backend"), m_caFile);
    m_serverName = lineEdit(tr("the backend's host"));
    addField(upstream, QStringLiteral("tls.serverName"), tr("Server &name"), m_serverName,
             tr("The name sent as SNI and checked in the certificate; empty: the backend's host"));
    m_insecure = new QCheckBox(tr("Do not verify the backend's certificate"));
    addField(upstream, QStringLiteral("tls.insecure"), tr("Insecure"), m_insecure,
             tr("Turns certificate verification off: only for tests"));

    QFormLayout* timeouts = group(tr("Timeouts"));
    m_connectMs = intSpin(QStringLiteral("timeouts.connectMs"), tr(" ms"));
    addField(timeouts, QStringLiteral("timeouts.connectMs"), tr("C&onnect"), m_connectMs,
             tr("TCP connect to the backend or the upstream proxy"));
    m_proxyConnectMs = intSpin(QStringLiteral("timeouts.proxyConnectMs"), tr(" ms"));
    addField(timeouts, QStringLiteral("timeouts.proxyConnectMs"), tr("Proxy CONNECT"), m_proxyConnectMs,
             tr("From the CONNECT request until the upstream proxy's answer"));
    m_tlsMs = intSpin(QStringLiteral("timeouts.tlsMs"), tr(" ms"));
    addField(timeouts, QStringLiteral("timeouts.tlsMs"), tr("TLS handshake"), m_tlsMs,
             tr("TLS handshake with the backend"));
    m_upgradeMs = intSpin(QStringLiteral("timeouts.upgradeMs"), tr(" ms"));
    addField(timeouts, QStringLiteral("timeouts.upgradeMs"), tr("Backend answer"), m_upgradeMs,
             tr("The backend's answer to the upgrade or to an HTTP request"));
    m_idleMs = intSpin(QStringLiteral("timeouts.idleMs"), tr(" ms"));
    m_idleMs->setSpecialValueText(tr("never"));
    addField(timeouts, QStringLiteral("timeouts.idleMs"), tr("Idle"), m_idleMs,
             tr("A tunnel with no frames either way for this long is closed; 0 = never"));
    m_drainMs = intSpin(QStringLiteral("timeouts.drainMs"), tr(" ms"));
    addField(timeouts, QStringLiteral("timeouts.drainMs"), tr("Drain"), m_drainMs,
             tr("Flushing to one side after the other closed"));

    QFormLayout* keepalive = group(tr("Keepalive"));
    m_pingMs = intSpin(QStringLiteral("keepalive.pingMs"), tr(" ms"));
    m_pingMs->setSpecialValueText(tr("off"));
    addField(keepalive, QStringLiteral("keepalive.pingMs"), tr("P&ing every"), m_pingMs,
             tr("Pings on both legs so intermediaries see traffic on quiet sessions; 0 = off, else at least 10 ms"));

    QFormLayout* health = group(tr("Health"));
    m_healthKind = enumCombo<HealthConfig::Kind>({{HealthConfig::Kind::None, tr("Not monitored")},
                                                  {HealthConfig::Kind::Tcp, tr("TCP connect")},
                                                  {HealthConfig::Kind::Tls, tr("TLS handshake")},
                                                  {HealthConfig::Kind::Ws, tr("WebSocket upgrade")},
                                                  {HealthConfig::Kind::Http, tr("HTTP request")}});
    addField(health, QStringLiteral("health.kind"), tr("Chec&k"), m_healthKind,
             tr("How the backend is checked: a TCP connect, a TLS handshake, a WebSocket upgrade or an HTTP GET"));
    m_healthInterval = intSpin(QStringLiteral("health.intervalMs"), tr(" ms"));
    addField(health, QStringLiteral("health.intervalMs"), tr("Interval"), m_healthInterval,
             tr("Time between two checks"));
    m_healthTimeout = intSpin(QStringLiteral("health.timeoutMs"), tr(" ms"));
    addField(health, QStringLiteral("health.timeoutMs"), tr("Timeout"), m_healthTimeout,
             tr("Bound of one whole check"));
    m_healthRise = intSpin(QStringLiteral("health.rise"), QString());
    addField(health, QStringLiteral("health.rise"), tr("Up after"), m_healthRise,
             tr("Consecutive successes before the backend counts as up"));
    m_healthFall = intSpin(QStringLiteral("health.fall"), QString());
    addField(health, QStringLiteral("health.fall"), tr("Down after"), m_healthFall,
             tr("Consecutive failures before the backend counts as down"));
    m_healthPath = lineEdit(tr("the backend's path"));
    addField(health, QStringLiteral("health.path"), tr("Check path"), m_healthPath,
             tr("Request path of ws and http checks; empty: the backend URL's path"));

    QFormLayout* capture = group(tr("Capture"));
    m_captureEnabled = new QCheckBox(tr("Record the messages of this route's sessions"));
    addField(capture, QStringLiteral("capture.enabled"), tr("Capture"), m_captureEnabled,
             tr("Keeps message payloads (credentials redacted) for the inspector and HAR export"));
    m_captureBytes = bigSpin(QStringLiteral("capture.maxBytesPerSession"), tr(" bytes"));
    addField(capture, QStringLiteral("capture.maxBytesPerSession"), tr("Per session"), m_captureBytes,
             tr("Payload bytes kept per session, both directions together"));
    layout->addStretch(1);

    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &RouteEditor::changed);
    for (QPlainTextEdit* edit : {m_origins, m_frameAncestors, m_stripHeaders, m_closeCodes})
        connect(edit, &QPlainTextEdit::textChanged, this, &RouteEditor::changed);
    for (QComboBox* combo : {m_proxyMode, m_subprotocol, m_healthKind})
        connect(combo, &QComboBox::currentIndexChanged, this, &RouteEditor::changed);
    for (QCheckBox* box : {m_browserVisibleErrors, m_forwardCookies, m_strictFrames, m_insecure, m_captureEnabled})
        connect(box, &QCheckBox::toggled, this, &RouteEditor::changed);
    for (QSpinBox* spin : findChildren<QSpinBox*>())
        connect(spin, &QSpinBox::valueChanged, this, &RouteEditor::changed);
    for (QDoubleSpinBox* spin : {m_maxMessageBytes, m_captureBytes})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RouteEditor::changed);
    setRoute(RouteConfig());
}

QLineEdit* RouteEditor::lineEdit(const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QSpinBox* RouteEditor::intSpin(const QString& key, const QString& suffix)
{
    auto* spin = new QSpinBox;
    // The schema's range: a value the loader would refuse cannot be typed.
    const ConfigField<RouteConfig>* field = fieldOf(key);
    spin->setRange(int(field->min), int(std::min<qint64>(field->max, ConfigChecks::kIntMax)));
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    return spin;
}

QDoubleSpinBox* RouteEditor::bigSpin(const QString& key, const QString& suffix)
{
    // A double holds every integer up to 2^53, the largest a JSON number holds exactly.
    auto* spin = new QDoubleSpinBox;
    const ConfigField<RouteConfig>* field = fieldOf(key);
    spin->setDecimals(0);
    spin->setRange(double(field->min), double(field->max));
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    spin->setSingleStep(1024);
    spin->setAccelerated(true);
    return spin;
}

QWidget* RouteEditor::addField(QFormLayout* form, const QString& key, const QString& label, QWidget* field,
                               const QString& description, QWidget* main)
{
    // main: the widget that holds the key's value, when field is a row of several.
    if (!main)
        main = field;
    main->setObjectName(key);
    QString plainLabel = label;
    plainLabel.remove(u'&');
    main->setAccessibleName(main->accessibleName().isEmpty() ? plainLabel : main->accessibleName());
    main->setAccessibleDescription(description);
    main->setToolTip(description + QStringLiteral("\n(") + key + u')');
    auto* cell = new QWidget;
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(field);
    auto* error = new QLabel;
    error->setObjectName(QStringLiteral("error:") + key);
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setAccessibleName(tr("Problem with %1").arg(plainLabel));
    error->hide();
    cellLayout->addWidget(error);
    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(main->focusProxy() ? main->focusProxy() : main);
    labelWidget->setToolTip(description);
    form->addRow(labelWidget, cell);
    m_errorLabels.insert(key, error);
    m_keyOrder.append(key);
    return cell;
}

QWidget* RouteEditor::buildHeaders()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_headerRows = new QVBoxLayout;
    m_headerRows->setSpacing(2);
    layout->addLayout(m_headerRows);
    auto* add = new QPushButton(tr("Add header"));
    add->setObjectName(QStringLiteral("injectHeaders.add"));
    add->setAccessibleName(tr("Add injected header"));
    add->setAccessibleDescription(tr("Adds a row for one more injected header"));
    connect(add, &QPushButton::clicked, this, [this] {
        const HeaderRow row = addHeaderRow(QString(), QString());
        row.name->setFocus();
        changed();
    });
    layout->addWidget(add, 0, Qt::AlignLeft);
    box->setFocusProxy(add);
    return box;
}

void RouteEditor::updateEcho(const HeaderRow& row)
{
    // ${env:NAME} is no secret itself and shows as written; a literal value is masked unless asked to show.
    const bool reference = row.value->text().contains(QLatin1String("${env:"));
    row.value->setEchoMode(reference || row.show->isChecked() ? QLineEdit::Normal : QLineEdit::Password);
    row.show->setEnabled(!reference);
}

RouteEditor::HeaderRow RouteEditor::addHeaderRow(const QString& name, const QString& value)
{
    HeaderRow row;
    row.row = new QWidget;
    auto* layout = new QHBoxLayout(row.row);
    layout->setContentsMargins(0, 0, 0, 0);
    row.name = lineEdit(tr("Header-Name"));
    row.name->setObjectName(QStringLiteral("injectHeaders.name"));
    row.name->setAccessibleName(tr("Injected header name"));
    row.name->setAccessibleDescription(tr("Name of a header added to forwarded requests"));
    row.value = lineEdit(tr("value or ${env:NAME}"));
    row.value->setObjectName(QStringLiteral("injectHeaders.value"));
    row.value->setAccessibleName(tr("Injected header value"));
    row.value->setAccessibleDescription(tr("A literal value (masked) or ${env:NAME} to take it from the environment"));
    row.show = new QToolButton;
    row.show->setText(tr("Show"));
    row.show->setCheckable(true);
    row.show->setObjectName(QStringLiteral("injectHeaders.show"));
    row.show->setAccessibleName(tr("Show value"));
    row.show->setAccessibleDescription(tr("Shows the masked header value"));
    auto* remove = new QToolButton;
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove header"));
    remove->setAccessibleDescription(tr("Removes this injected header"));
    layout->addWidget(row.name, 2);
    layout->addWidget(row.value, 3);
    layout->addWidget(row.show);
    layout->addWidget(remove);
    row.name->setText(name);
    row.value->setText(value);
    updateEcho(row);
    connect(row.value, &QLineEdit::textChanged, this, [row] { updateEcho(row); });
    connect(row.show, &QToolButton::toggled, this, [row] { updateEcho(row); });
    connect(row.name, &QLineEdit::textChanged, this, &RouteEditor::changed);
    connect(row.value, &QLineEdit::textChanged, this, &RouteEditor::changed);
    QWidget* rowWidget = row.row;
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] {
        removeHeaderRow(rowWidget);
        changed();
    });
    m_headerRows->addWidget(row.row);
    m_headers.append(row);
    return row;
}

void RouteEditor::removeHeaderRow(QWidget* row)
{
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (m_headers.at(i).row == row) {
            m_headers.removeAt(i);
            break;
        }
    }
    row->hide();
    row->deleteLater();
}

void RouteEditor::setRoute(const RouteConfig& route)
{
    m_loading = true;
    m_original = route;
    m_name->setText(route.name);
    m_path->setText(route.path);
    m_backend->setText(route.backend.toString());
    setComboValue(m_proxyMode, int(route.upstreamProxy.mode));
    m_proxyUrl->setText(route.upstreamProxy.url.toString());
    m_origins->setPlainText(route.allowedOrigins.join(u'\n'));
    m_frameAncestors->setPlainText(route.frameAncestors.value_or(QStringList()).join(u'\n'));
    setComboValue(m_subprotocol, int(route.subprotocol));
    m_fixedSubprotocol->setText(QString::fromLatin1(route.fixedSubprotocol));
    while (!m_headers.isEmpty())
        removeHeaderRow(m_headers.constLast().row);
    for (const InjectedHeader& header : route.injectHeaders)
        addHeaderRow(QString::fromLatin1(header.name), headerRaw(header));
    QStringList strip;
    for (const QByteArray& name : route.stripHeaders)
        strip.append(QString::fromLatin1(name));
    m_stripHeaders->setPlainText(strip.join(u'\n'));
    m_browserVisibleErrors->setChecked(route.browserVisibleErrors);
    m_forwardCookies->setChecked(route.forwardCookies);
    m_strictFrames->setChecked(route.strictFrames);
    m_maxMessageBytes->setValue(double(route.maxMessageBytes));
    QList<int> codes = route.closeCodes.keys();
    std::sort(codes.begin(), codes.end());
    QStringList codeLines;
    for (int code : codes)
        codeLines.append(QStringLiteral("%1 %2").arg(code).arg(ConfigNames::name(route.closeCodes.value(code))));
    m_closeCodes->setPlainText(codeLines.join(u'\n'));
    m_caFile->setText(route.tls.caFileAsWritten.isNull() ? route.tls.caFile : route.tls.caFileAsWritten);
    m_serverName->setText(route.tls.serverName);
    m_insecure->setChecked(route.tls.insecure);
    m_connectMs->setValue(route.timeouts.connectMs);
    m_proxyConnectMs->setValue(route.timeouts.proxyConnectMs);
    m_tlsMs->setValue(route.timeouts.tlsMs);
    m_upgradeMs->setValue(route.timeouts.upgradeMs);
    m_idleMs->setValue(route.timeouts.idleMs);
    m_drainMs->setValue(route.timeouts.drainMs);
    m_pingMs->setValue(route.keepalive.pingMs);
    setComboValue(m_healthKind, int(route.health.kind));
    m_healthInterval->setValue(route.health.intervalMs);
    m_healthTimeout->setValue(route.health.timeoutMs);
    m_healthRise->setValue(route.health.rise);
    m_healthFall->setValue(route.health.fall);
    m_healthPath->setText(route.health.path);
    m_captureEnabled->setChecked(route.capture.enabled);
    m_captureBytes->setValue(double(route.capture.maxBytesPerSession));
    m_localErrors.clear();
    updateEnabled();
    m_loading = false;
}

RouteConfig RouteEditor::route() const
{
    RouteConfig r = m_original;
    r.name = m_name->text();
    // The path as the loader would keep it ("/app/" -> "/app"); as typed when it is unusable.
    ConfigReport ignored;
    r.path = ConfigChecks::routePath(m_path->text(), QString(), ignored).value_or(m_path->text());
    r.backend = QUrl(m_backend->text(), QUrl::StrictMode);
    if (const auto scheme = ConfigChecks::backend(r.backend, QString(), ignored))
        r.scheme = *scheme;
    r.upstreamProxy.mode = comboValue<UpstreamProxySetting::Mode>(m_proxyMode);
    r.upstreamProxy.url =
        r.upstreamProxy.mode == UpstreamProxySetting::Mode::Url ? QUrl(m_proxyUrl->text(), QUrl::StrictMode) : QUrl();
    r.allowedOrigins = lines(m_origins);
    // An empty list reads as "unset" (the allowed origins), unless the route had it set empty.
    const QStringList ancestors = lines(m_frameAncestors);
    if (!ancestors.isEmpty() || !m_original.frameAncestors || !m_original.frameAncestors->isEmpty())
        r.frameAncestors = ancestors.isEmpty() ? std::nullopt : std::optional<QStringList>(ancestors);
    r.subprotocol = comboValue<SubprotocolPolicy>(m_subprotocol);
    r.fixedSubprotocol =
        r.subprotocol == SubprotocolPolicy::Fixed ? m_fixedSubprotocol->text().toLatin1() : QByteArray();

    QList<InjectedHeader> headers;
    for (const HeaderRow& row : m_headers) {
        const QString raw = row.value->text();
        bool secret = false;
        const auto expanded = ConfigChecks::expandEnv(raw, m_env, QString(), ignored, &secret);
        headers.append({row.name->text().toLatin1(), expanded.value_or(raw).toUtf8(), secret, raw});
    }
    // Unchanged headers stay as they were given (a value set directly has no raw form).
    auto same = [](const QList<InjectedHeader>& a, const QList<InjectedHeader>& b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).name != b.at(i).name || headerRaw(a.at(i)) != headerRaw(b.at(i)))
                return false;
        }
        return true;
    };
    if (!same(headers, m_original.injectHeaders))
        r.injectHeaders = headers;

    r.stripHeaders.clear();
    for (const QString& name : lines(m_stripHeaders)) {
        const QByteArray lower = name.toLower().toLatin1();
        if (!r.stripHeaders.contains(lower))
            r.stripHeaders.append(lower);
    }
    r.browserVisibleErrors = m_browserVisibleErrors->isChecked();
    r.forwardCookies = m_forwardCookies->isChecked();
    r.strictFrames = m_strictFrames->isChecked();
    r.maxMessageBytes = qint64(std::llround(m_maxMessageBytes->value()));
    r.closeCodes.clear();
    static const QRegularExpression separator(QStringLiteral("[\\s:=]+"));
    for (const QString& line : lines(m_closeCodes)) {
        const QStringList parts = line.split(separator, Qt::SkipEmptyParts);
        bool ok = false;
        const int code = parts.value(0).toInt(&ok);
        const auto verdict = ConfigNames::value<CloseClassification::Kind>(parts.value(1).toLower());
        if (ok && verdict && parts.size() == 2)
            r.closeCodes.insert(code, *verdict);
    }

    const QString caText = m_caFile->text();
    const QString caShown =
        m_original.tls.caFileAsWritten.isNull() ? m_original.tls.caFile : m_original.tls.caFileAsWritten;
    if (caText != caShown) {
        r.tls.caFileAsWritten = caText;
        r.tls.caFile = caText.isEmpty() ? QString() : ConfigChecks::resolveFile(caText, m_baseDir);
    }
    r.tls.serverName = m_serverName->text();
    r.tls.insecure = m_insecure->isChecked();
    r.timeouts.connectMs = m_connectMs->value();
    r.timeouts.proxyConnectMs = m_proxyConnectMs->value();
    r.timeouts.tlsMs = m_tlsMs->value();
    r.timeouts.upgradeMs = m_upgradeMs->value();
    r.timeouts.idleMs = m_idleMs->value();
    r.timeouts.drainMs = m_drainMs->value();
    r.keepalive.pingMs = m_pingMs->value();
    r.health.kind = comboValue<HealthConfig::Kind>(m_healthKind);
    r.health.intervalMs = m_healthInterval->value();
    r.health.timeoutMs = m_healthTimeout->value();
    r.health.rise = m_healthRise->value();
    r.health.fall = m_healthFall->value();
    r.health.path = m_healthPath->text();
    r.capture.enabled = m_captureEnabled->isChecked();
    r.capture.maxBytesPerSession = qint64(std::llround(m_captureBytes->value()));
    return r;
}

void RouteEditor::updateEnabled()
{
    m_proxyUrl->setEnabled(comboValue<UpstreamProxySetting::Mode>(m_proxyMode) == UpstreamProxySetting::Mode::Url);
    m_fixedSubprotocol->setEnabled(comboValue<SubprotocolPolicy>(m_subprotocol) == SubprotocolPolicy::Fixed);
    const bool monitored = comboValue<HealthConfig::Kind>(m_healthKind) != HealthConfig::Kind::None;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_healthInterval, m_healthTimeout, m_healthRise, m_healthFall, m_healthPath})
        w->setEnabled(monitored);
    m_captureBytes->setEnabled(m_captureEnabled->isChecked());
}

void RouteEditor::changed()
{
    if (m_loading)
        return;
    updateEnabled();
    // Lines of closeCodes the form cannot read are its own problem: the validator never sees them.
    m_localErrors.remove(QStringLiteral("closeCodes"));
    const QStringList codeLines = m_closeCodes->toPlainText().split(u'\n');
    static const QRegularExpression separator(QStringLiteral("[\\s:=]+"));
    for (int i = 0; i < codeLines.size(); ++i) {
        const QStringList parts = codeLines.at(i).split(separator, Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        bool ok = false;
        parts.value(0).toInt(&ok);
        if (!ok || parts.size() != 2 || !ConfigNames::value<CloseClassification::Kind>(parts.value(1).toLower())) {
            m_localErrors.insert(
                QStringLiteral("closeCodes"),
                tr("line %1: write a code and normal, transient or permanent (4404 permanent)").arg(i + 1));
            break;
        }
    }
    emit edited();
}

QStringList RouteEditor::localErrors() const
{
    QStringList out;
    for (auto it = m_localErrors.cbegin(); it != m_localErrors.cend(); ++it)
        out.append(it.key() + QStringLiteral(": ") + it.value());
    return out;
}

QString RouteEditor::matchKey(const QString& relativePath) const
{
    QString best;
    for (const QString& key : m_keyOrder) {
        const bool match =
            relativePath == key || (relativePath.startsWith(key) &&
                                    (relativePath.at(key.size()) == u'.' || relativePath.at(key.size()) == u'['));
        if (match && key.size() > best.size())
            best = key;
    }
    return best;
}

QList<ConfigError> RouteEditor::showErrors(const QList<ConfigError>& errors, const QString& routePath)
{
    QHash<QString, QStringList> texts;
    for (auto it = m_localErrors.cbegin(); it != m_localErrors.cend(); ++it)
        texts[it.key()].append(it.value());
    QList<ConfigError> rest;
    const QString prefix = routePath + u'.';
    for (const ConfigError& error : errors) {
        const QString key = error.path.startsWith(prefix) ? matchKey(error.path.mid(prefix.size())) : QString();
        if (key.isEmpty()) {
            rest.append(error);
            continue;
        }
        // An item of a list or object names itself: "[2]" -> "line 3", ".X-Token" -> "X-Token", and a key that
        // is no plain name comes quoted: "[\"bad name\"]" -> "bad name".
        QString detail = error.path.mid(prefix.size() + key.size());
        if (detail.startsWith(QStringLiteral("[\"")) && detail.endsWith(QStringLiteral("\"]")))
            detail = detail.mid(2, detail.size() - 4).replace(QStringLiteral("\\\""), QStringLiteral("\""));
        else if (detail.startsWith(u'['))
            detail = tr("line %1").arg(detail.mid(1, detail.size() - 2).toInt() + 1);
        else if (detail.startsWith(u'.'))
            detail = detail.mid(1);
        texts[key].append(detail.isEmpty() ? error.message : detail + QStringLiteral(": ") + error.message);
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString text = texts.value(it.key()).join(u'\n');
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    return rest;
}

QString RouteEditor::errorText(const QString& key) const
{
    const QLabel* label = m_errorLabels.value(key);
    return label ? label->text() : QString();
}

} // namespace airlock
