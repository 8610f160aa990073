#pragma once

#include <QObject>

namespace airlock {

// A session's phase object whose part is over: it stops (no signal follows), stops talking to its owner
// and is deleted once control is back in the event loop, because this may run inside one of its own
// signals. Phase needs stop(). Clears the owner's pointer; nothing happens when it is already null.
template <typename Phase>
void dropPhase(Phase*& phase, QObject* owner)
{
    if (!phase)
        return;
    phase->stop();
    phase->disconnect(owner);
    phase->deleteLater();
    phase = nullptr;
}

} // namespace airlock
