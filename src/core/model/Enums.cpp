#include "model/Enums.h"

#include <array>
#include <utility>

namespace OutageDesk {
namespace {

template<typename E, std::size_t N>
using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<Severity, 4> kSeverities{{{Severity::None, "none"},
                                          {Severity::Minor, "minor"},
                                          {Severity::Major, "major"},
                                          {Severity::Critical, "critical"}}};
constexpr Table<IncidentStatus, 4> kStatuses{{{IncidentStatus::Investigating, "investigating"},
                                              {IncidentStatus::Identified, "identified"},
                                              {IncidentStatus::Monitoring, "monitoring"},
                                              {IncidentStatus::Resolved, "resolved"}}};
constexpr Table<Impact, 3> kImpacts{{{Impact::Outage, "outage"},
                                     {Impact::Degraded, "degraded"},
                                     {Impact::Maintenance, "maintenance"}}};
constexpr Table<RcaState, 3> kRcaStates{{{RcaState::Draft, "draft"},
                                         {RcaState::InReview, "in-review"},
                                         {RcaState::Approved, "approved"}}};

template<typename E, std::size_t N>
QString nameOf(const Table<E, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const Table<E, N> &table, const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList namesOf(const Table<E, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace

QString toWireName(Severity value) { return nameOf(kSeverities, value); }
QString toWireName(IncidentStatus value) { return nameOf(kStatuses, value); }
QString toWireName(Impact value) { return nameOf(kImpacts, value); }
QString toWireName(RcaState value) { return nameOf(kRcaStates, value); }

std::optional<Severity> severityFromWireName(const QString &name) { return valueOf(kSeverities, name); }
std::optional<IncidentStatus> incidentStatusFromWireName(const QString &name) { return valueOf(kStatuses, name); }
std::optional<Impact> impactFromWireName(const QString &name) { return valueOf(kImpacts, name); }
std::optional<RcaState> rcaStateFromWireName(const QString &name) { return valueOf(kRcaStates, name); }

QStringList severityWireNames() { return namesOf(kSeverities); }
QStringList incidentStatusWireNames() { return namesOf(kStatuses); }
QStringList impactWireNames() { return namesOf(kImpacts); }
QStringList rcaStateWireNames() { return namesOf(kRcaStates); }

} // namespace OutageDesk
