#pragma once

#include "observe/FailureReason.h"
#include "observe/SessionSnapshot.h"
#include "proxy/HttpExchange.h"

#include <QObject>
#include <QString>

namespace airlock {

// The states of one client connection, and what each does when the connection is asked to end: the client
// left, Airlock shuts down, or the GUI closes it. ProxySession carries the steps out; here they are a table
// that tests read without sockets. Pure.
class SessionStates
{
    Q_GADGET
public:
    enum class State { ReadingHead, Dialing, Upgrading, Tunnelling, Requesting, Draining, Closed };
    Q_ENUM(State)

    enum class Step {
        None,               // already ending, or the phase in progress sees to it
        End,                // tear down, nothing to record
        Disconnect,         // no exchange has reached the backend: close the client leg, then tear down
        CloseTunnel,        // close frames on both legs
        CloseOnceOpen,      // an upgrade in progress: its tunnel closes as soon as it opens
        CloseAfterExchange, // the HTTP exchange finishes (its answer says Connection: close), then the connection
        Refuse,             // answer `status` (as a close code where a browser can read it), then close
        RecordAndEnd,       // the exchange is cut: recorded with reason, detail and outcome, then tear down
        RecordAndFlush,     // the same, the client leg closing once what was forwarded is out
        RecordAndAbort,     // the same, the client leg dropped at once
    };
    Q_ENUM(Step)

    struct Decision
    {
        Step step = Step::None;
        int status = 0;                             // for Refuse
        FailureReason reason = FailureReason::None; // for Refuse and Record*
        QString detail;
        RequestRecord::Outcome outcome = RequestRecord::Outcome::ClientGone;
    };

    // The client closed its side or the connection broke; midHead: part of a request head was read.
    static Decision onClientEnd(State state, bool midHead);
    // Airlock stops gracefully; responseStarted: part of an HTTP response went to the client.
    static Decision onShutdown(State state, bool midHead, bool responseStarted);
    // Closed from outside; upgrade: the request in progress asks for a WebSocket.
    static Decision onCloseRequest(State state, bool upgrade);
    // Airlock stops at once (the shutdown grace is over): a request whose head was read and whose record is
    // not written yet is recorded as cut short, keeping a failure it already had.
    static Decision onAbort(const RequestRecord& record, bool recordPosted);
    // The forwarded HTTP exchange failed (in state Requesting).
    static Decision onExchangeFailed(const HttpExchange::Failure& failure);
    // The state as the live view shows it.
    static SessionSnapshot::State live(State state);
};

} // namespace airlock
