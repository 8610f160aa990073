#include "proxy/ResponseHeadReader.h"

#include "proxy/Pump.h"

#include <QIODevice>

namespace airlock {

ResponseHeadReader::ResponseHeadReader()
    : m_parser(HttpHeadParser::Kind::Response)
{}

ResponseHeadReader::Result ResponseHeadReader::read(QIODevice& backend)
{
    for (;;) {
        if (backend.bytesAvailable() > 0)
            m_input += backend.read(Pump::readChunk);
        if (m_input.isEmpty())
            return Result::NeedMore;
        const qsizetype used = m_parser.feed(m_input);
        m_input.remove(0, used);
        if (m_parser.hasError()) {
            m_error = QStringLiteral("backend sent a malformed response head: ") + m_parser.errorDetail();
            return Result::Error;
        }
        if (!m_parser.isComplete()) {
            if (backend.bytesAvailable() > 0)
                continue;
            return Result::NeedMore;
        }
        m_head = m_parser.takeHead();
        m_parser.reset();
        const bool interim = m_head.status >= 100 && m_head.status < 200 && m_head.status != 101;
        return interim ? Result::Interim : Result::Final;
    }
}

} // namespace airlock
