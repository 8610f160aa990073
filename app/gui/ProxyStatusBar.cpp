#include "gui/ProxyStatusBar.h"

#include "gui/Format.h"
#include "gui/ProxyLinks.h"
#include "service/ProxyService.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QToolButton>

namespace airlock {

ProxyStatusBar::ProxyStatusBar(ProxyService* service, QWidget* parent)
    : QStatusBar(parent)
    , m_service(service)
    , m_address(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_state(new QLabel(this))
    , m_sessions(new QLabel(this))
    , m_throughput(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    setAccessibleName(tr("Proxy status"));
    m_address->setObjectName(QStringLiteral("listeningAddress"));
    m_address->setAccessibleName(tr("Listening address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(QStringLiteral("copyAddress"));
    m_copy->setText(tr("Copy"));
    m_copy->setAutoRaise(true);
    m_copy->setToolTip(tr("Copy the proxy's address"));
    m_copy->setAccessibleName(tr("Copy the proxy's address"));
    m_state->setObjectName(QStringLiteral("proxyState"));
    m_state->setAccessibleName(tr("Proxy state"));
    m_sessions->setObjectName(QStringLiteral("sessionsOpen"));
    m_sessions->setAccessibleName(tr("Sessions open"));
    m_throughput->setObjectName(QStringLiteral("throughput"));
    m_throughput->setAccessibleName(tr("Throughput"));
    m_throughput->setToolTip(tr("Bytes per second from clients (up) and from backends (down), over all sessions"));

    addWidget(m_state);
    addWidget(m_address);
    addWidget(m_copy);
    addPermanentWidget(m_sessions);
    addPermanentWidget(m_throughput);

    connect(m_copy, &QToolButton::clicked, this, [this] {
        const QUrl base = ProxyLinks::baseUrl(*m_service);
        if (base.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(base.toString());
        showMessage(tr("Copied %1").arg(base.toString()), 3000);
    });
    connect(m_service, &ProxyService::stateChanged, this, &ProxyStatusBar::showState);
    connect(m_service, &ProxyService::failed, this, &ProxyStatusBar::showState);
    connect(m_service, &ProxyService::sessionsUpdated, this, &ProxyStatusBar::showSessions);
    showState();
    showSessions();
}

QString ProxyStatusBar::addressText() const
{
    return m_address->text();
}

QString ProxyStatusBar::stateText() const
{
    return m_state->text();
}

QString ProxyStatusBar::sessionsText() const
{
    return m_sessions->text();
}

QString ProxyStatusBar::throughputText() const
{
    return m_throughput->text();
}

void ProxyStatusBar::showState()
{
    const QUrl base = ProxyLinks::baseUrl(*m_service);
    m_address->setText(base.isEmpty() ? tr("not listening") : tr("Listening on %1").arg(base.toString()));
    m_copy->setEnabled(!base.isEmpty());
    QString state;
    switch (m_service->state()) {
    case ProxyService::State::Stopped:
        state = tr("Stopped");
        break;
    case ProxyService::State::Starting:
        state = tr("Starting");
        break;
    case ProxyService::State::Running:
        state = tr("Running");
        break;
    case ProxyService::State::Stopping:
        state = tr("Stopping");
        break;
    case ProxyService::State::Failed:
        state = tr("Failed: %1").arg(m_service->errorString());
        break;
    }
    m_state->setText(state);
    m_state->setToolTip(state);
    if (m_service->state() != ProxyService::State::Running)
        showSessions();
}

void ProxyStatusBar::showSessions()
{
    const QList<SessionSnapshot> sessions = m_service->sessions();
    qint64 up = 0;
    qint64 down = 0;
    for (const SessionSnapshot& session : sessions) {
        up += session.rateFromClient;
        down += session.rateFromBackend;
    }
    m_sessions->setText(sessions.size() == 1 ? tr("1 session open") : tr("%1 sessions open").arg(sessions.size()));
    m_throughput->setText(tr("↑ %1  ↓ %2").arg(Format::rate(up), Format::rate(down)));
    m_throughput->setAccessibleDescription(
        tr("%1 from clients, %2 from backends").arg(Format::rate(up), Format::rate(down)));
}

} // namespace airlock
