#include "proxy/SessionStates.h"

namespace airlock {

namespace {

SessionStates::Decision just(SessionStates::Step step)
{
    SessionStates::Decision decision;
    decision.step = step;
    return decision;
}

} // namespace

SessionStates::Decision SessionStates::onClientEnd(State state, bool midHead)
{
    switch (state) {
    case State::ReadingHead:
        if (!midHead)
            return just(Step::End);
        return {Step::RecordAndEnd, 0, FailureReason::ClientGone,
                QStringLiteral("client closed the connection in the middle of a request head"),
                RequestRecord::Outcome::ClientGone};
    case State::Dialing:
    case State::Upgrading:
        return {Step::RecordAndEnd, 0, FailureReason::ClientGone,
                QStringLiteral("client closed the connection before the backend answered"),
                RequestRecord::Outcome::ClientGone};
    case State::Requesting: // the exchange's to handle
    case State::Tunnelling: // the tunnel's
    case State::Draining:   // the linger's
    case State::Closed:
        break;
    }
    return {};
}

SessionStates::Decision SessionStates::onShutdown(State state, bool midHead, bool responseStarted)
{
    switch (state) {
    case State::Tunnelling:
        return just(Step::CloseTunnel);
    case State::ReadingHead:
        if (!midHead)
            return just(Step::Disconnect);
        [[fallthrough]];
    case State::Dialing:
    case State::Upgrading:
    case State::Requesting:
        // Once part of a response is out, closing the connection is the only honest signal left.
        if (responseStarted)
            return {Step::RecordAndAbort, 0, FailureReason::Shutdown, QStringLiteral("Airlock is shutting down"),
                    RequestRecord::Outcome::ClientGone};
        return {Step::Refuse, 503, FailureReason::Shutdown, QStringLiteral("Airlock is shutting down"),
                RequestRecord::Outcome::Rejected};
    case State::Draining:
    case State::Closed:
        break;
    }
    return {};
}

SessionStates::Decision SessionStates::onCloseRequest(State state, bool upgrade)
{
    switch (state) {
    case State::Tunnelling:
        return just(Step::CloseTunnel);
    case State::ReadingHead: // no exchange has reached the backend: nothing is cut by closing now
        return just(Step::Disconnect);
    case State::Dialing:
    case State::Upgrading:
        return just(upgrade ? Step::CloseOnceOpen : Step::CloseAfterExchange);
    case State::Requesting:
        return just(Step::CloseAfterExchange);
    case State::Draining:
    case State::Closed:
        break;
    }
    return {};
}

SessionStates::Decision SessionStates::onAbort(const RequestRecord& record, bool recordPosted)
{
    if (recordPosted || !record.headReadAt || record.httpStatus == 101)
        return just(Step::End);
    if (record.failureReason != FailureReason::None)
        return {Step::RecordAndEnd, 0, record.failureReason, record.failureDetail, RequestRecord::Outcome::ClientGone};
    return {Step::RecordAndEnd, 0, FailureReason::Shutdown,
            QStringLiteral("Airlock stopped before the exchange finished"), RequestRecord::Outcome::ClientGone};
}

SessionStates::Decision SessionStates::onExchangeFailed(const HttpExchange::Failure& failure)
{
    Step step = Step::Refuse;
    switch (failure.close) {
    case HttpExchange::Failure::Close::Answer:
        break;
    case HttpExchange::Failure::Close::Flush:
        step = Step::RecordAndFlush;
        break;
    case HttpExchange::Failure::Close::Abort:
        step = Step::RecordAndAbort;
        break;
    }
    return {step, failure.status, failure.reason, failure.detail, failure.outcome};
}

SessionSnapshot::State SessionStates::live(State state)
{
    switch (state) {
    case State::ReadingHead:
        return SessionSnapshot::State::Idle;
    case State::Dialing:
    case State::Upgrading:
        return SessionSnapshot::State::Connecting;
    case State::Tunnelling:
    case State::Requesting:
        return SessionSnapshot::State::Open;
    case State::Draining:
    case State::Closed:
        break;
    }
    return SessionSnapshot::State::Closing;
}

} // namespace airlock
