#pragma once

#include <QByteArray>

namespace airlock {

// Reason phrases for the statuses Airlock writes itself.
struct HttpStatusText
{
    static QByteArray reasonPhrase(int status);
};

} // namespace airlock
