#pragma once

#include <QObject>

class QSocketNotifier;

namespace airlock {

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal on the thread that created the watcher: the handler
// only writes the signal number into a socket pair (async-signal-safe), and the event loop reads it.
// One watcher per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

    // Installs the handlers; false when the socket pair cannot be made (the signals keep their defaults).
    bool watch(const QList<int>& signalNumbers);

signals:
    void received(int signal);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace airlock
