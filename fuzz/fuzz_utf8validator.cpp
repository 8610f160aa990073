// Utf8Validator fed in pieces the input chooses, against an independent decoder written from RFC 3629
// (the verdict after every piece) and against Qt's own UTF-8 decoder (whole input).
#include "FuzzCheck.h"
#include "ws/Utf8Validator.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QByteArray>
#include <QStringDecoder>

#include <vector>

using airlock::Utf8Validator;

namespace {

// RFC 3629 section 4, decoded one scalar value at a time. For a prefix of a stream: valid when it is a
// prefix of some valid sequence; complete when it also does not end inside a sequence.
struct Verdict
{
    bool valid = true;
    bool complete = true;
};

Verdict reference(const uchar* p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const uchar b = p[i];
        int extra = 0;
        quint32 cp = 0;
        quint32 min = 0;
        if (b < 0x80) {
            ++i;
            continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
            extra = 1, cp = b & 0x1F, min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            extra = 2, cp = b & 0x0F, min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            extra = 3, cp = b & 0x07, min = 0x10000;
        } else {
            return {false, false};
        }
        size_t k = 1;
        for (; k <= size_t(extra) && i + k < n; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return {false, false};
            cp = (cp << 6) | (p[i + k] & 0x3F);
            // Decide as soon as the bytes so far rule out every completion: check the value's range with the
            // bits still to come as all zeros and as all ones.
            const int left = extra - int(k);
            const quint32 low = cp << (6 * left);
            const quint32 high = low | ((1u << (6 * left)) - 1);
            if (high < min || low > 0x10FFFF || (low >= 0xD800 && high <= 0xDFFF))
                return {false, false};
        }
        if (k <= size_t(extra))
            return {true, false}; // ends inside this sequence
        i += size_t(extra) + 1;
    }
    return {true, true};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    std::vector<size_t> pieces;
    const int count = input.ConsumeIntegralInRange(1, 6);
    for (int i = 0; i < count; ++i)
        pieces.push_back(input.ConsumeIntegralInRange<size_t>(1, 16));
    const std::string rest = input.ConsumeRemainingBytesAsString();
    const auto* bytes = reinterpret_cast<const uchar*>(rest.data());

    Utf8Validator validator;
    size_t offset = 0;
    bool stillValid = true;
    for (size_t i = 0; offset < rest.size(); ++i) {
        const size_t n = std::min(pieces[i % pieces.size()], rest.size() - offset);
        const bool fed = validator.feed(rest.data() + offset, qsizetype(n));
        offset += n;
        const Verdict expected = reference(bytes, offset);
        FUZZ_CHECK(fed == expected.valid);
        FUZZ_CHECK(validator.isValid() == expected.valid);
        FUZZ_CHECK(validator.isComplete() == (expected.valid && expected.complete));
        // Once invalid, it stays invalid.
        if (!stillValid)
            FUZZ_CHECK(!validator.isValid());
        stillValid = validator.isValid();
    }

    // Qt's decoder accepts exactly the well-formed UTF-8 (it replaces anything else and reports an error);
    // an incomplete trailing sequence is an error once the stateless decoder reaches the end.
    const QByteArray whole(rest.data(), qsizetype(rest.size()));
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(whole);
    Utf8Validator once;
    const bool valid = once.feed(whole.constData(), whole.size()) && once.isComplete();
    FUZZ_CHECK(valid == !decoder.hasError());
    if (valid)
        FUZZ_CHECK(text.toUtf8() == whole);
    return 0;
}
