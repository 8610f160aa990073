#include "proxy/PeerUser.h"

#include "observe/LogCategories.h"

#include <QTcpSocket>

#include <atomic>

#include <unistd.h>

#ifdef __linux__
#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#endif

namespace airlock {

namespace {

// Also an IPv4-mapped loopback address, as a dual-stack listener reports an IPv4 client.
bool isLoopback(const QHostAddress& address)
{
    bool v4 = false;
    const quint32 ipv4 = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ipv4).isLoopback() : address.isLoopback();
}

} // namespace

#ifdef __linux__

namespace {

// One side of a TCP 4-tuple in the kernel's byte order, and the family to ask in.
struct Endpoint
{
    __be32 address[4] = {};
    __be16 port = 0;
};

// IPv4 (also IPv4-mapped IPv6, as a dual-stack listener reports it) or IPv6; false for anything else.
bool toEndpoints(const QHostAddress& src, quint16 srcPort, const QHostAddress& dst, quint16 dstPort, int* family,
                 Endpoint* a, Endpoint* b)
{
    bool srcV4 = false;
    bool dstV4 = false;
    const quint32 src4 = src.toIPv4Address(&srcV4);
    const quint32 dst4 = dst.toIPv4Address(&dstV4);
    a->port = htons(srcPort);
    b->port = htons(dstPort);
    if (srcV4 && dstV4) {
        *family = AF_INET;
        a->address[0] = htonl(src4);
        b->address[0] = htonl(dst4);
        return true;
    }
    if (src.protocol() != QAbstractSocket::IPv6Protocol || dst.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    *family = AF_INET6;
    const Q_IPV6ADDR src6 = src.toIPv6Address();
    const Q_IPV6ADDR dst6 = dst.toIPv6Address();
    std::memcpy(a->address, src6.c, 16);
    std::memcpy(b->address, dst6.c, 16);
    return true;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The answer to one SOCK_DIAG_BY_FAMILY request.
struct Answer
{
    enum class Kind { Socket, NoSuchSocket, Failed };
    Kind kind = Kind::Failed;
    inet_diag_msg found = {};
    QString error;
};

bool isConnection(const inet_diag_msg& found, const Endpoint& src, const Endpoint& dst)
{
    return found.id.idiag_sport == src.port && found.id.idiag_dport == dst.port &&
           std::memcmp(found.id.idiag_src, src.address, sizeof(src.address)) == 0 &&
           std::memcmp(found.id.idiag_dst, dst.address, sizeof(dst.address)) == 0;
}

// Asks for the TCP socket whose local end is `src` and remote end is `dst` (inet_diag names it by source and
// destination as seen from that socket). Exact lookup, no dump: the kernel answers one message or ENOENT.
Answer ask(int fd, int family, const Endpoint& src, const Endpoint& dst, quint32 seq)
{
    Answer answer;
    struct
    {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message = {};
    message.header.nlmsg_len = sizeof(message);
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST;
    message.header.nlmsg_seq = seq;
    message.request.sdiag_family = quint8(family);
    message.request.sdiag_protocol = IPPROTO_TCP;
    message.request.idiag_states = ~0u;
    message.request.id.idiag_sport = src.port;
    message.request.id.idiag_dport = dst.port;
    std::memcpy(message.request.id.idiag_src, src.address, sizeof(src.address));
    std::memcpy(message.request.id.idiag_dst, dst.address, sizeof(dst.address));
    // Without a cookie: the kernel then checks none.
    message.request.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    message.request.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;

    sockaddr_nl kernel = {};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(fd, &message, sizeof(message), 0, reinterpret_cast<const sockaddr*>(&kernel), sizeof(kernel)) < 0) {
        answer.error = QStringLiteral("cannot send to socket diagnostics: %1").arg(errnoText(errno));
        return answer;
    }
    // The kernel answers while handling the request; a few datagrams at most, each within the timeout.
    alignas(nlmsghdr) char buffer[8192];
    for (int datagrams = 0; datagrams < 4; ++datagrams) {
        sockaddr_nl from = {};
        socklen_t fromSize = sizeof(from);
        const ssize_t n = ::recvfrom(fd, buffer, sizeof(buffer), 0, reinterpret_cast<sockaddr*>(&from), &fromSize);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            answer.error = errno == EAGAIN || errno == EWOULDBLOCK
                               ? QStringLiteral("socket diagnostics did not answer in time")
                               : QStringLiteral("cannot read from socket diagnostics: %1").arg(errnoText(errno));
            return answer;
        }
        if (from.nl_pid != 0)
            continue; // not from the kernel
        // NLMSG_OK / NLMSG_NEXT compare signed with unsigned: the same walk, spelled out.
        for (size_t at = 0; at + sizeof(nlmsghdr) <= size_t(n);) {
            const auto* h = reinterpret_cast<const nlmsghdr*>(buffer + at);
            if (h->nlmsg_len < sizeof(nlmsghdr) || at + h->nlmsg_len > size_t(n))
                break;
            at += NLMSG_ALIGN(h->nlmsg_len);
            if (h->nlmsg_seq != seq)
                continue;
            if (h->nlmsg_type == NLMSG_ERROR) {
                if (h->nlmsg_len < NLMSG_LENGTH(sizeof(nlmsgerr)))
                    break;
                const int error = -reinterpret_cast<const nlmsgerr*>(NLMSG_DATA(h))->error;
                if (error == ENOENT) {
                    answer.kind = Answer::Kind::NoSuchSocket;
                    answer.error = QStringLiteral("the kernel knows no such TCP socket");
                } else {
                    answer.error = QStringLiteral("socket diagnostics refused the request: %1").arg(errnoText(error));
                }
                return answer;
            }
            if (h->nlmsg_type == NLMSG_DONE) {
                answer.kind = Answer::Kind::NoSuchSocket;
                answer.error = QStringLiteral("the kernel answered with no socket");
                return answer;
            }
            if (h->nlmsg_type != SOCK_DIAG_BY_FAMILY || h->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg)))
                continue;
            answer.kind = Answer::Kind::Socket;
            answer.found = *reinterpret_cast<const inet_diag_msg*>(NLMSG_DATA(h));
            return answer;
        }
    }
    answer.error = QStringLiteral("socket diagnostics sent no answer to the request");
    return answer;
}

// One netlink socket per thread, kept open: a socket of its own per lookup cost three more system calls and
// a kernel socket per accepted connection (about a fifth of a handshake's CPU). Answers are matched by
// sequence number, so one that comes after its lookup gave up is skipped by the next.
struct DiagSocket
{
    int fd = -1;
    int timeoutMs = -1;
    quint32 seq = 0;

    int open(int wantedTimeoutMs)
    {
        if (fd < 0) {
            fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
            timeoutMs = -1;
        }
        if (fd >= 0 && timeoutMs != wantedTimeoutMs) {
            const timeval timeout{wantedTimeoutMs / 1000, (wantedTimeoutMs % 1000) * 1000};
            ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
            timeoutMs = wantedTimeoutMs;
        }
        return fd;
    }
    void close()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    ~DiagSocket() { close(); }
};

DiagSocket& diagSocket()
{
    thread_local DiagSocket socket;
    return socket;
}

} // namespace

PeerUser PeerUser::lookup(const QHostAddress& local, quint16 localPort, const QHostAddress& peer, quint16 peerPort,
                          int timeoutMs)
{
    PeerUser result;
    result.loopbackPeer = isLoopback(peer);
    int family = 0;
    Endpoint client; // the client's socket: its source is our peer
    Endpoint server; // ... and its destination our local address
    if (!toEndpoints(peer, peerPort, local, localPort, &family, &client, &server)) {
        result.error = QStringLiteral("not a TCP/IP connection (%1 to %2)").arg(peer.toString(), local.toString());
        return result;
    }
    DiagSocket& diag = diagSocket();
    const int fd = diag.open(timeoutMs);
    if (fd < 0) {
        result.error = QStringLiteral("cannot open a NETLINK_SOCK_DIAG socket: %1").arg(errnoText(errno));
        return result;
    }

    Answer answer = ask(fd, family, client, server, ++diag.seq);
    // The kernel's lookup falls back to a listener on that port: only the exact connection counts.
    if (answer.kind == Answer::Kind::Socket && !isConnection(answer.found, client, server)) {
        answer.kind = Answer::Kind::NoSuchSocket;
        answer.error = QStringLiteral("the kernel answered with another socket");
    }
    switch (answer.kind) {
    case Answer::Kind::Socket:
        // A socket nobody holds (closed, orphaned, TIME_WAIT) has no inode; the kernel then reports uid 0.
        if (answer.found.idiag_inode == 0) {
            result.status = Status::NoOwner;
            result.error = QStringLiteral("the client's socket has no owner any more (closed)");
        } else {
            result.status = Status::Found;
            result.uid = uid_t(answer.found.idiag_uid);
        }
        break;
    case Answer::Kind::NoSuchSocket: {
        // ENOENT also means "no inet_diag for TCP here" (the module could not be loaded): asking for the
        // listener that accepted the connection (any answer will do) tells the two apart. Not Airlock's own
        // end: a client's reset takes that away too.
        Endpoint anyone;
        const Answer own = ask(fd, family, server, anyone, ++diag.seq);
        if (own.kind == Answer::Kind::Socket) {
            result.status = Status::NotFound;
            result.error = QStringLiteral("the kernel knows no socket for the client's end");
        } else {
            result.error = QStringLiteral("socket diagnostics cannot find TCP sockets here: %1")
                               .arg(own.error.isEmpty() ? answer.error : own.error);
        }
        break;
    }
    case Answer::Kind::Failed:
        result.error = answer.error;
        // Whatever went wrong with it, the next lookup starts on a new socket.
        diag.close();
        break;
    }
    return result;
}

void PeerUser::prepareThread()
{
    diagSocket().open(defaultTimeoutMs);
}

#else

PeerUser PeerUser::lookup(const QHostAddress&, quint16, const QHostAddress& peer, quint16, int)
{
    PeerUser result;
    result.loopbackPeer = isLoopback(peer);
    result.error = QStringLiteral("the peer-user check needs Linux socket diagnostics");
    return result;
}

void PeerUser::prepareThread()
{}

#endif

PeerUser PeerUser::forConnection(const QTcpSocket& socket)
{
    const PeerUser peer = lookup(socket.localAddress(), socket.localPort(), socket.peerAddress(), socket.peerPort());
    // A kernel that cannot be asked (no netlink in a sandbox) leaves the check undecided: served, said once.
    static std::atomic<bool> warned = false;
    if (peer.status == Status::Unavailable && !warned.exchange(true))
        qCWarning(lcProxy) << "listen.sameUserOnly: cannot tell which user a connection comes from, so every local "
                              "user is served:"
                           << peer.error;
    return peer;
}

QString PeerUser::refusal(uid_t self) const
{
    switch (status) {
    case Status::Found:
        if (uid == self)
            return {};
        return QStringLiteral("the connection comes from uid %1, but only uid %2 (the user running Airlock) may use "
                              "it (listen.sameUserOnly)")
            .arg(uid)
            .arg(self);
    case Status::NoOwner:
    case Status::NotFound:
        if (!loopbackPeer)
            return {};
        return QStringLiteral("the connection's user cannot be told: %1 (listen.sameUserOnly)").arg(error);
    case Status::Unavailable:
        break;
    }
    return {};
}

uid_t PeerUser::self()
{
    return ::geteuid();
}

} // namespace airlock
