#pragma once

#include <QtGlobal>

namespace airlock::test {

// The descriptor of this process's TCP socket from localPort to remotePort on 127.0.0.1 (-1: none).
// The proxy under test runs in the test process, so its sockets can be inspected (options, queues).
int findOwnSocket(quint16 localPort, quint16 remotePort);

} // namespace airlock::test
