#pragma once

#include "observe/RequestRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace airlock {

// The handshake list's filter, parsed from what the user types (see README "Filtering the handshake log"):
// free text, route:NAME, status:404 (or 4xx), code:1014, is:failed|open|ws|http, origin:TEXT; a leading "-"
// negates a term, terms are AND-ed, double quotes keep spaces inside one term. Parsing is pure; an invalid
// text gives a message and the position (0-based, in characters) where the problem starts.
class RequestFilter
{
    Q_DECLARE_TR_FUNCTIONS(RequestFilter)
public:
    enum class Field { Text, Route, Status, Code, Is, Origin };
    struct Term
    {
        Field field = Field::Text;
        QString value; // lower case for Text, Route, Origin, Is, Status
        bool negated = false;
        int position = 0;
    };

    static RequestFilter parse(const QString& text);

    bool isValid() const { return m_errorPosition < 0; }
    bool isEmpty() const { return m_terms.isEmpty(); }
    QString text() const { return m_text; }
    QString errorMessage() const { return m_errorMessage; }
    int errorPosition() const { return m_errorPosition; } // -1 when valid
    QList<Term> terms() const { return m_terms; }

    // An invalid or empty filter matches everything.
    bool matches(const RequestRecord& record) const;

    // Refused, unreachable, client gone, or a close classified transient or permanent (is:failed).
    static bool isFailure(const RequestRecord& record);

    // The syntax in a few lines, for tooltips.
    static QString syntaxHelp();

private:
    static bool termMatches(const Term& term, const RequestRecord& record);

    QString m_text;
    QList<Term> m_terms;
    QString m_errorMessage;
    int m_errorPosition = -1;
};

} // namespace airlock
