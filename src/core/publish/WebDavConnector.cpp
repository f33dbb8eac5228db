#include "publish/WebDavConnector.h"

#include "publish/HttpTransport.h"
#include "publish/OutboxRepository.h"
#include "publish/PortalSiteBuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WebDavConnector", text);
}

QString collectionUrl(const Portal &portal)
{
    QString url = portal.url;
    if (!url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    return url;
}

QList<QPair<QByteArray, QByteArray>> authHeaders(const PublishContext &context)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!context.portal.user.isEmpty() || !context.secret.isEmpty()) {
        const QByteArray token = (context.portal.user + QLatin1Char(':') + context.secret).toUtf8().toBase64();
        headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + token});
    }
    return headers;
}

QByteArray contentType(const QString &path)
{
    if (path.endsWith(QLatin1String(".html")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (path.endsWith(QLatin1String(".atom")))
        return QByteArrayLiteral("application/atom+xml; charset=utf-8");
    if (path.endsWith(QLatin1String(".json")))
        return QByteArrayLiteral("application/json; charset=utf-8");
    return QByteArrayLiteral("application/octet-stream");
}

} // namespace

PortalSite WebDavConnector::buildSite(const PublishContext &context)
{
    const OutboxRepository outbox(context.workspace);
    QList<QUuid> published = outbox.incidentsPublishedTo(context.portal.name);
    QHash<QUuid, const Incident *> pending{{context.incident.uuid, &context.incident}};
    for (const auto &more : context.moreIncidents)
        pending.insert(more.uuid, &more);
    for (auto it = pending.constBegin(); it != pending.constEnd(); ++it) {
        if (!published.contains(it.key()))
            published << it.key();
    }
    PortalSiteInput input = PortalSiteBuilder::inputFromWorkspace(context.workspace, context.now, published);
    input.title = context.portal.title;
    input.language = context.portal.language.isEmpty() ? QStringLiteral("en") : context.portal.language;
    input.baseUrl = collectionUrl(context.portal);
    for (auto &incident : input.incidents) {
        if (const Incident *view = pending.value(incident.uuid))
            incident = *view;
    }
    return PortalSiteBuilder().build(input);
}

PublishOutcome WebDavConnector::upload(PublishContext &context, const PortalSite &site)
{
    const QString base = collectionUrl(context.portal);
    const auto auth = authHeaders(context);
    const QString manifestPath = QString::fromLatin1(PortalSite::kManifestPath);

    // What the server holds now, by its own manifest: the truth after any crash.
    QMap<QString, QString> remote;
    {
        const HttpResponse r = context.http->send("GET", QUrl(base + manifestPath), auth);
        if (r.isSuccess()) {
            bool ok = false;
            remote = PortalSite::hashesFromManifest(r.body, &ok);
        } else if (r.status != 404) {
            return PublishOutcome::fromFailedResponse(r, tr("Reading %1").arg(base + manifestPath));
        }
    }

    const QMap<QString, QString> local = site.hashes();
    int uploads = 0;
    QSet<QString> knownFolders;
    for (auto it = remote.constBegin(); it != remote.constEnd(); ++it) {
        const int slash = it.key().lastIndexOf(QLatin1Char('/'));
        if (slash > 0)
            knownFolders.insert(it.key().left(slash));
    }

    for (auto it = local.constBegin(); it != local.constEnd(); ++it) {
        if (remote.value(it.key()) == it.value())
            continue;
        const int slash = it.key().lastIndexOf(QLatin1Char('/'));
        if (slash > 0 && !knownFolders.contains(it.key().left(slash))) {
            const QString folder = it.key().left(slash);
            const HttpResponse r = context.http->send("MKCOL", QUrl(base + folder + QLatin1Char('/')), auth);
            // 405: it exists already, which is what we wanted.
            if (!r.isSuccess() && r.status != 405)
                return PublishOutcome::fromFailedResponse(r, tr("Creating folder %1").arg(base + folder));
            knownFolders.insert(folder);
        }
        auto headers = auth;
        headers.append({QByteArrayLiteral("Content-Type"), contentType(it.key())});
        const HttpResponse r = context.http->send("PUT", QUrl(base + it.key()), headers, site.files.value(it.key()));
        if (!r.isSuccess())
            return PublishOutcome::fromFailedResponse(r, tr("Uploading %1").arg(base + it.key()));
        ++uploads;
    }
    for (auto it = remote.constBegin(); it != remote.constEnd(); ++it) {
        if (local.contains(it.key()))
            continue;
        const HttpResponse r = context.http->send("DELETE", QUrl(base + it.key()), auth);
        if (!r.isSuccess() && r.status != 404)
            return PublishOutcome::fromFailedResponse(r, tr("Deleting %1").arg(base + it.key()));
        ++uploads;
    }
    if (uploads > 0 || remote.isEmpty()) {
        auto headers = auth;
        headers.append({QByteArrayLiteral("Content-Type"), contentType(manifestPath)});
        const HttpResponse r = context.http->send("PUT", QUrl(base + manifestPath), headers, site.manifestJson());
        if (!r.isSuccess())
            return PublishOutcome::fromFailedResponse(r, tr("Uploading %1").arg(base + manifestPath));
        ++uploads;
    }

    PublishOutcome outcome = PublishOutcome::published();
    QJsonObject hashes;
    for (auto it = local.constBegin(); it != local.constEnd(); ++it)
        hashes.insert(it.key(), it.value());
    outcome.contentHashes = QString::fromUtf8(QJsonDocument(hashes).toJson(QJsonDocument::Compact));
    outcome.uploads = uploads;
    return outcome;
}

PublishOutcome WebDavConnector::publish(PublishContext &context)
{
    const PortalSite site = buildSite(context);
    PublishOutcome outcome = upload(context, site);
    if (outcome.kind == PublishOutcome::Kind::Published)
        context.remote.contentHash = QString::fromLatin1(
            QCryptographicHash::hash(site.manifestJson(), QCryptographicHash::Sha256).toHex());
    return outcome;
}

} // namespace OutageDesk
