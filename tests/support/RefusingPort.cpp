#include "RefusingPort.h"

#include <QSocketNotifier>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    return address;
}

} // namespace

RefusingPort::RefusingPort()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return;
    // SO_REUSEPORT only lets this process's own listener (setAccepting) share the number; sockets that
    // do not set it, as Qt's do not, are still refused the port.
    const int on = 1;
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (::setsockopt(m_fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0 ||
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_port = ntohs(address.sin_port);
}

RefusingPort::~RefusingPort()
{
    m_notifier.reset();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    if (m_fd >= 0)
        ::close(m_fd);
}

quint16 RefusingPort::shared()
{
    static const RefusingPort port;
    return port.port();
}

bool RefusingPort::setAccepting(bool accepting)
{
    if (!isValid())
        return false;
    if (!accepting) {
        if (m_notifier)
            m_notifier->setEnabled(false);
        // On Linux, shutting down a listening socket stops it listening but keeps it bound (it was bound
        // to an explicit port), so the next SYN is refused and nobody else can take the number.
        return m_listenFd < 0 || ::shutdown(m_listenFd, SHUT_RD) == 0;
    }
    if (m_listenFd < 0) {
        m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        const int on = 1;
        const sockaddr_in address = loopback(m_port);
        if (m_listenFd < 0 || ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0 ||
            ::bind(m_listenFd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
            return false;
        m_notifier = std::make_unique<QSocketNotifier>(m_listenFd, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
            for (int fd; (fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC)) >= 0;) {
                ++m_accepted;
                ::close(fd);
            }
        });
    }
    if (::listen(m_listenFd, 64) != 0)
        return false;
    m_notifier->setEnabled(true);
    return true;
}
