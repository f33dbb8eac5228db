#pragma once

#include <Qt>

namespace OutageDesk {

// Custom item roles of every model in the GUI, defined once so views, delegates
// and tests agree on them.
namespace ModelRoles {
enum Role {
    IncidentUuidRole = Qt::UserRole + 1, // QUuid of the incident in that row
    IncidentIdRole,                      // storage row id (qint64)
    SeverityRole,                        // Severity as int
    StatusRole,                          // IncidentStatus as int
    StartMsRole,                         // window/incident start, ms since epoch (qint64)
    EndMsRole,                           // end in ms, 0 when ongoing or none
    ImpactRole,                          // Impact as int
    InstanceNameRole,                    // instance name (QString)
    TimeZoneRole,                        // IANA id of the zone times are shown in (QString)
    DataCenterCodeRole,                  // a data center's code (QString)
    CatalogIdRole,                       // storage id of a data center or instance (qint64)
    RowNoteRole,                         // a window row's problem or notice, said on that row (QString, empty if none)
    SlipFixRole,                         // the end an AM/PM slip fix would set, ms since epoch (qint64, 0 if none)
};
} // namespace ModelRoles

} // namespace OutageDesk
