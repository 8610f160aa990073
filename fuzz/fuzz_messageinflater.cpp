// MessageInflater, the permessage-deflate reader of message capture. Two modes the first byte picks:
// arbitrary bytes as a compressed stream, inflated whole and in pieces (same output, same verdict, limits
// kept), or plain messages this target deflates as a permessage-deflate sender does (sync flush, the
// 00 00 FF FF tail removed, with or without context takeover), which must inflate back exactly.
#include "FuzzCheck.h"
#include "observe/MessageInflater.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QByteArray>
#include <QByteArrayList>

#include <zlib.h>

#include <vector>

using airlock::MessageInflater;

namespace {

constexpr qint64 Limit = 1 << 20;

struct Inflated
{
    QByteArray out;
    qint64 produced = 0;
    bool broken = false;
};

// Inflates one message given in pieces, then its end.
void inflateMessage(MessageInflater& inflater, const QByteArray& compressed, const std::vector<qsizetype>& pieces,
                    qint64 room, Inflated* result)
{
    qsizetype offset = 0;
    for (size_t i = 0; offset < compressed.size() && !inflater.isBroken(); ++i) {
        const qsizetype n = qMin(pieces[i % pieces.size()], compressed.size() - offset);
        const qsizetype before = result->out.size();
        const qint64 produced = inflater.inflate(QByteArrayView(compressed).sliced(offset, n), &result->out,
                                                 room - before, Limit - result->produced);
        offset += n;
        FUZZ_CHECK(produced >= -1);
        if (produced < 0) {
            FUZZ_CHECK(inflater.isBroken());
            FUZZ_CHECK(result->out.size() == before);
            break;
        }
        FUZZ_CHECK(result->out.size() - before == qMin<qint64>(produced, qMax<qint64>(0, room - before)));
        result->produced += produced;
    }
    if (!inflater.isBroken()) {
        const qsizetype before = result->out.size();
        const qint64 produced = inflater.finishMessage(&result->out, room - before, Limit - result->produced);
        if (produced >= 0)
            result->produced += produced;
    }
    // A broken inflater stays broken and produces nothing.
    if (inflater.isBroken()) {
        QByteArray out;
        FUZZ_CHECK(inflater.inflate(QByteArrayView("\x00\x00\xff\xff", 4), &out, 100, 100) == -1 && out.isEmpty());
    }
    result->broken = inflater.isBroken();
}

QByteArray deflateMessage(z_stream& stream, const QByteArray& plain)
{
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    unsigned char buffer[4096];
    do {
        stream.next_out = buffer;
        stream.avail_out = sizeof buffer;
        const int status = deflate(&stream, Z_SYNC_FLUSH);
        FUZZ_CHECK(status == Z_OK || status == Z_BUF_ERROR);
        out.append(reinterpret_cast<const char*>(buffer), qsizetype(sizeof buffer - stream.avail_out));
    } while (stream.avail_out == 0);
    // zlib emits nothing for a flush right after a flush; RFC 7692 section 7.2.3.6 sends that empty message
    // as the single byte 0x00 (the empty stored block whose LEN and NLEN are the removed tail).
    if (out.isEmpty())
        return QByteArray(1, '\0');
    FUZZ_CHECK(out.endsWith(QByteArrayView("\x00\x00\xff\xff", 4)));
    out.chop(4);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const bool roundTrip = input.ConsumeBool();
    std::vector<qsizetype> pieces;
    const int count = input.ConsumeIntegralInRange(1, 6);
    for (int i = 0; i < count; ++i)
        pieces.push_back(input.ConsumeIntegralInRange<qsizetype>(1, 64));

    if (!roundTrip) {
        const qint64 room = input.ConsumeIntegralInRange<qint64>(0, 2 * Limit);
        const std::string rest = input.ConsumeRemainingBytesAsString();
        const QByteArray compressed(rest.data(), qsizetype(rest.size()));
        MessageInflater wholeInflater;
        MessageInflater splitInflater;
        Inflated whole;
        Inflated split;
        inflateMessage(wholeInflater, compressed, {compressed.size() + 1}, room, &whole);
        inflateMessage(splitInflater, compressed, pieces, room, &split);
        FUZZ_CHECK(whole.out.size() <= room && split.out.size() <= room);
        // Past the limit the inflater stops early, wherever the pieces put that point; below it, pieces
        // change nothing, corrupt input included: what came before the corruption is kept either way.
        if (whole.produced <= Limit && split.produced <= Limit) {
            FUZZ_CHECK(whole.broken == split.broken);
            FUZZ_CHECK(whole.out == split.out && whole.produced == split.produced);
        }
        return 0;
    }

    const bool takeover = input.ConsumeBool();
    const int level = input.ConsumeIntegralInRange(0, 9);
    QByteArrayList messages;
    while (input.remaining_bytes() > 0 && messages.size() < 8) {
        const std::string plain = input.ConsumeRandomLengthString(512);
        messages.append(QByteArray(plain.data(), qsizetype(plain.size())));
    }
    z_stream stream{};
    FUZZ_CHECK(deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    MessageInflater inflater;
    for (const QByteArray& plain : std::as_const(messages)) {
        if (!takeover)
            FUZZ_CHECK(deflateReset(&stream) == Z_OK);
        const QByteArray compressed = deflateMessage(stream, plain);
        Inflated result;
        inflateMessage(inflater, compressed, pieces, Limit, &result);
        FUZZ_CHECK(!result.broken);
        FUZZ_CHECK(result.out == plain);
        FUZZ_CHECK(result.produced == plain.size());
    }
    deflateEnd(&stream);
    return 0;
}
