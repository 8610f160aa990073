#include "observe/SessionSnapshot.h"

namespace airlock {

QString SessionSnapshot::kindName(Kind kind)
{
    switch (kind) {
    case Kind::WebSocket:
        return QStringLiteral("websocket");
    case Kind::Bridge:
        return QStringLiteral("bridge");
    case Kind::Http:
        break;
    }
    return QStringLiteral("http");
}

QString SessionSnapshot::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Open:
        return QStringLiteral("open");
    case State::Closing:
        break;
    }
    return QStringLiteral("closing");
}

} // namespace airlock
