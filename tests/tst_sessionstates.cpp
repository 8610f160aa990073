#include "proxy/SessionStates.h"

#include <QMetaEnum>
#include <QTest>

using namespace airlock;

using State = SessionStates::State;
using Step = SessionStates::Step;

Q_DECLARE_METATYPE(airlock::SessionStates::State)
Q_DECLARE_METATYPE(airlock::SessionStates::Step)
Q_DECLARE_METATYPE(airlock::SessionSnapshot::State)
Q_DECLARE_METATYPE(airlock::RequestRecord::Outcome)
Q_DECLARE_METATYPE(airlock::HttpExchange::Failure::Close)

// What each state of a connection does when the client leaves, Airlock shuts down or the GUI closes it:
// the table ProxySession carries out, read without sockets.
class tst_SessionStates : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void abort_data();
    void abort();
    void exchangeFailed_data();
    void exchangeFailed();
    void live_data();
    void live();
};

namespace {

enum class Trigger { ClientEnd, Shutdown, CloseRequest };

const char* name(Trigger trigger)
{
    switch (trigger) {
    case Trigger::ClientEnd:
        return "client end";
    case Trigger::Shutdown:
        return "shutdown";
    case Trigger::CloseRequest:
        return "close request";
    }
    return "";
}

template <typename Enum>
QByteArray key(Enum value)
{
    return QMetaEnum::fromType<Enum>().valueToKey(int(value));
}

// One row; its name says the trigger, the state and the facts that are set.
void row(Trigger trigger, State state, bool midHead, bool responseStarted, bool upgrade, Step step,
         FailureReason reason = FailureReason::None, const QString& detail = {},
         RequestRecord::Outcome outcome = RequestRecord::Outcome::ClientGone)
{
    QByteArray rowName = QByteArray(name(trigger)) + ' ' + key(state);
    if (midHead)
        rowName += " mid head";
    if (responseStarted)
        rowName += " response started";
    if (upgrade)
        rowName += " upgrade";
    QTest::newRow(rowName.constData()) << int(trigger) << state << midHead << responseStarted << upgrade << step
                                       << reason << detail << outcome;
}

} // namespace

void tst_SessionStates::decide_data()
{
    QTest::addColumn<int>("trigger");
    QTest::addColumn<State>("state");
    QTest::addColumn<bool>("midHead");
    QTest::addColumn<bool>("responseStarted");
    QTest::addColumn<bool>("upgrade");
    QTest::addColumn<Step>("step");
    QTest::addColumn<FailureReason>("reason");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<RequestRecord::Outcome>("outcome");

    const QString headCut = QStringLiteral("client closed the connection in the middle of a request head");
    const QString beforeAnswer = QStringLiteral("client closed the connection before the backend answered");
    const QString shutdown = QStringLiteral("Airlock is shutting down");
    const auto gone = FailureReason::ClientGone;
    const auto stop = FailureReason::Shutdown;
    const auto rejected = RequestRecord::Outcome::Rejected;

    const auto client = Trigger::ClientEnd;
    row(client, State::ReadingHead, false, false, false, Step::End);
    row(client, State::ReadingHead, true, false, false, Step::RecordAndEnd, gone, headCut);
    row(client, State::Dialing, false, false, false, Step::RecordAndEnd, gone, beforeAnswer);
    row(client, State::Upgrading, false, false, true, Step::RecordAndEnd, gone, beforeAnswer);
    row(client, State::Requesting, false, false, false, Step::None);
    row(client, State::Tunnelling, false, false, true, Step::None);
    row(client, State::Draining, false, false, false, Step::None);
    row(client, State::Closed, false, false, false, Step::None);

    const auto down = Trigger::Shutdown;
    row(down, State::ReadingHead, false, false, false, Step::Disconnect);
    row(down, State::ReadingHead, true, false, false, Step::Refuse, stop, shutdown, rejected);
    row(down, State::Dialing, false, false, false, Step::Refuse, stop, shutdown, rejected);
    row(down, State::Upgrading, false, false, true, Step::Refuse, stop, shutdown, rejected);
    row(down, State::Requesting, false, false, false, Step::Refuse, stop, shutdown, rejected);
    row(down, State::Requesting, false, true, false, Step::RecordAndAbort, stop, shutdown);
    row(down, State::Tunnelling, false, false, true, Step::CloseTunnel);
    row(down, State::Draining, false, false, false, Step::None);
    row(down, State::Closed, false, false, false, Step::None);

    const auto close = Trigger::CloseRequest;
    row(close, State::ReadingHead, false, false, false, Step::Disconnect);
    row(close, State::ReadingHead, true, false, false, Step::Disconnect);
    row(close, State::Dialing, false, false, false, Step::CloseAfterExchange);
    row(close, State::Dialing, false, false, true, Step::CloseOnceOpen);
    row(close, State::Upgrading, false, false, true, Step::CloseOnceOpen);
    row(close, State::Requesting, false, false, false, Step::CloseAfterExchange);
    row(close, State::Requesting, false, true, false, Step::CloseAfterExchange);
    row(close, State::Tunnelling, false, false, true, Step::CloseTunnel);
    row(close, State::Draining, false, false, false, Step::None);
    row(close, State::Closed, false, false, false, Step::None);
}

void tst_SessionStates::decide()
{
    QFETCH(int, trigger);
    QFETCH(State, state);
    QFETCH(bool, midHead);
    QFETCH(bool, responseStarted);
    QFETCH(bool, upgrade);
    QFETCH(Step, step);
    QFETCH(FailureReason, reason);
    QFETCH(QString, detail);
    QFETCH(RequestRecord::Outcome, outcome);

    SessionStates::Decision d;
    switch (Trigger(trigger)) {
    case Trigger::ClientEnd:
        d = SessionStates::onClientEnd(state, midHead);
        break;
    case Trigger::Shutdown:
        d = SessionStates::onShutdown(state, midHead, responseStarted);
        break;
    case Trigger::CloseRequest:
        d = SessionStates::onCloseRequest(state, upgrade);
        break;
    }
    QCOMPARE(key(d.step), key(step));
    QCOMPARE(d.reason, reason);
    QCOMPARE(d.detail, detail);
    QCOMPARE(d.outcome, outcome);
    if (step == Step::Refuse)
        QCOMPARE(d.status, 503);
}

void tst_SessionStates::abort_data()
{
    QTest::addColumn<qint64>("headReadAt");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("posted");
    QTest::addColumn<FailureReason>("earlier");
    QTest::addColumn<Step>("step");
    QTest::addColumn<FailureReason>("reason");

    using F = FailureReason;
    QTest::newRow("no request head yet: nothing to record") << 0LL << 0 << false << F::None << Step::End << F::None;
    QTest::newRow("record already written") << 5LL << 200 << true << F::None << Step::End << F::None;
    QTest::newRow("open WebSocket: the tunnel records its close")
        << 5LL << 101 << false << F::None << Step::End << F::None;
    QTest::newRow("exchange in progress: cut short by the stop")
        << 5LL << 0 << false << F::None << Step::RecordAndEnd << F::Shutdown;
    QTest::newRow("exchange that already failed keeps its reason")
        << 5LL << 0 << false << F::ResponseTimeout << Step::RecordAndEnd << F::ResponseTimeout;
}

void tst_SessionStates::abort()
{
    QFETCH(qint64, headReadAt);
    QFETCH(int, httpStatus);
    QFETCH(bool, posted);
    QFETCH(FailureReason, earlier);
    QFETCH(Step, step);
    QFETCH(FailureReason, reason);

    RequestRecord record;
    record.headReadAt = headReadAt;
    record.httpStatus = httpStatus;
    record.failureReason = earlier;
    if (earlier != FailureReason::None)
        record.failureDetail = QStringLiteral("backend did not answer within 300 ms");
    const SessionStates::Decision d = SessionStates::onAbort(record, posted);
    QCOMPARE(key(d.step), key(step));
    QCOMPARE(d.reason, reason);
    if (step == Step::RecordAndEnd) {
        QCOMPARE(d.outcome, RequestRecord::Outcome::ClientGone);
        QCOMPARE(d.detail, earlier == FailureReason::None
                               ? QStringLiteral("Airlock stopped before the exchange finished")
                               : record.failureDetail);
    }
}

void tst_SessionStates::exchangeFailed_data()
{
    QTest::addColumn<HttpExchange::Failure::Close>("close");
    QTest::addColumn<Step>("step");

    using C = HttpExchange::Failure::Close;
    QTest::newRow("Answer: nothing went to the client") << C::Answer << Step::Refuse;
    QTest::newRow("Flush: part of the response went out") << C::Flush << Step::RecordAndFlush;
    QTest::newRow("Abort: the client leg drops") << C::Abort << Step::RecordAndAbort;
}

// The failure's status, reason, detail and outcome pass through unchanged; how it closes picks the step.
void tst_SessionStates::exchangeFailed()
{
    QFETCH(HttpExchange::Failure::Close, close);
    QFETCH(Step, step);

    HttpExchange::Failure failure;
    failure.close = close;
    failure.status = 504;
    failure.reason = FailureReason::ResponseTimeout;
    failure.detail = QStringLiteral("backend did not answer within 300 ms");
    failure.outcome = RequestRecord::Outcome::UpstreamFailed;
    const SessionStates::Decision d = SessionStates::onExchangeFailed(failure);
    QCOMPARE(key(d.step), key(step));
    QCOMPARE(d.status, 504);
    QCOMPARE(d.reason, FailureReason::ResponseTimeout);
    QCOMPARE(d.detail, failure.detail);
    QCOMPARE(d.outcome, RequestRecord::Outcome::UpstreamFailed);
}

void tst_SessionStates::live_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<SessionSnapshot::State>("shown");

    using S = SessionSnapshot::State;
    const QList<std::pair<State, S>> rows = {{State::ReadingHead, S::Idle},     {State::Dialing, S::Connecting},
                                             {State::Upgrading, S::Connecting}, {State::Tunnelling, S::Open},
                                             {State::Requesting, S::Open},      {State::Draining, S::Closing},
                                             {State::Closed, S::Closing}};
    for (const auto& [state, shown] : rows)
        QTest::newRow(key(state).constData()) << state << shown;
}

void tst_SessionStates::live()
{
    QFETCH(State, state);
    QFETCH(SessionSnapshot::State, shown);
    QCOMPARE(SessionStates::live(state), shown);
}

QTEST_GUILESS_MAIN(tst_SessionStates)
#include "tst_sessionstates.moc"
