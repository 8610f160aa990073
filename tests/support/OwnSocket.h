#pragma once

#include <QtGlobal>

namespace airlock::test {

// The descriptor of this process's TCP socket from localPort to remotePort on 127.0.0.1 (-1: none).
// The proxy under test runs in the test process, so its sockets can be inspected (options, queues).
int findOwnSocket(quint16 localPort, quint16 remotePort);
// Bytes the kernel holds for a socket: received and not yet read, or written and not yet sent (sent bytes
// are already in the peer's receive queue on loopback).
qint64 unreadBytes(int fd);
qint64 unsentBytes(int fd);

} // namespace airlock::test
