#include "publish/WebDavConnector.h"

#include "publish/HttpTransport.h"
#include "publish/OutboxRepository.h"
#include "publish/PortalSiteBuilder.h"
#include "publish/PublishedIncidents.h"
#include "storage/CatalogRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QRegularExpression>
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

// A manifest key as it may be shown on a terminal or in a dialog: no control
// characters, nothing invisible, not endless.
QString printable(const QString &text)
{
    QString out;
    for (const QChar c : text.left(120)) {
        if (c.isPrint() && c != QChar(0x2028) && c != QChar(0x2029))
            out += c;
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return text.size() > 120 ? out + QStringLiteral("…") : out;
}

} // namespace

bool WebDavConnector::isGeneratedPath(const QString &path)
{
    // The generator's shape: at most three segments of letters, digits, '-', '_' and
    // '.', none starting with '.', the last with an extension the generator writes.
    static const QRegularExpression shape(QStringLiteral(
        "^(?:[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}/){0,2}[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\\.(?:html|atom|json|xml|svg|css|txt)$"));
    if (path.size() > 300 || !shape.match(path).hasMatch() || path == QLatin1String(PortalSite::kManifestPath))
        return false;
    if (path.contains(QLatin1String("..")))
        return false;
    // Belt and braces: resolved against a portal folder, it stays strictly inside it.
    const QUrl base(QStringLiteral("https://portal.invalid/a/portal/"));
    const QUrl resolved = base.resolved(QUrl(path, QUrl::StrictMode));
    return resolved.isValid() && !resolved.hasQuery() && !resolved.hasFragment()
        && resolved.host() == base.host() && resolved.path().startsWith(base.path())
        && resolved.path().size() > base.path().size();
}

std::optional<PortalSite> WebDavConnector::buildSite(const PublishContext &context, QString *error)
{
    // Incidents being published go out as they are now; every other incident of
    // the portal exactly as it was last sent.
    QHash<QUuid, Incident> site;
    const PublishedIncidents published(context.workspace);
    const auto held = published.load(context.portal.id, error);
    if (!held)
        return std::nullopt;
    for (const auto &incident : *held)
        site.insert(incident.uuid, incident);
    site.insert(context.incident.uuid, context.incident);
    for (const auto &more : context.moreIncidents)
        site.insert(more.uuid, more);

    PortalSiteInput input;
    input.now = context.now;
    const CatalogRepository catalog(context.workspace);
    input.dataCenters = catalog.dataCenters();
    input.instances = catalog.instances();
    input.title = context.portal.title;
    input.language = context.portal.language.isEmpty() ? QStringLiteral("en") : context.portal.language;
    input.hourClock = context.portal.hourClock;
    input.baseUrl = collectionUrl(context.portal);
    input.incidents = site.values();
    // Current status and availability come from what the portal shows, not from
    // the workspace: an outage nobody has published yet stays off the portal.
    QHash<QString, QString> dataCenterOf;
    for (const auto &instance : std::as_const(input.instances))
        dataCenterOf.insert(instance.name, instance.dataCenter);
    const qint64 since = context.now.addDays(-(PortalSiteBuilder::kAvailabilityDays + 1)).toMSecsSinceEpoch();
    for (const auto &incident : std::as_const(input.incidents)) {
        for (const auto &w : incident.windows) {
            WindowRecord record;
            record.startMs = w.start.toMSecsSinceEpoch();
            record.endMs = w.isOngoing() ? WindowRecord::kOngoing : w.end.toMSecsSinceEpoch();
            if (record.endMs <= since)
                continue;
            record.impact = w.impact;
            record.instance = w.instance;
            record.dataCenter = dataCenterOf.value(w.instance);
            record.incidentUuid = incident.uuidString();
            record.incidentTitle = incident.title;
            record.severity = incident.severity;
            input.recentWindows << record;
        }
    }
    return PortalSiteBuilder().build(input);
}

PublishOutcome WebDavConnector::upload(PublishContext &context, const PortalSite &site)
{
    const QString base = collectionUrl(context.portal);
    const auto auth = authHeaders(context);
    const QString manifestPath = QString::fromLatin1(PortalSite::kManifestPath);

    // What the server holds now, by its own manifest: the truth after any crash. But
    // only as far as it names files we generate: a tampered or hostile manifest must
    // not turn into DELETEs outside the portal folder, or of the portal itself.
    QMap<QString, QString> remote;
    QStringList warnings;
    {
        const HttpResponse r = context.http->send("GET", QUrl(base + manifestPath), auth);
        if (r.isSuccess()) {
            bool ok = false;
            const QMap<QString, QString> listed = PortalSite::hashesFromManifest(r.body, &ok);
            for (auto it = listed.constBegin(); it != listed.constEnd(); ++it) {
                if (isGeneratedPath(it.key()))
                    remote.insert(it.key(), it.value());
                else
                    warnings << tr("%1 lists “%2”, which is not a file Outage Desk generates; it was left alone, "
                                   "not deleted.").arg(base + manifestPath, printable(it.key()));
            }
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
    // A manifest with foreign keys is replaced by ours, so the warning is given once.
    if (uploads > 0 || remote.isEmpty() || !warnings.isEmpty()) {
        auto headers = auth;
        headers.append({QByteArrayLiteral("Content-Type"), contentType(manifestPath)});
        const HttpResponse r = context.http->send("PUT", QUrl(base + manifestPath), headers, site.manifestJson());
        if (!r.isSuccess())
            return PublishOutcome::fromFailedResponse(r, tr("Uploading %1").arg(base + manifestPath));
        ++uploads;
    }

    PublishOutcome outcome = PublishOutcome::published();
    outcome.warnings = warnings;
    QJsonObject hashes;
    for (auto it = local.constBegin(); it != local.constEnd(); ++it)
        hashes.insert(it.key(), it.value());
    outcome.contentHashes = QString::fromUtf8(QJsonDocument(hashes).toJson(QJsonDocument::Compact));
    outcome.uploads = uploads;
    return outcome;
}

PublishOutcome WebDavConnector::publish(PublishContext &context)
{
    QString error;
    const auto site = buildSite(context, &error);
    if (!site)
        return PublishOutcome::permanent(error);
    PublishOutcome outcome = upload(context, *site);
    if (outcome.kind == PublishOutcome::Kind::Published)
        context.remote.contentHash = QString::fromLatin1(
            QCryptographicHash::hash(site->manifestJson(), QCryptographicHash::Sha256).toHex());
    return outcome;
}

} // namespace OutageDesk
