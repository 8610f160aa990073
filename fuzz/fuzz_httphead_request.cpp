// HttpHeadParser, request heads: whole vs split feeding, limits, and serialize/parse round trips.
#include "HeadParserFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return airlock::fuzz::fuzzHeadParser(airlock::HttpHeadParser::Kind::Request, data, size);
}
