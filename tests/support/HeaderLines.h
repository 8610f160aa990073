#pragma once

#include "http/HttpHeaders.h"
#include "http/InjectedHeader.h"

#include <QByteArray>

namespace airlock::test {

// Header blocks written in one table cell: "Name: value" lines separated by '|'.
HttpHeaders headersFromLines(const QByteArray& text);
QByteArray linesFromHeaders(const HttpHeaders& headers);
InjectedHeader injected(const char* name, const char* value, bool secret = false);

} // namespace airlock::test
