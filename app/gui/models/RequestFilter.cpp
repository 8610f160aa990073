#include "gui/models/RequestFilter.h"

#include "observe/FailureReason.h"

namespace airlock {

namespace {

// The value of the request's Origin header, empty without one.
QString originOf(const RequestRecord& record)
{
    const QList<QByteArray> lines = record.clientRequestHead.split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("origin", Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(line.mid(colon + 1).trimmed());
    }
    return {};
}

// "404" matches 404, "4xx" every 4xx, "40x" 400..409.
bool statusMatches(const QString& pattern, int status)
{
    if (status <= 0)
        return false;
    const QString digits = QString::number(status);
    if (digits.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != u'x' && pattern[i] != digits[i])
            return false;
    }
    return true;
}

bool validStatus(const QString& value)
{
    if (value.size() != 3 || value[0] < u'1' || value[0] > u'5')
        return false;
    for (QChar c : value) {
        if (!c.isDigit() && c != u'x')
            return false;
    }
    return true;
}

} // namespace

RequestFilter RequestFilter::parse(const QString& text)
{
    RequestFilter filter;
    filter.m_text = text;
    const auto fail = [&filter](const QString& message, qsizetype position) {
        filter.m_terms.clear();
        filter.m_errorMessage = message;
        filter.m_errorPosition = int(position);
        return filter;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        Term term;
        term.position = int(i);
        if (text[i] == u'-') {
            term.negated = true;
            ++i;
            if (i >= n || text[i].isSpace())
                return fail(tr("A \"-\" must be followed by the term it excludes."), term.position);
        }
        // A field name: letters up to a colon, outside quotes.
        qsizetype k = i;
        while (k < n && text[k].isLetter())
            ++k;
        QString key;
        if (k > i && k < n && text[k] == u':') {
            key = text.mid(i, k - i).toLower();
            i = k + 1;
        }
        QString value;
        qsizetype quoteAt = -1;
        while (i < n && (quoteAt >= 0 || !text[i].isSpace())) {
            if (text[i] == u'"') {
                quoteAt = quoteAt >= 0 ? -1 : i;
            } else {
                value.append(text[i]);
            }
            ++i;
        }
        if (quoteAt >= 0)
            return fail(tr("This quote is never closed."), quoteAt);

        if (key.isEmpty()) {
            term.field = Field::Text;
        } else if (key == QLatin1String("route")) {
            term.field = Field::Route;
        } else if (key == QLatin1String("status")) {
            term.field = Field::Status;
        } else if (key == QLatin1String("code")) {
            term.field = Field::Code;
        } else if (key == QLatin1String("is")) {
            term.field = Field::Is;
        } else if (key == QLatin1String("origin")) {
            term.field = Field::Origin;
        } else {
            return fail(tr("Unknown field \"%1:\"; use route:, status:, code:, is: or origin:, or put the text in "
                           "quotes.")
                            .arg(key),
                        term.position + (term.negated ? 1 : 0));
        }
        const qsizetype valueAt = term.position + (term.negated ? 1 : 0) + (key.isEmpty() ? 0 : key.size() + 1);
        if (value.isEmpty()) {
            if (key.isEmpty())
                continue; // "" alone: nothing to match
            return fail(tr("\"%1:\" needs a value.").arg(key), valueAt);
        }
        if (term.field != Field::Code)
            value = value.toLower();
        if (term.field == Field::Status && !validStatus(value))
            return fail(tr("A status is three digits, like 404, or a range like 4xx."), valueAt);
        if (term.field == Field::Code) {
            bool ok = false;
            const int code = value.toInt(&ok);
            if (!ok || code < 1000 || code > 4999)
                return fail(tr("A close code is a number from 1000 to 4999."), valueAt);
        }
        if (term.field == Field::Is && value != QLatin1String("failed") && value != QLatin1String("open") &&
            value != QLatin1String("ws") && value != QLatin1String("http"))
            return fail(tr("\"is:\" takes failed, open, ws or http."), valueAt);
        term.value = value;
        filter.m_terms.append(term);
    }
    return filter;
}

bool RequestFilter::isFailure(const RequestRecord& record)
{
    switch (record.outcome) {
    case RequestRecord::Outcome::Rejected:
    case RequestRecord::Outcome::BackendRejected:
    case RequestRecord::Outcome::UpstreamFailed:
    case RequestRecord::Outcome::ClientGone:
        return true;
    default:
        break;
    }
    return record.classification == QLatin1String("transient") || record.classification == QLatin1String("permanent");
}

bool RequestFilter::matches(const RequestRecord& record) const
{
    for (const Term& term : m_terms) {
        if (termMatches(term, record) == term.negated)
            return false;
    }
    return true;
}

bool RequestFilter::termMatches(const Term& term, const RequestRecord& record)
{
    const auto contains = [&term](const QString& haystack) {
        return haystack.contains(term.value, Qt::CaseInsensitive);
    };
    switch (term.field) {
    case Field::Text:
        return contains(record.route) || contains(QString::fromLatin1(record.method + ' ' + record.target)) ||
               contains(record.clientAddress + u':' + QString::number(record.clientPort)) ||
               (record.failureReason != FailureReason::None && contains(failure::sentence(record.failureReason))) ||
               contains(record.failureDetail) || contains(record.backendUrl);
    case Field::Route:
        return record.route.compare(term.value, Qt::CaseInsensitive) == 0;
    case Field::Status:
        return statusMatches(term.value, record.httpStatus) || statusMatches(term.value, record.backendStatus);
    case Field::Code:
        return record.closeCode == term.value.toInt();
    case Field::Is:
        if (term.value == QLatin1String("failed"))
            return isFailure(record);
        if (term.value == QLatin1String("open"))
            return record.outcome == RequestRecord::Outcome::Open;
        if (term.value == QLatin1String("ws"))
            return record.kind == RequestRecord::Kind::WebSocket;
        return record.kind == RequestRecord::Kind::Http;
    case Field::Origin:
        return contains(originOf(record));
    }
    return false;
}

QString RequestFilter::syntaxHelp()
{
    return tr("<b>Filter</b>: words match route, method and path, client address, failure and backend URL "
              "(any case).<br>"
              "<code>route:NAME</code> the route named NAME<br>"
              "<code>status:404</code> or <code>status:4xx</code> the HTTP status sent or answered by the "
              "backend<br>"
              "<code>code:1014</code> the WebSocket close code<br>"
              "<code>is:failed</code>, <code>is:open</code>, <code>is:ws</code>, <code>is:http</code><br>"
              "<code>origin:TEXT</code> the page's Origin contains TEXT<br>"
              "A leading <code>-</code> excludes, all terms must match, \"double quotes\" keep spaces.");
}

} // namespace airlock
