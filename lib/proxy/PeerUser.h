#pragma once

#include <QHostAddress>
#include <QString>

#include <sys/types.h>

class QTcpSocket;

namespace airlock {

// Which user owns the client's end of an accepted TCP connection, asked of the kernel's socket
// diagnostics (NETLINK_SOCK_DIAG, inet_diag): one request naming the exact 4-tuple of the client's socket
// (its source is our peer, its destination our local address), one answer. Loopback is reachable by every
// user and container sharing the network namespace; this is how Airlock tells its own user from the others.
// Linux only: elsewhere every lookup is Unavailable. Blocks at most timeoutMs (a local kernel call).
struct PeerUser
{
    enum class Status {
        Unavailable, // socket diagnostics cannot be asked (no netlink, no inet_diag): nothing is known
        Found,       // the kernel named the owner of the client's socket: uid
        NoOwner,     // the client's socket exists but has no owner any more (closed, in TIME_WAIT)
        NotFound,    // the kernel has no socket for the client's end (gone, or on another machine)
    };
    Status status = Status::Unavailable;
    uid_t uid = 0;            // Found only
    bool loopbackPeer = true; // the peer address is a loopback address
    QString error;            // why the owner is not known (everything but Found)

    static constexpr int defaultTimeoutMs = 500;

    // A connection's answer; each call asks the kernel (a session asks once, when it accepts), through a
    // socket the calling thread keeps open.
    static PeerUser lookup(const QHostAddress& local, quint16 localPort, const QHostAddress& peer, quint16 peerPort,
                           int timeoutMs = defaultTimeoutMs);
    // Opens the calling thread's socket now (a worker thread, as it starts), so that its descriptor is there from
    // the start rather than appearing with the first connection.
    static void prepareThread();

    // An accepted connection's answer; the first time the kernel cannot be asked, a warning says so.
    static PeerUser forConnection(const QTcpSocket& socket);

    // Why a connection with this peer is refused when only `self` may use Airlock; empty when it is served.
    // Refused: another uid, or a loopback client whose socket is closed or gone (nobody is there to read the
    // answer, and a request sent before closing must not reach a backend unchecked). Served: a remote peer
    // (only with listen.allowRemote) and a lookup that cannot be made at all (Unavailable).
    QString refusal(uid_t self) const;

    // The effective uid of this process: the user a connection must come from.
    static uid_t self();
};

} // namespace airlock
