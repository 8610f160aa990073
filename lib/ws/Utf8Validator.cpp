#include "ws/Utf8Validator.h"

#include <array>
#include <cstring>

namespace airlock {

namespace {

// Byte classes: each class behaves identically in every DFA state.
enum Class : quint8 {
    Ascii,     // 00..7F
    Cont8x,    // 80..8F
    Cont9x,    // 90..9F
    ContAB,    // A0..BF
    Overlong2, // C0..C1: would encode U+0000..U+007F
    Lead2,     // C2..DF
    LeadE0,    // E0: second byte A0..BF (no overlongs)
    Lead3,     // E1..EC, EE..EF
    LeadED,    // ED: second byte 80..9F (no surrogates)
    LeadF0,    // F0: second byte 90..BF (no overlongs)
    Lead4,     // F1..F3
    LeadF4,    // F4: second byte 80..8F (nothing above U+10FFFF)
    Invalid,   // F5..FF
};
constexpr size_t kClassCount = size_t(Invalid) + 1;

// States besides Accept (0) and Reject (1): how many continuation bytes are still owed
// and whether the next one has a restricted range.
enum DfaState : quint8 {
    S_Accept = 0, // Utf8Validator::Accept
    S_Reject = 1, // Utf8Validator::Reject
    S_Need1,      // one more continuation byte
    S_Need2,      // two more
    S_Need3,      // three more
    S_AfterE0,    // needs A0..BF, then one more
    S_AfterED,    // needs 80..9F, then one more
    S_AfterF0,    // needs 90..BF, then two more
    S_AfterF4,    // needs 80..8F, then two more
};
constexpr size_t kStateCount = size_t(S_AfterF4) + 1;

constexpr size_t index(quint8 state, quint8 cls)
{
    return size_t(state) * kClassCount + cls;
}

constexpr std::array<quint8, 256> makeClasses()
{
    std::array<quint8, 256> c{};
    for (int b = 0; b < 256; ++b) {
        quint8 k = Invalid;
        if (b <= 0x7F)
            k = Ascii;
        else if (b <= 0x8F)
            k = Cont8x;
        else if (b <= 0x9F)
            k = Cont9x;
        else if (b <= 0xBF)
            k = ContAB;
        else if (b <= 0xC1)
            k = Overlong2;
        else if (b <= 0xDF)
            k = Lead2;
        else if (b == 0xE0)
            k = LeadE0;
        else if (b == 0xED)
            k = LeadED;
        else if (b <= 0xEF)
            k = Lead3;
        else if (b == 0xF0)
            k = LeadF0;
        else if (b <= 0xF3)
            k = Lead4;
        else if (b == 0xF4)
            k = LeadF4;
        c[size_t(b)] = k;
    }
    return c;
}

constexpr std::array<quint8, kStateCount * kClassCount> makeTransitions()
{
    std::array<quint8, kStateCount * kClassCount> t{};
    for (auto& s : t)
        s = S_Reject;
    auto set = [&t](DfaState from, Class cls, DfaState to) { t[index(from, cls)] = to; };

    set(S_Accept, Ascii, S_Accept);
    set(S_Accept, Lead2, S_Need1);
    set(S_Accept, LeadE0, S_AfterE0);
    set(S_Accept, Lead3, S_Need2);
    set(S_Accept, LeadED, S_AfterED);
    set(S_Accept, LeadF0, S_AfterF0);
    set(S_Accept, Lead4, S_Need3);
    set(S_Accept, LeadF4, S_AfterF4);

    for (Class cont : {Cont8x, Cont9x, ContAB}) {
        set(S_Need1, cont, S_Accept);
        set(S_Need2, cont, S_Need1);
        set(S_Need3, cont, S_Need2);
    }
    set(S_AfterE0, ContAB, S_Need1);
    set(S_AfterED, Cont8x, S_Need1);
    set(S_AfterED, Cont9x, S_Need1);
    set(S_AfterF0, Cont9x, S_Need2);
    set(S_AfterF0, ContAB, S_Need2);
    set(S_AfterF4, Cont8x, S_Need2);
    return t;
}

constexpr std::array<quint8, 256> kClasses = makeClasses();
constexpr std::array<quint8, kStateCount* kClassCount> kTransitions = makeTransitions();

constexpr quint64 kHighBits = 0x8080808080808080ULL;

} // namespace

bool Utf8Validator::feed(const char* data, qsizetype n)
{
    const auto* p = reinterpret_cast<const uchar*>(data);
    const uchar* const end = p + n;
    quint8 state = m_state;
    while (p < end) {
        if (state == S_Accept) {
            // Text is mostly ASCII: skip whole words while no byte has its high bit set.
            while (end - p >= 8) {
                quint64 word;
                std::memcpy(&word, p, sizeof word);
                if (word & kHighBits)
                    break;
                p += 8;
            }
            if (p == end)
                break;
        }
        state = kTransitions[index(state, kClasses[*p])];
        if (state == S_Reject)
            break;
        ++p;
    }
    m_state = state;
    return state != S_Reject;
}

} // namespace airlock
