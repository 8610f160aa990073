#include "ws/CloseClassification.h"

#include <QCoreApplication>

namespace airlock {

QString CloseClassification::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Normal:
        return QStringLiteral(QT_TRANSLATE_NOOP("CloseClassification", "normal"));
    case Kind::Transient:
        return QStringLiteral(QT_TRANSLATE_NOOP("CloseClassification", "transient"));
    case Kind::Permanent:
        return QStringLiteral(QT_TRANSLATE_NOOP("CloseClassification", "permanent"));
    }
    return {};
}

QString CloseClassification::translatedKindName(const QString& kindName)
{
    return translatedExplanation(kindName);
}

QString CloseClassification::translatedExplanation(const QString& explanation)
{
    if (explanation.isEmpty())
        return explanation;
    return QCoreApplication::translate("CloseClassification", explanation.toUtf8().constData());
}

} // namespace airlock
