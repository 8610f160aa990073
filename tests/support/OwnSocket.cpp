#include "OwnSocket.h"

#include <linux/sockios.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace airlock::test {

int findOwnSocket(quint16 localPort, quint16 remotePort)
{
    for (int fd = 0; fd < 4096; ++fd) {
        sockaddr_in local{};
        sockaddr_in remote{};
        socklen_t length = sizeof local;
        if (::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length) != 0 || local.sin_family != AF_INET)
            continue;
        length = sizeof remote;
        if (::getpeername(fd, reinterpret_cast<sockaddr*>(&remote), &length) != 0)
            continue;
        if (ntohs(local.sin_port) == localPort && ntohs(remote.sin_port) == remotePort)
            return fd;
    }
    return -1;
}

qint64 unreadBytes(int fd)
{
    int n = 0;
    return ::ioctl(fd, SIOCINQ, &n) == 0 ? n : 0;
}

qint64 unsentBytes(int fd)
{
    int n = 0;
    return ::ioctl(fd, SIOCOUTQNSD, &n) == 0 ? n : 0;
}

} // namespace airlock::test
