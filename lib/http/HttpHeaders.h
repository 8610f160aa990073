#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>

namespace airlock {

struct HttpHeader
{
    QByteArray name; // as received; compared case-insensitively
    QByteArray value;
};

// An ordered header list: order and original spelling are kept so a forwarded head
// differs from the received one only where a policy changed it.
class HttpHeaders
{
public:
    bool contains(QByteArrayView name) const;
    QByteArray value(QByteArrayView name) const; // first occurrence, empty if absent
    QByteArrayList values(QByteArrayView name) const;
    int count(QByteArrayView name) const;
    // Comma-separated list elements of every occurrence, trimmed, empty elements dropped.
    QByteArrayList tokens(QByteArrayView name) const;
    // True when any token of the header equals token (case-insensitive).
    bool hasToken(QByteArrayView name, QByteArrayView token) const;

    void append(const QByteArray& name, const QByteArray& value);
    void set(const QByteArray& name, const QByteArray& value); // replaces all occurrences
    int remove(QByteArrayView name);

    const QList<HttpHeader>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }

    // "Name: value\r\n" for every header, without the terminating empty line.
    QByteArray serialize() const;

    static bool nameEquals(QByteArrayView a, QByteArrayView b);

private:
    QList<HttpHeader> m_entries;
};

} // namespace airlock
