#pragma once

#include "probe/HandshakeProbe.h"
#include "probe/ProbeOptions.h"
#include "probe/ProbeResult.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace airlock {

// Runs one HandshakeProbe (asynchronously: the window stays responsive) and shows what it saw: outcome,
// HTTP status, each phase with its time, and a failure in plain words with its classification.
class ProbeResultDialog : public QDialog
{
    Q_OBJECT
public:
    ProbeResultDialog(const QString& route, ProbeOptions options, QWidget* parent = nullptr);

    // Starts (again); the previous probe, if still running, is dropped.
    void start();
    bool isRunning() const { return m_probe != nullptr; }
    bool hasResult() const { return m_hasResult; }
    const ProbeResult& result() const { return m_result; }
    // The summary lines as shown (outcome, status, failure, classification), for tests and the clipboard.
    QString summaryText() const;

signals:
    void finished();

private:
    void onFinished();
    void showResult();

    QString m_route;
    ProbeOptions m_options;
    QPointer<HandshakeProbe> m_probe;
    ProbeResult m_result;
    bool m_hasResult = false;
    QLabel* m_outcome;
    QLabel* m_details;
    QTreeWidget* m_phases;
    QPushButton* m_again;
    QDialogButtonBox* m_buttons;
};

} // namespace airlock
