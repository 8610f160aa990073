#pragma once

#include "observe/SessionSnapshot.h"

#include <QList>
#include <QStatusBar>

class QLabel;
class QToolButton;

namespace airlock {

class ProxyService;

// The window's status bar: where the proxy listens (with a copy button), its state, the sessions open and
// the throughput each way, following the service's signals (no polling).
class ProxyStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit ProxyStatusBar(ProxyService* service, QWidget* parent = nullptr);

    QString addressText() const;
    QString stateText() const;
    QString sessionsText() const;
    QString throughputText() const;

private:
    void showState();
    void showSessions();

    ProxyService* m_service;
    QLabel* m_address;
    QToolButton* m_copy;
    QLabel* m_state;
    QLabel* m_sessions;
    QLabel* m_throughput;
};

} // namespace airlock
