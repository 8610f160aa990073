#include "observe/FailureReason.h"
#include "observe/RequestRecord.h"
#include "tunnel/UpstreamError.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace airlock;

namespace {

constexpr FailureReason kLast = FailureReason::ClosedAfterUpgrade;

QList<FailureReason> everyReason()
{
    QList<FailureReason> out;
    for (int i = int(FailureReason::None) + 1; i <= int(kLast); ++i)
        out.append(FailureReason(i));
    return out;
}

} // namespace

class tst_FailureReason : public QObject
{
    Q_OBJECT

private slots:
    void idsAreUniqueAndStable();
    void idsWrittenToday_data();
    void idsWrittenToday();
    void roundTrip_data();
    void roundTrip();
    void noneAndUnknownIds();
    void upstreamErrorsMapToTheirIds();
    void recordCarriesTheId();
    void sentences();
    void sentencesTranslated();
};

void tst_FailureReason::idsAreUniqueAndStable()
{
    const QRegularExpression shape(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    QSet<QString> seen;
    for (FailureReason reason : everyReason()) {
        const QString id = failure::id(reason);
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(QStringLiteral("%1: \"%2\"").arg(int(reason)).arg(id)));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(failure::all(), everyReason());
    QCOMPARE(failure::id(FailureReason::None), QString());
}

// Every id a record, header, health result or probe result carried before the enum existed: JSON-lines
// logs and scripts reading X-Airlock-Error depend on these strings.
void tst_FailureReason::idsWrittenToday_data()
{
    QTest::addColumn<FailureReason>("reason");
    const QList<std::pair<FailureReason, const char*>> ids = {
        {FailureReason::PeerUserRefused, "peer_user_refused"},
        {FailureReason::ClientConnectRefused, "client_connect_refused"},
        {FailureReason::AbsoluteTargetRefused, "absolute_target_refused"},
        {FailureReason::BadHost, "bad_host"},
        {FailureReason::HostNotAllowed, "host_not_allowed"},
        {FailureReason::BadTarget, "bad_target"},
        {FailureReason::NoRoute, "no_route"},
        {FailureReason::OriginNotAllowed, "origin_not_allowed"},
        {FailureReason::CrossSiteRequest, "cross_site_request"},
        {FailureReason::BadUpgrade, "bad_upgrade"},
        {FailureReason::WebSocketRequired, "websocket_required"},
        {FailureReason::BridgeSubprotocol, "bridge_subprotocol"},
        {FailureReason::HandshakeRateLimited, "handshake_rate_limited"},
        {FailureReason::BadRequestBody, "bad_request_body"},
        {FailureReason::BadRequestHead, "bad_request_head"},
        {FailureReason::HeadTooLarge, "head_too_large"},
        {FailureReason::RequestLineTooLong, "request_line_too_long"},
        {FailureReason::HeadTimeout, "head_timeout"},
        {FailureReason::ConnectionLimit, "connection_limit"},
        {FailureReason::Shutdown, "shutdown"},
        {FailureReason::ClientGone, "client_gone"},
        {FailureReason::ClientProtocolError, "client_protocol_error"},
        {FailureReason::BackendClosed, "backend_closed"},
        {FailureReason::BackendRefusedUpgrade, "backend_refused_upgrade"},
        {FailureReason::BackendProtocolError, "backend_protocol_error"},
        {FailureReason::BadBackendResponse, "bad_backend_response"},
        {FailureReason::BadBackendUpgrade, "bad_backend_upgrade"},
        {FailureReason::UpgradeTimeout, "upgrade_timeout"},
        {FailureReason::ResponseTimeout, "response_timeout"},
        {FailureReason::ProxyConfig, "proxy_config"},
        {FailureReason::DnsFailed, "dns_failed"},
        {FailureReason::ConnectRefused, "connect_refused"},
        {FailureReason::ConnectTimeout, "connect_timeout"},
        {FailureReason::NetworkError, "network_error"},
        {FailureReason::ProxyUnreachable, "proxy_unreachable"},
        {FailureReason::ProxyTimeout, "proxy_timeout"},
        {FailureReason::ProxyAuthRequired, "proxy_auth_required"},
        {FailureReason::ProxyRefused, "proxy_refused"},
        {FailureReason::ProxyProtocolError, "proxy_protocol_error"},
        {FailureReason::TlsFailed, "tls_failed"},
        {FailureReason::TlsTimeout, "tls_timeout"},
        {FailureReason::IdleTimeout, "idle_timeout"},
        {FailureReason::DrainTimeout, "drain_timeout"},
        {FailureReason::BadStatus, "bad_status"},
        {FailureReason::Timeout, "timeout"},
        {FailureReason::BadResponse, "bad_response"},
        {FailureReason::ClosedAfterUpgrade, "closed_after_upgrade"},
    };
    QCOMPARE(ids.size(), everyReason().size()); // a new reason needs its id pinned here
    for (const auto& [reason, id] : ids)
        QTest::newRow(id) << reason;
}

void tst_FailureReason::idsWrittenToday()
{
    QFETCH(FailureReason, reason);
    QCOMPARE(failure::id(reason), QString::fromLatin1(QTest::currentDataTag()));
}

void tst_FailureReason::roundTrip_data()
{
    QTest::addColumn<FailureReason>("reason");
    for (FailureReason reason : everyReason())
        QTest::newRow(qPrintable(failure::id(reason))) << reason;
}

void tst_FailureReason::roundTrip()
{
    QFETCH(FailureReason, reason);
    bool ok = false;
    QCOMPARE(failure::fromId(failure::id(reason), &ok), reason);
    QVERIFY(ok);
}

void tst_FailureReason::noneAndUnknownIds()
{
    bool ok = false;
    QCOMPARE(failure::fromId(u"", &ok), FailureReason::None);
    QVERIFY(ok);
    QCOMPARE(failure::fromId(u"no_such_reason", &ok), FailureReason::None);
    QVERIFY(!ok);
    QCOMPARE(failure::sentence(FailureReason::None), QString());
}

// The connector's errors keep their names when they become a record's reason.
void tst_FailureReason::upstreamErrorsMapToTheirIds()
{
    for (int i = int(UpstreamError::DnsFailed); i <= int(UpstreamError::TlsTimeout); ++i) {
        const auto error = UpstreamError(i);
        QCOMPARE(failure::id(toFailureReason(error)), upstreamErrorName(error));
    }
    QCOMPARE(toFailureReason(UpstreamError::None), FailureReason::None);
}

void tst_FailureReason::recordCarriesTheId()
{
    RequestRecord r;
    QVERIFY(!r.toJson().contains(QStringLiteral("failure")));
    r.failureReason = FailureReason::OriginNotAllowed;
    r.failureDetail = QStringLiteral("origin https://evil.example is not allowed on route echo");
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("failure")).toString(), QStringLiteral("origin_not_allowed"));
    QCOMPARE(json.value(QStringLiteral("failureDetail")).toString(), r.failureDetail);
}

void tst_FailureReason::sentences()
{
    QSet<QString> seen;
    for (FailureReason reason : everyReason()) {
        const QString text = failure::sentence(reason);
        QVERIFY2(!text.isEmpty() && text.front().isUpper() && text.endsWith(u'.'), qPrintable(failure::id(reason)));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
}

// The app's German catalogue (built next to the airlock binary) has every sentence.
void tst_FailureReason::sentencesTranslated()
{
    const QString qm = QDir(qEnvironmentVariable("AIRLOCK_BINARY_DIR")).filePath(QStringLiteral("app/airlock_de.qm"));
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    for (FailureReason reason : everyReason()) {
        const QString german = failure::sentence(reason);
        QCoreApplication::removeTranslator(&translator);
        const QString english = failure::sentence(reason);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QVERIFY2(german != english, qPrintable(failure::id(reason) + QStringLiteral(": ") + english));
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(tst_FailureReason)
#include "tst_failurereason.moc"
