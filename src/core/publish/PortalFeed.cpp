#include "publish/PortalFeed.h"

#include "publish/PortalSiteBuilder.h"
#include "publish/PortalSiteData.h"
#include "time/Rfc3339.h"

#include <QXmlStreamWriter>
#include <algorithm>

namespace OutageDesk {

QByteArray PortalFeed::atom(const PortalSiteData &data, const MarkdownToHtml &markdown, const IncidentToHtml &rca)
{
    const PortalSiteInput &input = data.input;
    // Ids, dates and titles first; the HTML only for the entries that stay in the
    // feed (with 10,000 incidents, rendering them all would double the build).
    struct Entry
    {
        QDateTime at;
        QString id;
        QString title;
        QString link;
        const Incident *incident = nullptr;
        int update = -1; // -1 = the RCA
        QString html;
    };
    QList<Entry> entries;
    for (const auto *list : {&data.incidents, &data.maintenances}) {
        for (const auto &incident : *list) {
            const QString link = input.baseUrl + PortalSiteBuilder::incidentPath(incident);
            for (int i = 0; i < incident.updates.size(); ++i) {
                const StatusUpdate &u = incident.updates.at(i);
                const QString key = QStringLiteral("update:%1:%2").arg(u.at.toMSecsSinceEpoch()).arg(toWireName(u.status));
                entries << Entry{u.at, QUuid::createUuidV5(incident.uuid, key).toString(QUuid::WithoutBraces),
                                 QStringLiteral("[%1] %2").arg(data.labels.statusName(u.status), incident.title), link,
                                 &incident, i, {}};
            }
            if (incident.rca) {
                const QDateTime at = incident.rca->approvedAt.isValid() ? incident.rca->approvedAt
                                                                        : PortalSiteData::lastChangeOf(incident);
                entries << Entry{at, QUuid::createUuidV5(incident.uuid, QStringLiteral("rca")).toString(QUuid::WithoutBraces),
                                 data.labels.rcaFeedTitle.arg(incident.title), link + QStringLiteral("#rca"), &incident, -1, {}};
            }
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.at != b.at ? a.at > b.at : a.id < b.id;
    });
    if (entries.size() > PortalSiteBuilder::kFeedEntryLimit)
        entries.resize(PortalSiteBuilder::kFeedEntryLimit);
    for (auto &e : entries)
        e.html = e.update >= 0 ? markdown(e.incident->updates.at(e.update).message) : rca(*e.incident);

    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    w.writeStartElement(QStringLiteral("feed"));
    w.writeAttribute(QStringLiteral("xml:lang"), data.locale.language());
    w.writeTextElement(QStringLiteral("id"), QStringLiteral("urn:uuid:") + data.pageId);
    w.writeTextElement(QStringLiteral("title"), data.title);
    const QDateTime feedUpdated = entries.isEmpty() ? QDateTime::fromMSecsSinceEpoch(0, Qt::UTC) : entries.constFirst().at;
    w.writeTextElement(QStringLiteral("updated"), Rfc3339::formatUtc(feedUpdated));
    w.writeStartElement(QStringLiteral("author"));
    w.writeTextElement(QStringLiteral("name"), data.title);
    w.writeEndElement();
    w.writeEmptyElement(QStringLiteral("link"));
    w.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
    w.writeAttribute(QStringLiteral("href"), input.baseUrl + QStringLiteral("feed.atom"));
    w.writeEmptyElement(QStringLiteral("link"));
    w.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
    w.writeAttribute(QStringLiteral("href"), input.baseUrl + QStringLiteral("index.html"));
    for (const auto &e : std::as_const(entries)) {
        w.writeStartElement(QStringLiteral("entry"));
        w.writeTextElement(QStringLiteral("id"), QStringLiteral("urn:uuid:") + e.id);
        w.writeTextElement(QStringLiteral("title"), e.title);
        w.writeTextElement(QStringLiteral("updated"), Rfc3339::formatUtc(e.at));
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
        w.writeAttribute(QStringLiteral("href"), e.link);
        w.writeStartElement(QStringLiteral("content"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("html"));
        w.writeCharacters(e.html);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace OutageDesk
