#pragma once

#include "http/HttpHead.h"

#include <QString>

namespace airlock {

// Incremental HTTP/1.x head parser. Pure: fed bytes, no sockets. It consumes bytes only up
// to the end of the head, so whatever follows (a body, WebSocket frames) stays with the caller.
class HttpHeadParser
{
public:
    enum class Kind { Request, Response };
    enum class Status { NeedMore, Complete, Error };

    struct Limits
    {
        int maxStartLineBytes = 8192;   // request (or status) line over this -> 414 (502 for a response)
        int maxHeaderBytes = 16 * 1024; // whole head over this -> 431
        int maxHeaderCount = 128;       // more header lines -> 431
    };

    explicit HttpHeadParser(Kind kind);
    HttpHeadParser(Kind kind, Limits limits);

    // Returns how many bytes of data were consumed. Once the status is Complete or Error,
    // further calls consume nothing.
    qsizetype feed(QByteArrayView data);
    void reset();

    Status status() const { return m_status; }
    bool isComplete() const { return m_status == Status::Complete; }
    bool hasError() const { return m_status == Status::Error; }
    // For request heads: the status to answer with (400, 414, 431, 501, 505).
    int errorStatus() const { return m_errorStatus; }
    QString errorDetail() const { return m_errorDetail; }

    const HttpHead& head() const { return m_head; }
    HttpHead takeHead() { return std::move(m_head); }
    // Bytes buffered so far (the head once complete), for records.
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    void fail(int status, const QString& detail);
    bool parseHead();
    bool parseStartLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);

    Kind m_kind;
    Limits m_limits;
    Status m_status = Status::NeedMore;
    int m_errorStatus = 0;
    QString m_errorDetail;
    QByteArray m_buffer;
    qsizetype m_scanFrom = 0;
    HttpHead m_head;
};

} // namespace airlock
