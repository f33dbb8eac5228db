#include "publish/WebhookConnector.h"

#include "exchange/IncidentExporter.h"
#include "publish/HttpTransport.h"
#include "publish/PublicRendering.h"
#include "time/Rfc3339.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace OutageDesk {

QByteArray WebhookConnector::payload(const PublishContext &context)
{
    QHash<QString, QTimeZone> zones;
    for (auto it = context.render.dataCenterOfInstance.constBegin(); it != context.render.dataCenterOfInstance.constEnd(); ++it)
        zones.insert(it.key(), context.render.zoneOf(it.key()));
    QJsonObject incident = IncidentExporter::incidentToJson(context.incident, zones);
    // The public view has none, but the exporter is the one format meant to carry
    // them: make sure, whatever it does in the future.
    incident.remove(QStringLiteral("internalNotes"));

    QString html;
    for (const auto &u : context.incident.updates)
        html += PublicRendering::markdownToHtml(u.message);
    const QString rca = PublicRendering::rcaToHtml(context.incident, context.render);

    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("outagedesk.publication")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("event"), QStringLiteral("incident.published")},
        {QStringLiteral("idempotencyKey"), context.job.idempotencyKey.toString(QUuid::WithoutBraces)},
        {QStringLiteral("publishedAt"), Rfc3339::formatUtc(context.now)},
        {QStringLiteral("note"), context.job.note},
        {QStringLiteral("incident"), incident},
        {QStringLiteral("updatesHtml"), html},
        {QStringLiteral("rcaHtml"), rca.isEmpty() ? QJsonValue() : QJsonValue(rca)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray WebhookConnector::signature(const QByteArray &body, const QString &secret)
{
    return QByteArrayLiteral("sha256=")
        + QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

PublishOutcome WebhookConnector::publish(PublishContext &context)
{
    const QByteArray body = payload(context);
    const QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("X-OutageDesk-Signature"), signature(body, context.secret)},
        {QByteArrayLiteral("Idempotency-Key"), context.job.idempotencyKey.toString(QUuid::WithoutBraces).toLatin1()},
        {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("OutageDesk")},
    };
    const HttpResponse r = context.http->send("POST", QUrl(context.portal.url), headers, body);
    if (!r.isSuccess())
        return PublishOutcome::fromFailedResponse(
            r, QCoreApplication::translate("WebhookConnector", "Posting to %1").arg(context.portal.url));
    PublishOutcome outcome = PublishOutcome::published();
    outcome.uploads = 1;
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    context.remote.contentHash = hash;
    outcome.contentHashes = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("body"), hash}}).toJson(QJsonDocument::Compact));
    return outcome;
}

} // namespace OutageDesk
