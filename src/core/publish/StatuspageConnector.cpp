#include "publish/StatuspageConnector.h"

#include "publish/HttpTransport.h"
#include "publish/PublicRendering.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StatuspageConnector", text);
}

const QString kMetadataNamespace = QStringLiteral("outagedesk");

QString apiBase(const PublishContext &context)
{
    QString base = context.portal.url.isEmpty() ? QStringLiteral("https://api.statuspage.io") : context.portal.url;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!base.endsWith(QLatin1String("/v1")))
        base += QStringLiteral("/v1");
    return base + QStringLiteral("/pages/") + QString::fromLatin1(QUrl::toPercentEncoding(context.portal.pageId));
}

QList<QPair<QByteArray, QByteArray>> headers(const PublishContext &context)
{
    return {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("OAuth ") + context.secret.toUtf8()},
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
            {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString hashOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString statusBody(const StatusUpdate &update)
{
    // Statuspage renders a Markdown subset of its own; the message is published as typed.
    return update.message;
}

QString ourIncidentId(const QJsonObject &incident)
{
    return incident.value(QStringLiteral("metadata")).toObject().value(kMetadataNamespace).toObject()
        .value(QStringLiteral("incident_id")).toString();
}

// The remote incidents that carry our UUID in their metadata.
std::optional<QJsonArray> findOurs(PublishContext &context, const QString &base,
                                   const QList<QPair<QByteArray, QByteArray>> &hdrs, PublishOutcome *failure)
{
    QUrl url(base + QStringLiteral("/incidents"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), context.incident.title);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    url.setQuery(query);
    const HttpResponse r = context.http->send("GET", url, hdrs);
    if (!r.isSuccess()) {
        *failure = PublishOutcome::fromFailedResponse(r, tr("Looking up incident on Statuspage"));
        return std::nullopt;
    }
    QJsonArray ours;
    const QJsonArray found = QJsonDocument::fromJson(r.body).array();
    for (const QJsonValue &v : found) {
        if (ourIncidentId(v.toObject()) == context.incident.uuidString())
            ours.append(v);
    }
    return ours;
}

// After an attempt that may have posted updates without hearing back (a lost
// answer, a crash), the incident's own list says which of ours arrived: our updates
// are matched by text, in order, after the ones we know were sent. An update typed
// on Statuspage's own page does not match ours and is left alone.
bool reconcileUpdates(PublishContext &context, const QUrl &incidentUrl, const QList<QPair<QByteArray, QByteArray>> &hdrs,
                      PublishOutcome *failure)
{
    const HttpResponse r = context.http->send("GET", incidentUrl, hdrs);
    if (!r.isSuccess()) {
        *failure = PublishOutcome::fromFailedResponse(r, tr("Reading the incident back from Statuspage"));
        return false;
    }
    QStringList remote;
    const QJsonArray updates = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("incident_updates")).toArray();
    for (const QJsonValue &v : updates)
        remote << v.toObject().value(QStringLiteral("body")).toString();
    const QList<StatusUpdate> &ours = context.incident.updates;
    for (int i = 0; i < std::min<int>(context.remote.updatesSent, ours.size()); ++i)
        remote.removeOne(statusBody(ours.at(i)));
    const int known = context.remote.updatesSent;
    while (context.remote.updatesSent < ours.size() && remote.removeOne(statusBody(ours.at(context.remote.updatesSent))))
        ++context.remote.updatesSent;
    if (context.remote.updatesSent == known)
        return true;
    QString error;
    if (!context.recordProgress(context.remote, &error)) {
        *failure = PublishOutcome::transient(error);
        return false;
    }
    return true;
}

} // namespace

QJsonObject StatuspageConnector::componentStatuses(const PublishContext &context)
{
    QJsonObject components;
    const qint64 nowMs = context.now.toMSecsSinceEpoch();
    for (const auto &w : context.incident.windows) {
        const QString id = context.portal.componentMap.value(w.instance);
        if (id.isEmpty())
            continue;
        const bool current = w.start.toMSecsSinceEpoch() <= nowMs && (w.isOngoing() || w.end.toMSecsSinceEpoch() > nowMs);
        QString status = QStringLiteral("operational");
        if (current && context.incident.status != IncidentStatus::Resolved) {
            switch (w.impact) {
            case Impact::Outage:
                status = QStringLiteral("major_outage");
                break;
            case Impact::Degraded:
                status = QStringLiteral("degraded_performance");
                break;
            case Impact::Maintenance:
                status = QStringLiteral("under_maintenance");
                break;
            }
        }
        // The worst state wins when several windows name the same component.
        const QString previous = components.value(id).toString();
        if (previous.isEmpty() || previous == QLatin1String("operational"))
            components.insert(id, status);
    }
    return components;
}

QJsonObject StatuspageConnector::createBody(const PublishContext &context, int updateIndex)
{
    const Incident &incident = context.incident;
    QJsonObject body;
    body.insert(QStringLiteral("name"), incident.title);
    const StatusUpdate *update = updateIndex >= 0 && updateIndex < incident.updates.size() ? &incident.updates.at(updateIndex) : nullptr;
    body.insert(QStringLiteral("status"), toWireName(update ? update->status : incident.status));
    body.insert(QStringLiteral("impact_override"), toWireName(incident.severity));
    if (update)
        body.insert(QStringLiteral("body"), statusBody(*update));
    const QJsonObject components = componentStatuses(context);
    QJsonArray ids;
    for (auto it = components.constBegin(); it != components.constEnd(); ++it)
        ids.append(it.key());
    body.insert(QStringLiteral("component_ids"), ids);
    body.insert(QStringLiteral("components"), components);
    body.insert(QStringLiteral("deliver_notifications"), context.job.notifySubscribers);
    body.insert(QStringLiteral("metadata"),
                QJsonObject{{kMetadataNamespace, QJsonObject{{QStringLiteral("incident_id"), incident.uuidString()}}}});
    return QJsonObject{{QStringLiteral("incident"), body}};
}

PublishOutcome StatuspageConnector::publish(PublishContext &context)
{
    if (context.portal.pageId.isEmpty())
        return PublishOutcome::permanent(tr("Portal %1 has no Statuspage page id.").arg(context.portal.name));
    const QString base = apiBase(context);
    const auto hdrs = headers(context);
    const Incident &incident = context.incident;
    int uploads = 0;

    // An earlier attempt may have created the incident and lost the answer: look first.
    bool checkDuplicates = false;
    if (context.remote.remoteId.isEmpty() && context.job.attempts > 1) {
        PublishOutcome failure;
        const auto ours = findOurs(context, base, hdrs, &failure);
        if (!ours)
            return failure;
        if (!ours->isEmpty()) {
            const QJsonObject o = ours->first().toObject();
            context.remote.remoteId = o.value(QStringLiteral("id")).toString();
            // What it holds: the update it was created with, and any after it.
            context.remote.updatesSent = std::max(context.remote.updatesSent,
                                                  int(o.value(QStringLiteral("incident_updates")).toArray().size()));
            QString error;
            if (!context.recordProgress(context.remote, &error))
                return PublishOutcome::transient(error);
            checkDuplicates = ours->size() > 1;
        }
    }

    if (context.remote.remoteId.isEmpty()) {
        const int first = incident.updates.isEmpty() ? -1 : 0;
        const HttpResponse r = context.http->send("POST", QUrl(base + QStringLiteral("/incidents")), hdrs,
                                                  json(createBody(context, first)));
        if (!r.isSuccess())
            return PublishOutcome::fromFailedResponse(r, tr("Creating incident on Statuspage"));
        const QString id = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return PublishOutcome::permanent(tr("Statuspage created the incident but sent no id back."));
        context.remote.remoteId = id;
        context.remote.updatesSent = first < 0 ? 0 : 1;
        QString error;
        if (!context.recordProgress(context.remote, &error))
            return PublishOutcome::permanent(error);
        ++uploads;
        // QNetworkAccessManager silently re-sends a request whose connection closed
        // before any answer, POST included: the service may now hold two.
        checkDuplicates = true;
    }

    if (checkDuplicates) {
        PublishOutcome failure;
        const auto ours = findOurs(context, base, hdrs, &failure);
        if (!ours)
            return failure;
        for (const QJsonValue &v : *ours) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            if (id == context.remote.remoteId || id.isEmpty())
                continue;
            const HttpResponse r = context.http->send("DELETE", QUrl(base + QStringLiteral("/incidents/") + id), hdrs);
            if (!r.isSuccess() && r.status != 404)
                return PublishOutcome::fromFailedResponse(r, tr("Removing duplicate incident %1 from Statuspage").arg(id));
        }
    }

    const QUrl incidentUrl(base + QStringLiteral("/incidents/") + context.remote.remoteId);
    if (context.job.attempts > 1 && context.remote.updatesSent < incident.updates.size()) {
        PublishOutcome failure;
        if (!reconcileUpdates(context, incidentUrl, hdrs, &failure))
            return failure;
    }
    for (int i = context.remote.updatesSent; i < incident.updates.size(); ++i) {
        const StatusUpdate &u = incident.updates.at(i);
        QJsonObject body{{QStringLiteral("status"), toWireName(u.status)},
                         {QStringLiteral("body"), statusBody(u)},
                         {QStringLiteral("impact_override"), toWireName(incident.severity)},
                         {QStringLiteral("deliver_notifications"), context.job.notifySubscribers}};
        const QJsonObject components = componentStatuses(context);
        if (!components.isEmpty())
            body.insert(QStringLiteral("components"), components);
        const HttpResponse r = context.http->send("PATCH", incidentUrl, hdrs, json(QJsonObject{{QStringLiteral("incident"), body}}));
        if (!r.isSuccess())
            return PublishOutcome::fromFailedResponse(r, tr("Posting update %1 to Statuspage").arg(i + 1));
        context.remote.updatesSent = i + 1;
        QString error;
        if (!context.recordProgress(context.remote, &error))
            return PublishOutcome::permanent(error);
        ++uploads;
    }

    const QString rcaHtml = PublicRendering::rcaToHtml(incident, context.render);
    // Each publication adds a line to the RCA's generated Publication History; that
    // alone is no reason to publish the postmortem (and notify) again.
    Incident withoutHistory = incident;
    withoutHistory.publications.clear();
    const QString postmortemHash = hashOf(PublicRendering::rcaToHtml(withoutHistory, context.render));
    if (!rcaHtml.isEmpty() && postmortemHash != context.remote.postmortemHash) {
        const QString postmortemUrl = incidentUrl.toString() + QStringLiteral("/postmortem");
        HttpResponse r = context.http->send("PUT", QUrl(postmortemUrl), hdrs,
                                            json(QJsonObject{{QStringLiteral("postmortem"),
                                                              QJsonObject{{QStringLiteral("body_draft"), rcaHtml}}}}));
        if (!r.isSuccess())
            return PublishOutcome::fromFailedResponse(r, tr("Sending the postmortem to Statuspage"));
        r = context.http->send("PUT", QUrl(postmortemUrl + QStringLiteral("/publish")), hdrs,
                               json(QJsonObject{{QStringLiteral("postmortem"),
                                                 QJsonObject{{QStringLiteral("notify_subscribers"), context.job.notifySubscribers},
                                                             {QStringLiteral("notify_twitter"), false},
                                                             {QStringLiteral("custom_tweet"), QString()}}}}));
        if (!r.isSuccess())
            return PublishOutcome::fromFailedResponse(r, tr("Publishing the postmortem on Statuspage"));
        context.remote.postmortemHash = postmortemHash;
        uploads += 2;
    }

    PublishOutcome outcome = PublishOutcome::published();
    outcome.remoteId = context.remote.remoteId;
    outcome.uploads = uploads;
    outcome.contentHashes = QString::fromUtf8(json(QJsonObject{{QStringLiteral("postmortem"), context.remote.postmortemHash},
                                                                {QStringLiteral("updates"), context.remote.updatesSent}}));
    return outcome;
}

} // namespace OutageDesk
