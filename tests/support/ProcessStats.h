#pragma once

#include <QtGlobal>

namespace airlock::test {

// What Linux reports about another process (the airlock binary a soak test started), from /proc.
// VmRSS in KiB (-1 when the process is gone or /proc cannot be read).
qint64 residentKiB(qint64 pid);
// Open descriptors (entries of /proc/PID/fd; -1 when unreadable).
int openDescriptors(qint64 pid);
// Raises this process's soft RLIMIT_NOFILE to its hard limit (children started later inherit it) and
// returns the new soft limit.
qint64 raiseDescriptorLimit();

} // namespace airlock::test
