#pragma once

#include <QtGlobal>

namespace airlock {

// Hands the memory of ended sessions back to the system once the proxy has none left open.
//
// glibc keeps what a thread frees in that thread's arena for reuse and gives back only an arena's free
// top. Measured in the idle churn soak (5,000 sessions a round): the worker arenas span about 120 KiB per
// open session while a session touches about 42 KiB; once the sessions end, their blocks are reused at other
// offsets round after round, more of those pages get touched, and the resident size climbed about 25 MiB a
// round while the live heap stayed flat at 27 MB. malloc_trim() returns the free pages of every arena. It runs
// shortly after the last open connection of the process ended, when enough sessions ended since the last
// time, so that a proxy going idle now and then between a few handshakes does not pay for it; a no-op where
// the C library is not glibc.
// Thread-safe: the counters are process-wide, like the allocator.
class IdleMemoryRelease
{
public:
    // Sessions that must have ended since the last release before going idle releases again.
    static constexpr int minEndedSessions = 512;
    // From going idle to the release.
    static constexpr int delayMs = 1000;

    // A connection ended and `active` remain open in the process. True when the caller should call
    // release(), delayMs from now (once what outlives a session briefly is freed too).
    static bool sessionEnded(int active);
    // Returns free memory to the system; logs the resident size before and after (airlock.proxy debug).
    static void release();
};

} // namespace airlock
