// FrameCodec (the tcp:// bridge's decoder) fed a client stream in pieces the input chooses: the bytes it
// hands to TCP and the pings it answers must not depend on the pieces, and must be what an independent
// reader of RFC 6455 finds in the stream. Also the other way: binaryHeader() frames of any length read back.
#include "FrameFuzz.h"
#include "ws/FrameHeader.h"

using namespace airlock;
using namespace airlock::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const FrameTap::Options options = tapOptionsFrom(input, false);
    const quint64 headerLength = input.ConsumeIntegral<quint64>();
    const Chunking chunking = Chunking::from(input);
    const std::string rest = input.ConsumeRemainingBytesAsString();
    const QByteArray stream(rest.data(), qsizetype(rest.size()));

    const CodecRun whole = runCodec(stream, options, Chunking::whole());
    const CodecRun split = runCodec(stream, options, chunking);
    FUZZ_CHECK(whole.violation == split.violation);
    FUZZ_CHECK(verdictCode(whole.violation, whole.verdict) == verdictCode(split.violation, split.verdict));
    FUZZ_CHECK(whole.pings == split.pings);
    FUZZ_CHECK(whole.close.seen == split.close.seen && whole.close.code == split.close.code);
    if (!whole.violation || whole.verdict.closeCode != 1007)
        FUZZ_CHECK(whole.payload == split.payload);
    else
        FUZZ_CHECK(whole.payload.startsWith(split.payload) || split.payload.startsWith(whole.payload));

    if (options.strict && options.dropPongPrefix.isEmpty()) {
        const Reference ref = readReference(stream, true, quint64(options.maxMessageBytes));
        FUZZ_CHECK(verdictCode(whole.violation, whole.verdict) == ref.violation);
        FUZZ_CHECK(whole.pings == ref.pings);
        FUZZ_CHECK(whole.close.seen == ref.closed);
        if (ref.violation == 0 || ref.violation == 1002 || ref.violation == 1009)
            FUZZ_CHECK(whole.payload == ref.allPayload);
        else
            FUZZ_CHECK(whole.payload.startsWith(ref.allPayload));
    }

    // The server side's frames: an unmasked final binary header in its shortest form.
    const QByteArray header = FrameCodec::binaryHeader(headerLength);
    FrameHeader decoded;
    FrameHeader::Error error = FrameHeader::Error::None;
    const bool wellFormed = !(headerLength >> 63);
    const auto status =
        FrameHeader::decode(reinterpret_cast<const uchar*>(header.constData()), header.size(), &decoded, &error);
    if (wellFormed) {
        FUZZ_CHECK(status == FrameHeader::Status::Complete);
        FUZZ_CHECK(decoded.fin && decoded.opcode == FrameHeader::Binary && !decoded.masked && decoded.rsv == 0);
        FUZZ_CHECK(decoded.payloadLength == headerLength && decoded.headerLength == header.size());
    }
    return 0;
}
