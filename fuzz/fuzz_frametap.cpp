// FrameTap, both directions, strict or not, with or without permessage-deflate, a message size limit and a
// pong prefix to drop: the stream is presented in pieces the input chooses, like a pump does. The verdict,
// the counts and the captured messages must not depend on the pieces; a strict stream without extensions
// must read as an independent reader of RFC 6455 reads it.
#include "FrameFuzz.h"

using namespace airlock;
using namespace airlock::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const auto direction =
        input.ConsumeBool() ? FrameTap::Direction::ClientToServer : FrameTap::Direction::ServerToClient;
    const FrameTap::Options options = tapOptionsFrom(input, true);
    const Chunking chunking = Chunking::from(input);
    const std::string rest = input.ConsumeRemainingBytesAsString();
    const QByteArray stream(rest.data(), qsizetype(rest.size()));

    const TapRun whole = runTap(stream, direction, options, Chunking::whole());
    const TapRun split = runTap(stream, direction, options, chunking);

    FUZZ_CHECK(whole.violation == split.violation);
    FUZZ_CHECK(verdictCode(whole.violation, whole.verdict) == verdictCode(split.violation, split.verdict));
    if (whole.violation)
        FUZZ_CHECK(whole.verdict.reason == split.verdict.reason);
    FUZZ_CHECK(whole.closed == split.closed);
    FUZZ_CHECK(whole.close.seen == split.close.seen && whole.close.code == split.close.code &&
               whole.close.reason == split.close.reason);
    FUZZ_CHECK(whole.messages == split.messages);
    const FrameTap::Stats& a = whole.stats;
    const FrameTap::Stats& b = split.stats;
    FUZZ_CHECK(a.frames == b.frames && a.messages == b.messages && a.textMessages == b.textMessages &&
               a.binaryMessages == b.binaryMessages && a.pings == b.pings && a.pongs == b.pongs &&
               a.droppedPongs == b.droppedPongs);
    // Only a UTF-8 violation inside a frame may stop the two at different bytes of that frame.
    if (!whole.violation || whole.verdict.closeCode != 1007)
        FUZZ_CHECK(whole.forwarded == split.forwarded && a.payloadBytes == b.payloadBytes);
    FUZZ_CHECK(quint64(a.messages) == quint64(whole.messages.size()) || options.deflateNegotiated || !options.strict);

    if (options.strict && !options.deflateNegotiated && options.dropPongPrefix.isEmpty()) {
        const Reference ref =
            readReference(stream, direction == FrameTap::Direction::ClientToServer, quint64(options.maxMessageBytes));
        FUZZ_CHECK(verdictCode(whole.violation, whole.verdict) == ref.violation);
        FUZZ_CHECK(whole.closed == ref.closed);
        if (ref.closed)
            FUZZ_CHECK(whole.close.code == ref.closeCode && whole.close.reason == ref.closeReason);
        FUZZ_CHECK(whole.messages == ref.messages);
        FUZZ_CHECK(a.pings == ref.pings.size());
        if (!whole.violation)
            FUZZ_CHECK(a.payloadBytes == ref.allPayload.size());
    }
    return 0;
}
