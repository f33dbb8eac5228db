#include "publish/StatuspageConnector.h"

#include "publish/HttpTransport.h"
#include "publish/PublicRendering.h"
#include "time/Rfc3339.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <optional>

#include <algorithm>
#include <cstdlib>

// Every field name, status and limit here is checked against Atlassian's public
// Statuspage REST API v1 reference (https://developer.statuspage.io/, the OpenAPI
// description behind it): postPagesPageIdIncidents and patchPagesPageIdIncidentsIncidentId
// (name ≤ 255 characters, body ≤ 25,000, status investigating|identified|monitoring|
// resolved or scheduled|in_progress|verifying|completed, impact_override, scheduled_for,
// scheduled_until, scheduled_remind_prior, scheduled_auto_in_progress,
// scheduled_auto_completed, auto_transition_to_maintenance_state,
// auto_transition_to_operational_state, backfilled — "if true, components cannot be
// specified" — backfill_date, metadata, deliver_notifications, components,
// component_ids), patchPagesPageIdIncidentsIncidentIdIncidentUpdatesIncidentUpdateId
// (incident_update.display_at), getPagesPageIdIncidents (q, limit ≤ 100, page), and
// Atlassian's rate-limit notice for the REST API (one request per second per API key
// over a rolling minute; 420, since 2021 also 429, with Retry-After).
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

// The remote incidents that carry our UUID in their metadata. Statuspage cannot
// search metadata, so first the newest incidents are read and matched on our UUID
// (a create whose answer was lost is among the newest, whatever its title now);
// only when none matches, a search by the current title (Statuspage's `q`) reaches
// older ones, still matched on our UUID, never on the title alone.
std::optional<QJsonArray> findOurs(PublishContext &context, const QString &base,
                                   const QList<QPair<QByteArray, QByteArray>> &hdrs, PublishOutcome *failure)
{
    for (const bool byTitle : {false, true}) {
        QUrl url(base + QStringLiteral("/incidents"));
        QUrlQuery query;
        if (byTitle)
            query.addQueryItem(QStringLiteral("q"), context.incident.title);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
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
        if (!ours.isEmpty() || byTitle)
            return ours;
    }
    return QJsonArray();
}

// The id of the incident update Statuspage made of `body`: the newest with that text.
QString updateIdFor(const QJsonObject &incident, const QString &body)
{
    QString id;
    QString newest;
    const QJsonArray updates = incident.value(QStringLiteral("incident_updates")).toArray();
    for (const QJsonValue &v : updates) {
        const QJsonObject u = v.toObject();
        const QString created = u.value(QStringLiteral("created_at")).toString();
        if (u.value(QStringLiteral("body")).toString() == body && (id.isEmpty() || created > newest)) {
            id = u.value(QStringLiteral("id")).toString();
            newest = created;
        }
    }
    return id;
}

// Statuspage stamps an update with the moment it arrives. One typed earlier (a
// backfilled incident, a publication after a day offline) gets its own time back,
// so the portal's history does not say everything happened today.
bool dateUpdate(PublishContext &context, const QString &incidentUrl, const QJsonObject &incident,
                const StatusUpdate &update, const QList<QPair<QByteArray, QByteArray>> &hdrs, int number,
                PublishOutcome *failure)
{
    constexpr qint64 kLateSeconds = 60;
    if (!update.at.isValid() || std::abs(update.at.secsTo(context.now)) <= kLateSeconds)
        return true;
    const QString id = updateIdFor(incident, statusBody(update));
    if (id.isEmpty())
        return true; // nothing to date: the service did not list it back
    const QJsonObject body{{QStringLiteral("incident_update"),
                            QJsonObject{{QStringLiteral("display_at"), Rfc3339::formatUtc(update.at)},
                                        {QStringLiteral("deliver_notifications"), false}}}};
    const HttpResponse r = context.http->send(
        "PATCH", QUrl(incidentUrl + QStringLiteral("/incident_updates/") + QString::fromLatin1(QUrl::toPercentEncoding(id))),
        hdrs, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!r.isSuccess()) {
        *failure = PublishOutcome::fromFailedResponse(r, tr("Setting the time of update %1 on Statuspage").arg(number));
        return false;
    }
    return true;
}

// A maintenance's status on Statuspage's own scale, from ours and the time.
QString maintenanceStatus(IncidentStatus status, const QDateTime &at, const Incident &incident)
{
    if (status == IncidentStatus::Resolved)
        return QStringLiteral("completed");
    if (status == IncidentStatus::Monitoring)
        return QStringLiteral("verifying");
    const QDateTime start = incident.firstStart();
    if (start.isValid() && at < start)
        return QStringLiteral("scheduled");
    return QStringLiteral("in_progress");
}

QString wireStatus(const Incident &incident, IncidentStatus status, const QDateTime &at)
{
    return StatuspageConnector::isMaintenance(incident) ? maintenanceStatus(status, at, incident) : toWireName(status);
}

int rankOf(const QString &componentStatus)
{
    static const QStringList order{QStringLiteral("operational"), QStringLiteral("under_maintenance"),
                                   QStringLiteral("degraded_performance"), QStringLiteral("partial_outage"),
                                   QStringLiteral("major_outage")};
    return int(order.indexOf(componentStatus));
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
        // The worst state wins when several open windows name the same component,
        // whatever their order.
        const QString previous = components.value(id).toString();
        if (previous.isEmpty() || rankOf(status) > rankOf(previous))
            components.insert(id, status);
    }
    return components;
}

bool StatuspageConnector::isMaintenance(const Incident &incident)
{
    if (incident.windows.isEmpty())
        return false;
    return std::all_of(incident.windows.cbegin(), incident.windows.cend(),
                       [](const OutageWindow &w) { return w.impact == Impact::Maintenance; });
}

bool StatuspageConnector::isPast(const Incident &incident, const QDateTime &now)
{
    if (incident.status != IncidentStatus::Resolved || isMaintenance(incident))
        return false;
    const QDateTime end = incident.windows.isEmpty() ? QDateTime() : incident.lastEnd();
    if (!incident.windows.isEmpty())
        return end.isValid() && end < now;
    return !incident.updates.isEmpty() && incident.updates.last().at < now;
}

QString StatuspageConnector::limitViolation(const Incident &incident)
{
    // Statuspage counts characters; a QString counts UTF-16 units: count code points.
    const auto characters = [](const QString &text) { return int(text.toUcs4().size()); };
    if (characters(incident.title) > kMaxNameLength)
        return tr("The incident's title has %1 characters; Statuspage accepts at most %2. Shorten it, then publish again.")
            .arg(characters(incident.title))
            .arg(kMaxNameLength);
    for (int i = 0; i < incident.updates.size(); ++i) {
        const int length = characters(statusBody(incident.updates.at(i)));
        if (length > kMaxBodyLength)
            return tr("Status update %1 has %2 characters; Statuspage accepts at most %3 per update. Shorten or split "
                      "it, then publish again.")
                .arg(i + 1)
                .arg(length)
                .arg(kMaxBodyLength);
    }
    return {};
}

int StatuspageConnector::requestIntervalMs()
{
    bool ok = false;
    const int overridden = qEnvironmentVariableIntValue("OUTAGEDESK_STATUSPAGE_INTERVAL_MS", &ok);
    return ok && overridden >= 0 ? overridden : kDefaultRequestIntervalMs;
}

QByteArray StatuspageConnector::pacingKey(const QString &apiKey)
{
    return QByteArrayLiteral("statuspage:") + QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QJsonObject StatuspageConnector::createBody(const PublishContext &context, int updateIndex)
{
    const Incident &incident = context.incident;
    const bool maintenance = isMaintenance(incident);
    const bool backfilled = !maintenance && isPast(incident, context.now);
    QJsonObject body;
    body.insert(QStringLiteral("name"), incident.title);
    const StatusUpdate *update = updateIndex >= 0 && updateIndex < incident.updates.size() ? &incident.updates.at(updateIndex) : nullptr;
    body.insert(QStringLiteral("status"), wireStatus(incident, update ? update->status : incident.status,
                                                     update ? update->at : context.now));
    if (update)
        body.insert(QStringLiteral("body"), statusBody(*update));
    if (maintenance) {
        const Portal &portal = context.portal;
        body.insert(QStringLiteral("impact_override"), QStringLiteral("maintenance"));
        body.insert(QStringLiteral("scheduled_for"), Rfc3339::formatUtc(incident.firstStart()));
        if (const QDateTime until = incident.lastEnd(); until.isValid())
            body.insert(QStringLiteral("scheduled_until"), Rfc3339::formatUtc(until));
        body.insert(QStringLiteral("scheduled_remind_prior"), portal.maintenanceRemindPrior);
        body.insert(QStringLiteral("scheduled_auto_in_progress"), portal.maintenanceAutoInProgress);
        body.insert(QStringLiteral("scheduled_auto_completed"), portal.maintenanceAutoCompleted);
        // The components follow the maintenance when it starts and ends by itself.
        body.insert(QStringLiteral("auto_transition_to_maintenance_state"), portal.maintenanceAutoInProgress);
        body.insert(QStringLiteral("auto_transition_to_operational_state"), portal.maintenanceAutoCompleted);
    } else {
        body.insert(QStringLiteral("impact_override"), toWireName(incident.severity));
    }
    if (backfilled) {
        // History, not news: dated when it happened, and (as the API demands) without components.
        const QDateTime happened = incident.windows.isEmpty() ? incident.updates.value(0).at : incident.firstStart();
        body.insert(QStringLiteral("backfilled"), true);
        body.insert(QStringLiteral("backfill_date"), Rfc3339::formatUtc(happened.isValid() ? happened : context.now));
    } else {
        const QJsonObject components = componentStatuses(context);
        QJsonArray ids;
        for (auto it = components.constBegin(); it != components.constEnd(); ++it)
            ids.append(it.key());
        body.insert(QStringLiteral("component_ids"), ids);
        body.insert(QStringLiteral("components"), components);
    }
    body.insert(QStringLiteral("deliver_notifications"), context.job.notifySubscribers);
    body.insert(QStringLiteral("metadata"),
                QJsonObject{{kMetadataNamespace, QJsonObject{{QStringLiteral("incident_id"), incident.uuidString()}}}});
    return QJsonObject{{QStringLiteral("incident"), body}};
}

PublishOutcome StatuspageConnector::publish(PublishContext &context)
{
    if (context.portal.pageId.isEmpty())
        return PublishOutcome::permanent(tr("Portal %1 has no Statuspage page id.").arg(context.portal.name));
    const Incident &incident = context.incident;
    // Refused here, before the first byte, not by the server half-way through.
    if (const QString violation = limitViolation(incident); !violation.isEmpty())
        return PublishOutcome::permanent(violation);
    context.http->setPacing(pacingKey(context.secret), requestIntervalMs());
    const QString base = apiBase(context);
    const auto hdrs = headers(context);
    int uploads = 0;

    // Whether the incident on Statuspage is backfilled (it may then name no components).
    std::optional<bool> remoteBackfilled;
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
            remoteBackfilled = o.value(QStringLiteral("backfilled")).toBool();
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
        const QJsonObject create = createBody(context, first);
        remoteBackfilled = create.value(QStringLiteral("incident")).toObject().value(QStringLiteral("backfilled")).toBool();
        const HttpResponse r = context.http->send("POST", QUrl(base + QStringLiteral("/incidents")), hdrs, json(create));
        if (!r.isSuccess())
            return PublishOutcome::fromFailedResponse(r, tr("Creating incident on Statuspage"));
        const QJsonObject created = QJsonDocument::fromJson(r.body).object();
        const QString id = created.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return PublishOutcome::permanent(tr("Statuspage created the incident but sent no id back."));
        context.remote.remoteId = id;
        context.remote.updatesSent = first < 0 ? 0 : 1;
        QString error;
        if (!context.recordProgress(context.remote, &error))
            return PublishOutcome::permanent(error);
        ++uploads;
        PublishOutcome failure;
        if (first >= 0
            && !dateUpdate(context, base + QStringLiteral("/incidents/") + id, created, incident.updates.at(first), hdrs, 1,
                           &failure))
            return failure;
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
    // Only history can have been sent backfilled; for it, ask the service once.
    if (!remoteBackfilled && context.remote.updatesSent < incident.updates.size() && isPast(incident, context.now)) {
        const HttpResponse r = context.http->send("GET", incidentUrl, hdrs);
        if (!r.isSuccess())
            return PublishOutcome::fromFailedResponse(r, tr("Reading the incident back from Statuspage"));
        remoteBackfilled = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("backfilled")).toBool();
    }
    for (int i = context.remote.updatesSent; i < incident.updates.size(); ++i) {
        const StatusUpdate &u = incident.updates.at(i);
        QJsonObject body{{QStringLiteral("status"), wireStatus(incident, u.status, u.at)},
                         {QStringLiteral("body"), statusBody(u)},
                         {QStringLiteral("impact_override"),
                          isMaintenance(incident) ? QStringLiteral("maintenance") : toWireName(incident.severity)},
                         {QStringLiteral("deliver_notifications"), context.job.notifySubscribers}};
        // A backfilled incident may not name components; one created live gets them
        // back to operational when it is resolved.
        const QJsonObject components = remoteBackfilled.value_or(false) ? QJsonObject() : componentStatuses(context);
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
        PublishOutcome failure;
        if (!dateUpdate(context, incidentUrl.toString(), QJsonDocument::fromJson(r.body).object(), u, hdrs, i + 1, &failure))
            return failure;
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
