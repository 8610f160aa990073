#include "proxy/AdminEndpoint.h"

#include "http/SecretClassifier.h"
#include "proxy/HttpStatusText.h"
#include "proxy/ProxyContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace airlock {

QByteArray AdminEndpoint::answer(const HttpHead& request, ProxyContext& context)
{
    const qsizetype query = request.target.indexOf('?');
    const QByteArray path = query < 0 ? request.target : request.target.left(query);
    const bool browser = request.headers.contains("Origin");
    const QByteArray origin = request.headers.value("Origin");
    const bool readOnly = request.method == "GET" || request.method == "HEAD";

    HttpHead answer;
    QByteArray body;
    if (path == "/_airlock/ping") {
        if (browser && !context.isKnownOrigin(origin)) {
            answer.status = 403;
            body = "origin " + origin + " is not allowed on any route\n";
        } else if (request.method == "OPTIONS") {
            answer.status = 204;
            answer.headers.append("Access-Control-Allow-Methods", "GET");
            answer.headers.append("Access-Control-Max-Age", "600");
            // Chrome's preflight for a public page reaching a loopback address.
            if (request.headers.contains("Access-Control-Request-Private-Network"))
                answer.headers.append("Access-Control-Allow-Private-Network", "true");
        } else if (readOnly) {
            answer.status = 200;
            answer.headers.append("Content-Type", "text/plain; charset=utf-8");
            body = "airlock\n";
        } else {
            answer.status = 405;
            answer.headers.append("Allow", "GET, OPTIONS");
        }
        if (browser && answer.status != 403) {
            answer.headers.append("Access-Control-Allow-Origin", origin);
            answer.headers.append("Vary", "Origin");
        }
    } else if (path == "/_airlock/metrics" || path == "/_airlock/status") {
        if (browser) {
            answer.status = 403;
            body = "Airlock's metrics are not served to browser pages\n";
        } else if (!readOnly) {
            answer.status = 405;
            answer.headers.append("Allow", "GET, HEAD");
        } else if (path == "/_airlock/metrics") {
            answer.status = 200;
            answer.headers.append("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            body = context.metrics().prometheusText();
        } else {
            answer.status = 200;
            answer.headers.append("Content-Type", "application/json");
            QJsonObject status = context.metrics().toJson();
            QJsonArray routes;
            for (int i = 0; i < context.routes().size(); ++i) {
                const RouteConfig& route = context.routes().route(i);
                QJsonObject entry{{QStringLiteral("name"), route.name},
                                  {QStringLiteral("path"), route.path},
                                  {QStringLiteral("backend"), SecretClassifier::redactedUrl(route.backend)}};
                const QJsonObject health = context.metrics().backendHealth(route.name);
                if (!health.isEmpty())
                    entry.insert(QStringLiteral("health"), health);
                routes.append(entry);
            }
            status.insert(QStringLiteral("routes"), routes);
            status.insert(QStringLiteral("version"), QCoreApplication::applicationVersion());
            body = QJsonDocument(status).toJson(QJsonDocument::Indented);
        }
    } else {
        answer.status = 404;
        body = "no such Airlock endpoint\n";
    }
    answer.reason = HttpStatusText::reasonPhrase(answer.status);
    if (!answer.headers.contains("Content-Type") && !body.isEmpty())
        answer.headers.append("Content-Type", "text/plain; charset=utf-8");
    answer.headers.append("Content-Length", QByteArray::number(body.size()));
    answer.headers.append("Cache-Control", "no-store");
    answer.headers.append("Connection", "close");
    return answer.serialize() + (request.method == "HEAD" ? QByteArray() : body);
}

} // namespace airlock
