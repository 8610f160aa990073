#include "ws/CloseClassification.h"

namespace airlock {

QString CloseClassification::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Normal:
        return QStringLiteral("normal");
    case Kind::Transient:
        return QStringLiteral("transient");
    case Kind::Permanent:
        return QStringLiteral("permanent");
    }
    return {};
}

} // namespace airlock
