#pragma once

#include <QtGlobal>

namespace airlock {

// Streaming UTF-8 validator (RFC 3629): a byte-class DFA that keeps its state between
// calls, so input may be split anywhere, even inside a multi-byte sequence. Rejects
// overlong forms, surrogates (U+D800..U+DFFF) and code points above U+10FFFF.
class Utf8Validator
{
public:
    // False as soon as the input so far is invalid; stays false until reset().
    bool feed(const char* data, qsizetype n);
    // True when the input so far is valid and does not end inside a sequence.
    bool isComplete() const { return m_state == Accept; }
    bool isValid() const { return m_state != Reject; }
    void reset() { m_state = Accept; }

private:
    // DFA states shared with the transition table in the .cpp; the others mean "mid-sequence".
    enum State : quint8 { Accept = 0, Reject = 1 };

    quint8 m_state = Accept;
};

} // namespace airlock
