#pragma once

#include <QtGlobal>

#include <memory>

class QSocketNotifier;

// A port on 127.0.0.1 where connecting is refused, reserved for this object's lifetime. The socket is
// bound but never listens, so a SYN gets a reset, and (without SO_REUSEADDR) no other test running in
// parallel can be handed the same port: "listen on port 0, close, reuse the number" is racy.
class RefusingPort
{
public:
    RefusingPort();
    ~RefusingPort();
    RefusingPort(const RefusingPort&) = delete;
    RefusingPort& operator=(const RefusingPort&) = delete;

    bool isValid() const { return m_port != 0; }
    quint16 port() const { return m_port; }

    // One refusing port for the whole test process, for tests that only need "somewhere refused".
    static quint16 shared();

    // A backend that goes down and comes back on the same port: while accepting, connections complete
    // (and are closed at once); the number stays reserved in between. Returns false if the switch failed.
    bool setAccepting(bool accepting);
    int acceptedConnections() const { return m_accepted; }

private:
    int m_fd = -1;
    int m_listenFd = -1; // bound to the same port (SO_REUSEPORT) once setAccepting(true) was called
    quint16 m_port = 0;
    int m_accepted = 0;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
