#pragma once

#include "model/DataCenter.h"
#include "model/Incident.h"
#include "model/Instance.h"

#include <QList>

namespace OutageDesk {

// The validated content of one exchange-format file, ready to be written.
struct ImportBatch
{
    QList<DataCenter> dataCenters;
    QList<Instance> instances;
    QList<Incident> incidents;
    // Whether each incident carried an "id" (absent ids get new UUIDs on parse).
    QList<bool> incidentHadId;
};

struct ImportSummary
{
    int created = 0;
    int updated = 0;
};

} // namespace OutageDesk
