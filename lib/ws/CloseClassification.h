#pragma once

#include <QMetaType>
#include <QString>

namespace airlock {

// What a client should do after a connection ended with a given HTTP status or close code.
struct CloseClassification
{
    enum class Kind { Normal, Transient, Permanent };

    Kind kind = Kind::Transient;
    int code = 0; // the input: an HTTP status (100-599) or a close code (1000-4999)
    bool isHttpStatus = false;
    QString explanation; // one short English sentence

    static QString kindName(Kind kind); // "normal", "transient", "permanent"
    // For display: the kind name and explanation (as records keep them, in English) in the language the app
    // installed; a sentence with numbers in it, or one without a translation, stays as it is.
    static QString translatedKindName(const QString& kindName);
    static QString translatedExplanation(const QString& explanation);
};

} // namespace airlock
