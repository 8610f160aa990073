// Differential: FrameTap (what the WebSocket pump checks and captures) and FrameCodec (what the tcp://
// bridge decodes) read the same client stream, each in its own pieces. They must carry the same messages
// and reach the same verdict: violation or not, which close code, and the same close frame.
#include "FrameFuzz.h"

using namespace airlock;
using namespace airlock::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const FrameTap::Options options = tapOptionsFrom(input, false);
    const Chunking tapPieces = Chunking::from(input);
    const Chunking codecPieces = Chunking::from(input);
    const std::string rest = input.ConsumeRemainingBytesAsString();
    const QByteArray stream(rest.data(), qsizetype(rest.size()));

    // The codec is the bridge's endpoint, which rejects reserved opcodes whatever strict says: the tap it is
    // compared with follows the same rule.
    FrameTap::Options tapOptions = options;
    tapOptions.rejectReservedOpcodes = true;
    const TapRun tap = runTap(stream, FrameTap::Direction::ClientToServer, tapOptions, tapPieces);
    const CodecRun codec = runCodec(stream, options, codecPieces);

    FUZZ_CHECK(tap.violation == codec.violation);
    FUZZ_CHECK(verdictCode(tap.violation, tap.verdict) == verdictCode(codec.violation, codec.verdict));
    if (tap.violation)
        FUZZ_CHECK(tap.verdict.reason == codec.verdict.reason);
    FUZZ_CHECK(tap.close.seen == codec.close.seen && tap.close.code == codec.close.code &&
               tap.close.reason == codec.close.reason);
    FUZZ_CHECK(tap.stats.pings == codec.pings.size());
    FUZZ_CHECK(tap.stats.messages == codec.stats.messages && tap.stats.frames == codec.stats.frames);

    // The codec's bytes are the messages' payloads in order; the tap's capture has every finished message.
    QByteArray finished;
    for (const Message& message : tap.messages)
        finished += message.data;
    // (Not strict, rules the tap does not enforce there, e.g. on a stray continuation, may leave payload outside
    // a finished message.)
    if (options.strict)
        FUZZ_CHECK(codec.payload.startsWith(finished));
    if (!tap.violation || tap.verdict.closeCode != 1007)
        FUZZ_CHECK(codec.payload.size() == codec.stats.payloadBytes && tap.stats.payloadBytes == codec.payload.size());
    return 0;
}
