#pragma once

namespace airlock {

// Writing can emit bytesWritten synchronously (flush), which would re-enter a pump from inside a pump:
// such calls only ask the running loop for another turn. run() calls step until no call asked for one
// more, or until keepGoing() says the owner's part is over.
class PumpLoop
{
public:
    template <typename Step, typename KeepGoing>
    void run(Step step, KeepGoing keepGoing)
    {
        if (m_running) {
            m_again = true;
            return;
        }
        m_running = true;
        do {
            m_again = false;
            step();
        } while (m_again && keepGoing());
        m_running = false;
    }

private:
    bool m_running = false;
    bool m_again = false;
};

} // namespace airlock
