#pragma once

#include <QtGlobal>

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

private:
    int m_fd = -1;
    quint16 m_port = 0;
};
