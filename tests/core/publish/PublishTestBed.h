#pragma once

#include "TestPaths.h"
#include "MemoryCredentialStore.h"

#include "exchange/IncidentImporter.h"
#include "publish/OutboxRepository.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// A workspace holding the Primo example (docs/spec/examples), a portal named
// "status" and its secret in memory: what the network and connector tests share.
class PublishTestBed
{
public:
    static inline const QString kUuid = QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101");

    QTemporaryDir dir;
    std::unique_ptr<OutageDesk::Workspace> workspace;
    MemoryCredentialStore credentials;

    // The example, with `edit` applied to its first incident before it is imported.
    bool open(const std::function<void(QJsonObject &incident)> &edit = {})
    {
        QFile f(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
        if (!dir.isValid() || !f.open(QIODevice::ReadOnly))
            return false;
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        if (edit) {
            QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
            QJsonObject incident = incidents.at(0).toObject();
            edit(incident);
            incidents.replace(0, incident);
            doc.insert(QStringLiteral("incidents"), incidents);
        }
        workspace = std::make_unique<OutageDesk::Workspace>();
        if (!workspace->open(dir.filePath(QStringLiteral("ws.sqlite"))))
            return false;
        OutageDesk::ImportBatch batch;
        OutageDesk::ImportError error;
        OutageDesk::ImportSummary summary;
        const bool ok = OutageDesk::IncidentImporter::parse(QJsonDocument(doc).toJson(), QDateTime::currentDateTimeUtc(), &batch, &error)
            && OutageDesk::IncidentImporter::apply(workspace.get(), batch, &summary, &error);
        if (!ok)
            qWarning() << error.message;
        return ok;
    }

    OutageDesk::Portal addPortal(OutageDesk::PortalKind kind, const QString &url, const QString &secret,
                                 const std::function<void(OutageDesk::Portal &)> &edit = {})
    {
        OutageDesk::Portal portal;
        portal.name = QStringLiteral("status");
        portal.kind = kind;
        portal.url = url;
        portal.pageId = QStringLiteral("pg7x2");
        portal.user = kind == OutageDesk::PortalKind::WebDav ? QStringLiteral("publisher") : QString();
        portal.transferTimeoutMs = 5000;
        portal.componentMap.insert(QStringLiteral("Primo MT EU01"), QStringLiteral("cmp1"));
        if (edit)
            edit(portal);
        QString error;
        if (!OutageDesk::PortalRepository(workspace.get()).save(portal, &error))
            qWarning() << error;
        credentials.secrets.insert(portal.name, secret);
        return portal;
    }

    OutageDesk::OutboxJob publish(OutageDesk::Publisher &publisher, const QString &note = QStringLiteral("Initial"))
    {
        QString error;
        const auto job = publisher.enqueue({QUuid::fromString(kUuid), QStringLiteral("status"), note, false}, &error);
        if (!job) {
            qWarning() << error;
            return {};
        }
        return publisher.attempt(*job);
    }

    int publicationCount() const
    {
        return int(OutageDesk::IncidentRepository(workspace.get()).load(QUuid::fromString(kUuid))->publications.size());
    }
};
