#include "proxy/RequestHeadReader.h"

#include "proxy/Pump.h"

#include <QTcpSocket>

namespace airlock {

namespace {

HttpHeadParser::Limits requestLimits(const LimitsConfig& limits)
{
    HttpHeadParser::Limits l;
    l.maxHeaderBytes = limits.maxHeaderBytes;
    l.maxStartLineBytes = limits.maxRequestLineBytes;
    return l;
}

} // namespace

RequestHeadReader::RequestHeadReader(QTcpSocket* client, const LimitsConfig& limits, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_timeoutMs(limits.headTimeoutMs)
    , m_parser(HttpHeadParser::Kind::Request, requestLimits(limits))
    , m_timer(DeadlineQueue::forCurrentThread(), [this] { onTimeout(); })
{
    connect(m_client, &QTcpSocket::readyRead, this, &RequestHeadReader::read);
}

void RequestHeadReader::start(QByteArray input)
{
    m_parser.reset();
    m_input = std::move(input);
    m_reading = true;
    m_timer.start(m_timeoutMs);
    if (!m_input.isEmpty() || m_client->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &RequestHeadReader::read, Qt::QueuedConnection);
}

void RequestHeadReader::stop()
{
    m_reading = false;
    m_timer.stop();
}

bool RequestHeadReader::midHead() const
{
    return m_parser.bufferedBytes() > 0 || !m_input.isEmpty();
}

void RequestHeadReader::read()
{
    // Otherwise the bytes are someone else's, or stay in the socket's bounded buffer until they are.
    if (!m_reading)
        return;
    // Straight into m_input, sized to what is there: a QByteArray from QIODevice::read() keeps the
    // capacity it was read with.
    if (const qint64 available = qMin(m_client->bytesAvailable(), Pump::readChunk); available > 0) {
        const qsizetype old = m_input.size();
        m_input.resize(old + available);
        m_input.resize(old + qMax<qint64>(0, m_client->read(m_input.data() + old, available)));
    }
    if (m_input.isEmpty())
        return;
    const qsizetype used = m_parser.feed(m_input);
    m_input.remove(0, used);
    if (m_parser.hasError()) {
        stop();
        const int status = m_parser.errorStatus();
        emit failed(status,
                    status == 431   ? FailureReason::HeadTooLarge
                    : status == 414 ? FailureReason::RequestLineTooLong
                                    : FailureReason::BadRequestHead,
                    m_parser.errorDetail());
        return;
    }
    if (m_parser.isComplete()) {
        stop();
        const HttpHead head = m_parser.takeHead();
        // Neither the parser's copy of the head nor an empty input keeps its block: this reader stays with the
        // session, and a tunnel that stays idle for hours would hold them all that time.
        m_parser.reset();
        const QByteArray leftover = m_input.isEmpty() ? QByteArray() : m_input;
        m_input = QByteArray();
        emit headReady(head, leftover);
    }
}

void RequestHeadReader::onTimeout()
{
    if (!m_reading)
        return;
    const bool partial = midHead();
    stop();
    if (partial)
        emit failed(408, FailureReason::HeadTimeout,
                    QStringLiteral("the request head was not complete within %1 ms").arg(m_timeoutMs));
    else
        emit idle();
}

} // namespace airlock
