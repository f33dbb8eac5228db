#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The vocabularies of the exchange format (docs/spec/incident-format.md). The
// wire names are the contract; display names are translated in the GUI.
namespace OutageDesk {

enum class Severity { None, Minor, Major, Critical };
enum class IncidentStatus { Investigating, Identified, Monitoring, Resolved };
enum class Impact { Outage, Degraded, Maintenance };
enum class RcaState { Draft, InReview, Approved };

QString toWireName(Severity value);
QString toWireName(IncidentStatus value);
QString toWireName(Impact value);
QString toWireName(RcaState value);

std::optional<Severity> severityFromWireName(const QString &name);
std::optional<IncidentStatus> incidentStatusFromWireName(const QString &name);
std::optional<Impact> impactFromWireName(const QString &name);
std::optional<RcaState> rcaStateFromWireName(const QString &name);

QStringList severityWireNames();
QStringList incidentStatusWireNames();
QStringList impactWireNames();
QStringList rcaStateWireNames();

} // namespace OutageDesk
