#include "gui/models/WindowsTableModel.h"

#include "gui/editor/WallTimeEntry.h"
#include "gui/editor/WallTimeQuestion.h"
#include "i18n/DisplayNames.h"
#include "gui/models/ModelRoles.h"
#include "time/Clock.h"
#include "time/Rfc3339.h"
#include "time/TimeFormat.h"

namespace OutageDesk {

int WindowsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WindowsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutageWindow &w = incident().windows.at(index.row());
    const QTimeZone zone = zoneOfInstance(w.instance);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case InstanceColumn:
            return w.instance;
        case StartColumn:
            return DisplayNames::leftToRight(TimeFormat::dateTime(w.start, zone));
        case EndColumn:
            return w.isOngoing() ? tr("ongoing") : DisplayNames::leftToRight(TimeFormat::dateTime(w.end, zone));
        case DurationColumn: {
            const QString duration = DisplayNames::leftToRight(TimeFormat::duration(w.durationSeconds(Clock::now())));
            return w.isOngoing() ? tr("%1 so far").arg(duration) : duration;
        }
        case ImpactColumn:
            return DisplayNames::impact(w.impact);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case InstanceColumn:
            return w.instance;
        case StartColumn:
            return WallTimeEntry::editText(w.start, zone);
        case EndColumn:
            return WallTimeEntry::editText(w.end, zone);
        case ImpactColumn:
            return int(w.impact);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StartColumn)
            return tr("%1 in %2 (%3)").arg(TimeFormat::dateTime(w.start, zone), WallTimeEntry::zoneName(zone),
                                             Rfc3339::formatUtc(w.start));
        if (index.column() == EndColumn && !w.isOngoing())
            return tr("%1 in %2 (%3)").arg(TimeFormat::dateTime(w.end, zone), WallTimeEntry::zoneName(zone),
                                             Rfc3339::formatUtc(w.end));
        if (index.column() == EndColumn)
            return tr("Still ongoing: leave the end empty until the service is back.");
        break;
    case ModelRoles::InstanceNameRole:
        return w.instance;
    case ModelRoles::StartMsRole:
        return w.start.toMSecsSinceEpoch();
    case ModelRoles::EndMsRole:
        return w.isOngoing() ? qint64(0) : w.end.toMSecsSinceEpoch();
    case ModelRoles::ImpactRole:
        return int(w.impact);
    case ModelRoles::TimeZoneRole:
        return WallTimeEntry::zoneName(zone);
    }
    return {};
}

QVariant WindowsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IncidentPartModel::headerData(section, orientation, role);
    switch (section) {
    case InstanceColumn:
        return tr("Instance");
    case StartColumn:
        return tr("Start (data center time)");
    case EndColumn:
        return tr("End");
    case DurationColumn:
        return tr("Duration");
    case ImpactColumn:
        return tr("Impact");
    }
    return {};
}

Qt::ItemFlags WindowsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = IncidentPartModel::flags(index);
    if (index.isValid() && index.column() != DurationColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool WindowsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Incident after = incident();
    OutageWindow &w = after.windows[index.row()];
    const QTimeZone zone = zoneOfInstance(w.instance);
    switch (index.column()) {
    case InstanceColumn:
        w.instance = value.toString();
        return requestEdit(after, tr("Change window instance"));
    case ImpactColumn:
        w.impact = Impact(value.toInt());
        return requestEdit(after, tr("Change window impact"));
    case StartColumn:
    case EndColumn: {
        if (!question())
            return false;
        const bool isStart = index.column() == StartColumn;
        const auto entry = WallTimeEntry::resolve(value.toString(), zone, *question());
        if (entry.outcome == WallTimeEntry::Outcome::Refused)
            return false;
        if (entry.outcome == WallTimeEntry::Outcome::Empty && isStart) {
            question()->refuse(tr("A window needs a start time."));
            return false;
        }
        (isStart ? w.start : w.end) = entry.instant;
        if (w.end.isValid() && w.end <= w.start) {
            question()->refuse(tr("The end (%1) must be after the start (%2).")
                                   .arg(TimeFormat::dateTime(w.end, zone), TimeFormat::dateTime(w.start, zone)));
            return false;
        }
        return requestEdit(after, isStart ? tr("Change window start") : tr("Change window end"));
    }
    }
    return false;
}

} // namespace OutageDesk
