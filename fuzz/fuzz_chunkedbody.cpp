// ChunkedBodyTracker: a body presented whole and in pieces the input chooses (the caller keeping what was
// not taken, as HttpExchange does) must end at the same byte with the same payload and verdict. And a body
// this target chunk-encodes itself, with extensions and trailers, must be taken whole and de-chunk to what
// was encoded.
#include "FuzzCheck.h"
#include "http/ChunkedBodyTracker.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QByteArray>

#include <vector>

using airlock::ChunkedBodyTracker;

namespace {

struct Result
{
    qsizetype consumed = 0;
    QByteArray payload;
    bool done = false;
    bool error = false;
    QString detail;
};

Result track(const QByteArray& body, const std::vector<qsizetype>& pieces)
{
    ChunkedBodyTracker tracker;
    Result result;
    QByteArray pending;
    qsizetype offset = 0;
    for (size_t i = 0; offset < body.size() && !tracker.isDone() && !tracker.hasError(); ++i) {
        const qsizetype n = qMin(pieces[i % pieces.size()], body.size() - offset);
        pending.append(body.constData() + offset, n);
        offset += n;
        const qsizetype used = tracker.feed(pending, &result.payload);
        FUZZ_CHECK(used >= 0 && used <= pending.size());
        FUZZ_CHECK(!(tracker.isDone() && tracker.hasError()));
        if (!tracker.isDone() && !tracker.hasError())
            FUZZ_CHECK(pending.size() - used <= ChunkedBodyTracker::maxLineBytes);
        result.consumed += used;
        pending.remove(0, used);
    }
    // Once finished it takes nothing more.
    if (tracker.isDone() || tracker.hasError())
        FUZZ_CHECK(tracker.feed(QByteArrayView("0\r\n\r\n")) == 0);
    result.done = tracker.isDone();
    result.error = tracker.hasError();
    result.detail = tracker.errorDetail();
    FUZZ_CHECK(result.error == !result.detail.isEmpty());
    FUZZ_CHECK(result.payload.size() <= result.consumed);
    return result;
}

QByteArray tokenFrom(FuzzedDataProvider& input)
{
    static const char tokenChars[] = "abcxyzABC019!#$%&'*+-.^_`|~";
    QByteArray token;
    const int n = input.ConsumeIntegralInRange(1, 6);
    for (int i = 0; i < n; ++i)
        token.append(tokenChars[input.ConsumeIntegralInRange<size_t>(0, sizeof tokenChars - 2)]);
    return token;
}

// A valid chunked body (RFC 9112 section 7.1) built from the input, and the payload it carries.
QByteArray encode(FuzzedDataProvider& input, QByteArray* payload)
{
    QByteArray body;
    const int chunks = input.ConsumeIntegralInRange(0, 6);
    for (int c = 0; c < chunks && input.remaining_bytes() > 0; ++c) {
        const std::string data = input.ConsumeRandomLengthString(64);
        if (data.empty())
            continue;
        QByteArray size = QByteArray::number(qulonglong(data.size()), 16);
        if (input.ConsumeBool())
            size = size.toUpper();
        size.prepend(QByteArray(input.ConsumeIntegralInRange(0, 3), '0'));
        body += size;
        const int extensions = input.ConsumeIntegralInRange(0, 2);
        for (int e = 0; e < extensions; ++e) {
            body += (input.ConsumeBool() ? " ; " : ";") + tokenFrom(input);
            switch (input.ConsumeIntegralInRange(0, 2)) {
            case 0:
                break;
            case 1:
                body += '=' + tokenFrom(input);
                break;
            default:
                body += "=\"a \\\" b\"";
            }
        }
        body += "\r\n";
        body.append(data.data(), qsizetype(data.size()));
        body += "\r\n";
        payload->append(data.data(), qsizetype(data.size()));
    }
    body += QByteArray(input.ConsumeIntegralInRange(1, 3), '0') + "\r\n";
    const int trailers = input.ConsumeIntegralInRange(0, 2);
    for (int t = 0; t < trailers; ++t)
        body += tokenFrom(input) + ":" + (input.ConsumeBool() ? " value\t" : "") + "\r\n";
    body += "\r\n";
    return body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const bool encodeMode = input.ConsumeIntegralInRange(0, 3) == 0;
    std::vector<qsizetype> pieces;
    const int count = input.ConsumeIntegralInRange(1, 6);
    for (int i = 0; i < count; ++i)
        pieces.push_back(input.ConsumeIntegralInRange<qsizetype>(1, 48));

    if (encodeMode) {
        QByteArray payload;
        const QByteArray body = encode(input, &payload);
        const QByteArray after = QByteArrayLiteral("GET /next HTTP/1.1\r\n\r\n");
        const Result result = track(body + after, pieces);
        FUZZ_CHECK(result.done);
        FUZZ_CHECK(result.consumed == body.size());
        FUZZ_CHECK(result.payload == payload);
        return 0;
    }

    const std::string rest = input.ConsumeRemainingBytesAsString();
    const QByteArray body(rest.data(), qsizetype(rest.size()));
    const Result whole = track(body, {body.size() + 1});
    const Result split = track(body, pieces);
    FUZZ_CHECK(whole.done == split.done && whole.error == split.error);
    FUZZ_CHECK(whole.detail == split.detail);
    FUZZ_CHECK(whole.payload == split.payload);
    if (whole.done || whole.error)
        FUZZ_CHECK(whole.consumed == split.consumed);
    return 0;
}
