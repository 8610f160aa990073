#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace airlock {

// `airlock probe URL ...`: one client handshake with every phase timed. Exit 0 on success, 2 for a
// transient failure, 3 for a permanent one, 1 for bad arguments.
class ProbeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)

public:
    static int run(QCoreApplication& app, const QStringList& arguments);
};

} // namespace airlock
