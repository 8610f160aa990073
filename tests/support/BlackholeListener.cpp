#include "BlackholeListener.h"

#include <QHostAddress>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace airlock {

BlackholeListener::BlackholeListener()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), length) != 0 || ::listen(m_fd, 0) != 0 ||
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return;
    m_port = ntohs(address.sin_port);
    // Fill the queue: these connections complete in the kernel and are never accepted. The peer is
    // the kernel, not this thread, so waiting here blocks nothing.
    for (int i = 0; i < 4; ++i) {
        auto filler = std::make_unique<QTcpSocket>();
        filler->connectToHost(QHostAddress::LocalHost, m_port);
        if (!filler->waitForConnected(200))
            break;
        m_fillers.push_back(std::move(filler));
    }
}

BlackholeListener::~BlackholeListener()
{
    m_fillers.clear();
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace airlock
