#pragma once

#include <functional>

namespace airlock::test {

// Runs the event loop until done() is true or timeoutMs has passed; true when done. Unlike
// QTest::qWaitFor, which sleeps 10 ms between rounds of events, it never sleeps while events arrive, so a
// stream the test reads itself runs at full speed. done() is checked every 10 ms.
bool spinUntil(const std::function<bool()>& done, int timeoutMs);

} // namespace airlock::test
