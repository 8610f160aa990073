#pragma once

#include "http/HttpHeadParser.h"

#include <QByteArray>

class QIODevice;

namespace airlock {

// Reads a backend's response heads from its socket, one at a time: interim ones (100 Continue, 103) and
// then the final one, after which whatever the backend sent beyond the head is the caller's (leftover()
// plus what is still unread in the socket). Reads at most what it needs; no signals, no timers.
class ResponseHeadReader
{
public:
    enum class Result {
        NeedMore, // no complete head yet
        Interim,  // a 1xx head other than 101 (see head()); call read() again for the next one
        Final,    // the final head (see head() and takeLeftover())
        Error,    // malformed head (see errorDetail())
    };

    ResponseHeadReader();

    Result read(QIODevice& backend);
    HttpHead takeHead() { return std::move(m_head); }
    QByteArray takeLeftover() { return std::exchange(m_input, QByteArray()); }
    QString errorDetail() const { return m_error; }

private:
    HttpHeadParser m_parser;
    QByteArray m_input; // bytes read but not yet parsed
    HttpHead m_head;
    QString m_error;
};

} // namespace airlock
