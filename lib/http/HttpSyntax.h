#pragma once

#include <QByteArrayView>

namespace airlock {

// Character classes of RFC 9110/9112 shared by the parsers and the config checks.
struct HttpSyntax
{
    static bool isTokenChar(char c);
    static bool isToken(QByteArrayView s); // non-empty run of token characters
    // field-value = *( VCHAR / obs-text / SP / HTAB ): no other control characters.
    static bool isFieldValue(QByteArrayView s);
    static int hexValue(char c); // -1 when c is not a hex digit
};

} // namespace airlock
