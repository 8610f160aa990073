#pragma once

#include "FuzzCheck.h"
#include "http/HttpHeadParser.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QByteArray>

namespace airlock::fuzz {

// Feeds one head to a parser whole and to another in pieces whose sizes the input picks, with limits the
// input picks too (small ones, so the 414 and 431 paths are reached). Both must agree; a complete head
// must serialize to bytes that parse to the same head again.
inline int fuzzHeadParser(HttpHeadParser::Kind kind, const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    HttpHeadParser::Limits limits;
    if (input.ConsumeBool()) {
        limits.maxStartLineBytes = input.ConsumeIntegralInRange(1, 300);
        limits.maxHeaderBytes = input.ConsumeIntegralInRange(1, 600);
        limits.maxHeaderCount = input.ConsumeIntegralInRange(0, 20);
    }
    std::vector<size_t> pieces;
    for (int i = 0; i < 8; ++i)
        pieces.push_back(input.ConsumeIntegralInRange<size_t>(1, 64));
    const std::string rest = input.ConsumeRemainingBytesAsString();
    const QByteArray bytes(rest.data(), qsizetype(rest.size()));

    HttpHeadParser whole(kind, limits);
    const qsizetype wholeConsumed = whole.feed(bytes);
    FUZZ_CHECK(wholeConsumed >= 0 && wholeConsumed <= bytes.size());
    FUZZ_CHECK(whole.feed(bytes.mid(wholeConsumed)) == 0 || whole.status() == HttpHeadParser::Status::NeedMore);

    HttpHeadParser split(kind, limits);
    qsizetype offset = 0;
    qsizetype splitConsumed = 0;
    for (size_t i = 0; offset < bytes.size(); ++i) {
        const qsizetype n = qMin(qsizetype(pieces[i % pieces.size()]), bytes.size() - offset);
        const HttpHeadParser::Status before = split.status();
        const qsizetype used = split.feed(QByteArrayView(bytes).sliced(offset, n));
        FUZZ_CHECK(used >= 0 && used <= n);
        if (before != HttpHeadParser::Status::NeedMore)
            FUZZ_CHECK(used == 0);
        // It takes every byte it is given until the head ends.
        if (split.status() == HttpHeadParser::Status::NeedMore)
            FUZZ_CHECK(used == n);
        splitConsumed += used;
        offset += n;
    }

    if (whole.status() != split.status())
        std::fprintf(stderr, "whole: status %d %s; split: status %d %s\n", int(whole.status()),
                     qPrintable(whole.errorDetail()), int(split.status()), qPrintable(split.errorDetail()));
    FUZZ_CHECK(whole.status() == split.status());

    if (whole.hasError()) {
        FUZZ_CHECK(!whole.errorDetail().isEmpty());
        // Which limit a head breaks first may depend on the reads: a start line still growing when the head
        // passes its size limit. Any other verdict must not.
        const auto isLimit = [](const HttpHeadParser& p) {
            return p.errorDetail().contains(QStringLiteral(" longer than ")) ||
                   p.errorDetail().contains(QStringLiteral(" larger than "));
        };
        if (!isLimit(whole) || !isLimit(split)) {
            if (whole.errorDetail() != split.errorDetail())
                std::fprintf(stderr, "whole: %s; split: %s\n", qPrintable(whole.errorDetail()),
                             qPrintable(split.errorDetail()));
            FUZZ_CHECK(whole.errorStatus() == split.errorStatus() && whole.errorDetail() == split.errorDetail());
        }
        if (kind == HttpHeadParser::Kind::Request) {
            for (const HttpHeadParser* parser : {&whole, &split}) {
                const int status = parser->errorStatus();
                FUZZ_CHECK(status == 400 || status == 414 || status == 431 || status == 501 || status == 505);
            }
        } else {
            FUZZ_CHECK(whole.errorStatus() == 502 && split.errorStatus() == 502);
        }
        return 0;
    }
    if (!whole.isComplete())
        return 0;

    FUZZ_CHECK(wholeConsumed == splitConsumed);
    FUZZ_CHECK(whole.bufferedBytes() <= wholeConsumed);
    FUZZ_CHECK(whole.bufferedBytes() <= limits.maxHeaderBytes);
    const HttpHead& head = whole.head();
    const QByteArray serialized = head.serialize();
    FUZZ_CHECK(serialized == split.head().serialize());
    FUZZ_CHECK(head.isRequest() == (kind == HttpHeadParser::Kind::Request));
    if (kind == HttpHeadParser::Kind::Response)
        FUZZ_CHECK(head.status >= 100 && head.status <= 999);

    // What Airlock forwards must mean the same to the next parser: serialize and parse again.
    HttpHeadParser::Limits generous;
    generous.maxStartLineBytes = 1 << 20;
    generous.maxHeaderBytes = 1 << 20;
    generous.maxHeaderCount = 1 << 20;
    HttpHeadParser again(kind, generous);
    FUZZ_CHECK(again.feed(serialized) == serialized.size());
    FUZZ_CHECK(again.isComplete());
    FUZZ_CHECK(again.head().serialize() == serialized);
    return 0;
}

} // namespace airlock::fuzz
