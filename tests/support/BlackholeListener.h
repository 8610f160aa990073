#pragma once

#include <QTcpSocket>

#include <memory>
#include <vector>

namespace airlock {

// A listener on 127.0.0.1 whose accept queue is full, so further SYNs are dropped and connects to
// it hang until the caller's own timeout (Linux). Nothing is ever accepted.
class BlackholeListener
{
public:
    BlackholeListener();
    ~BlackholeListener();
    BlackholeListener(const BlackholeListener&) = delete;
    BlackholeListener& operator=(const BlackholeListener&) = delete;

    quint16 port() const { return m_port; }
    // False when the queue could not be filled: connects would not hang.
    bool isFull() const { return !m_fillers.empty(); }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<QTcpSocket>> m_fillers;
};

} // namespace airlock
