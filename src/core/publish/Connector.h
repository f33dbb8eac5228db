#pragma once

#include "model/Incident.h"
#include "publish/OutboxJob.h"
#include "publish/Portal.h"
#include "publish/PublishOutcome.h"
#include "publish/RemoteRecord.h"
#include "render/RenderContext.h"

#include <functional>
#include <memory>

namespace OutageDesk {

class HttpTransport;
class Workspace;

// Everything one attempt of one job needs.
struct PublishContext
{
    Workspace *workspace = nullptr;
    Portal portal;
    QString secret;
    OutboxJob job;
    // The public view of the incident (no internal notes, RCA only if approved), with
    // the publication this job will record already appended to its history.
    Incident incident;
    // Further incidents of the same attempt (a static portal publishes a batch at once).
    QList<Incident> moreIncidents;
    bool rcaLeftOut = false; // an RCA exists but is not approved
    QDateTime now;
    RenderContext render; // zones of the instances, now
    HttpTransport *http = nullptr;
    RemoteRecord remote; // what the portal already holds for this incident
    // Commits `remote` before the next request, so that a crash after a create can
    // never lead to a second create.
    std::function<bool(const RemoteRecord &record, QString *error)> recordProgress;
};

// One kind of publishing target. An attempt either completes, or reports whether
// waiting can help. It must be safe to repeat an attempt that was interrupted at
// any point: no duplicate incidents, updates or files.
class Connector
{
public:
    virtual ~Connector() = default;
    virtual PublishOutcome publish(PublishContext &context) = 0;

    static std::unique_ptr<Connector> create(PortalKind kind);
};

} // namespace OutageDesk
