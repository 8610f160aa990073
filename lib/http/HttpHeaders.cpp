#include "http/HttpHeaders.h"

namespace airlock {

bool HttpHeaders::nameEquals(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    for (const HttpHeader& h : m_entries) {
        if (nameEquals(h.name, name))
            return true;
    }
    return false;
}

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const HttpHeader& h : m_entries) {
        if (nameEquals(h.name, name))
            return h.value;
    }
    return {};
}

QByteArrayList HttpHeaders::values(QByteArrayView name) const
{
    QByteArrayList result;
    for (const HttpHeader& h : m_entries) {
        if (nameEquals(h.name, name))
            result.append(h.value);
    }
    return result;
}

int HttpHeaders::count(QByteArrayView name) const
{
    int n = 0;
    for (const HttpHeader& h : m_entries) {
        if (nameEquals(h.name, name))
            ++n;
    }
    return n;
}

QByteArrayList HttpHeaders::tokens(QByteArrayView name) const
{
    QByteArrayList result;
    for (const HttpHeader& h : m_entries) {
        if (!nameEquals(h.name, name))
            continue;
        const QByteArrayList parts = h.value.split(',');
        for (const QByteArray& part : parts) {
            const QByteArray token = part.trimmed();
            if (!token.isEmpty())
                result.append(token);
        }
    }
    return result;
}

bool HttpHeaders::hasToken(QByteArrayView name, QByteArrayView token) const
{
    const QByteArrayList list = tokens(name);
    for (const QByteArray& t : list) {
        if (nameEquals(t, token))
            return true;
    }
    return false;
}

void HttpHeaders::append(const QByteArray& name, const QByteArray& value)
{
    m_entries.append({name, value});
}

void HttpHeaders::set(const QByteArray& name, const QByteArray& value)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (nameEquals(m_entries[i].name, name)) {
            m_entries[i].value = value;
            for (qsizetype j = m_entries.size() - 1; j > i; --j) {
                if (nameEquals(m_entries[j].name, name))
                    m_entries.removeAt(j);
            }
            return;
        }
    }
    append(name, value);
}

int HttpHeaders::remove(QByteArrayView name)
{
    return int(m_entries.removeIf([name](const HttpHeader& h) { return nameEquals(h.name, name); }));
}

QByteArray HttpHeaders::serialize() const
{
    QByteArray out;
    qsizetype size = 0;
    for (const HttpHeader& h : m_entries)
        size += h.name.size() + h.value.size() + 4;
    out.reserve(size);
    for (const HttpHeader& h : m_entries) {
        out.append(h.name);
        out.append(": ");
        out.append(h.value);
        out.append("\r\n");
    }
    return out;
}

} // namespace airlock
