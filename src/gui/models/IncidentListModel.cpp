#include "gui/models/IncidentListModel.h"

#include "i18n/DisplayNames.h"
#include "gui/models/ModelRoles.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"
#include "time/Clock.h"
#include "time/TimeFormat.h"

namespace OutageDesk {

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IncidentListModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::incidentChanged, this, &IncidentListModel::refresh);
        connect(m_workspace, &Workspace::incidentRemoved, this, &IncidentListModel::refresh);
        connect(m_workspace, &Workspace::reset, this, &IncidentListModel::reload);
        // A renamed data center changes what the data-center filter matches.
        connect(m_workspace, &Workspace::catalogChanged, this, &IncidentListModel::refresh);
        connect(m_workspace, &QObject::destroyed, this, [this] { setWorkspace(nullptr); });
    }
    reload();
}

void IncidentListModel::setQuery(const IncidentQuery &query)
{
    m_query = query;
    reload();
}

void IncidentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_workspace && m_workspace->isOpen()) {
        const IncidentRepository repository(m_workspace);
        m_total = repository.count(m_query);
        m_rows = repository.list(m_query, 0, kPageSize);
    }
    loadPlaces(m_rows, true);
    endResetModel();
}

void IncidentListModel::refresh()
{
    if (!m_workspace || !m_workspace->isOpen()) {
        reload();
        return;
    }
    const IncidentRepository repository(m_workspace);
    const int total = repository.count(m_query);
    const auto rows = repository.list(m_query, 0, std::max(int(m_rows.size()), kPageSize));
    loadPlaces(rows, true);
    bool sameOrder = rows.size() == m_rows.size();
    for (int i = 0; sameOrder && i < rows.size(); ++i)
        sameOrder = rows.at(i).uuid == m_rows.at(i).uuid;
    if (!sameOrder) {
        beginResetModel();
        m_rows = rows;
        m_total = total;
        endResetModel();
        return;
    }
    m_rows = rows;
    m_total = total;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int IncidentListModel::rowOf(const QUuid &uuid) const
{
    const QString key = uuid.toString(QUuid::WithoutBraces);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == key)
            return i;
    }
    return -1;
}

QUuid IncidentListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? QUuid::fromString(m_rows.at(row).uuid) : QUuid();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void IncidentListModel::loadPlaces(const QList<IncidentSummary> &rows, bool replace)
{
    if (replace)
        m_places.clear();
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const IncidentSummary &row : rows)
        ids << row.id;
    const auto places = IncidentPlacesQuery(m_workspace).of(ids);
    for (auto it = places.begin(); it != places.end(); ++it)
        m_places.insert(it.key(), it.value());
}

QTimeZone IncidentListModel::zoneOf(const IncidentSummary &row) const
{
    const QTimeZone zone(m_places.value(row.id).zone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

void IncidentListModel::setHourCycle(HourCycle cycle)
{
    if (m_hourCycle == cycle)
        return;
    m_hourCycle = cycle;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StartColumn), index(int(m_rows.size()) - 1, EndColumn));
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case StatusColumn:
            return DisplayNames::status(row.status);
        case SeverityColumn:
            return DisplayNames::severity(row.severity);
        case StartColumn:
            // In the incident's own data center's zone, labelled: the editor's time.
            return row.firstStartMs ? DisplayNames::leftToRight(TimeFormat::dateTime(
                                          QDateTime::fromMSecsSinceEpoch(row.firstStartMs, Qt::UTC), zoneOf(row), m_hourCycle))
                                    : QString();
        case EndColumn:
            if (row.ongoing)
                return tr("ongoing");
            if (!row.lastEndMs)
                return QString();
            {
                const QTimeZone zone = zoneOf(row);
                const QDateTime end = QDateTime::fromMSecsSinceEpoch(row.lastEndMs, Qt::UTC);
                // The same day as the start: the time alone reads faster and leaves the title room.
                const bool sameDay = row.firstStartMs
                    && QDateTime::fromMSecsSinceEpoch(row.firstStartMs, Qt::UTC).toTimeZone(zone).date()
                        == end.toTimeZone(zone).date();
                return DisplayNames::leftToRight(sameDay ? TimeFormat::time(end, zone, m_hourCycle)
                                                         : TimeFormat::dateTime(end, zone, m_hourCycle));
            }
        case DataCenterColumn:
            return m_places.value(row.id).dataCenters.join(QStringLiteral(", "));
        case DurationColumn: {
            if (!row.firstStartMs || (!row.ongoing && !row.lastEndMs))
                return QString();
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(row.firstStartMs, Qt::UTC);
            if (row.ongoing)
                return tr("%1 so far").arg(DisplayNames::leftToRight(TimeFormat::duration(start.secsTo(Clock::now()))));
            return DisplayNames::leftToRight(
                TimeFormat::duration(start.secsTo(QDateTime::fromMSecsSinceEpoch(row.lastEndMs, Qt::UTC))));
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return DisplayNames::severityColor(row.severity);
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return row.title;
        // Both: the data center's time and UTC, for comparing across data centers.
        if (index.column() == StartColumn && row.firstStartMs) {
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(row.firstStartMs, Qt::UTC);
            return tr("%1 in %2 (%3)").arg(TimeFormat::dateTime(start, zoneOf(row), m_hourCycle),
                                             QString::fromUtf8(zoneOf(row).id()),
                                             TimeFormat::dateTime(start, QTimeZone::utc(), m_hourCycle));
        }
        if (index.column() == EndColumn && row.lastEndMs && !row.ongoing) {
            const QDateTime end = QDateTime::fromMSecsSinceEpoch(row.lastEndMs, Qt::UTC);
            return tr("%1 in %2 (%3)").arg(TimeFormat::dateTime(end, zoneOf(row), m_hourCycle),
                                             QString::fromUtf8(zoneOf(row).id()),
                                             TimeFormat::dateTime(end, QTimeZone::utc(), m_hourCycle));
        }
        break;
    case ModelRoles::TimeZoneRole:
        return QString::fromUtf8(zoneOf(row).id());
    case ModelRoles::IncidentUuidRole:
        return QUuid::fromString(row.uuid);
    case ModelRoles::IncidentIdRole:
        return row.id;
    case ModelRoles::SeverityRole:
        return int(row.severity);
    case ModelRoles::StatusRole:
        return int(row.status);
    case ModelRoles::StartMsRole:
        return row.firstStartMs;
    case ModelRoles::EndMsRole:
        return row.lastEndMs;
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case SeverityColumn:
        return tr("Severity");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case DataCenterColumn:
        return tr("Data center");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

bool IncidentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void IncidentListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_workspace)
        return;
    const auto more = IncidentRepository(m_workspace).list(m_query, int(m_rows.size()), kPageSize);
    if (more.isEmpty()) {
        // Rows vanished underneath (another edit): stop asking.
        m_total = int(m_rows.size());
        return;
    }
    loadPlaces(more, false);
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows += more;
    endInsertRows();
}

void IncidentListModel::sort(int column, Qt::SortOrder order)
{
    IncidentQuery query = m_query;
    switch (column) {
    case TitleColumn:
        query.sortKey = IncidentQuery::SortKey::Title;
        break;
    case StatusColumn:
        query.sortKey = IncidentQuery::SortKey::Status;
        break;
    case SeverityColumn:
        query.sortKey = IncidentQuery::SortKey::Severity;
        break;
    default:
        query.sortKey = IncidentQuery::SortKey::Start;
        break;
    }
    query.descending = order == Qt::DescendingOrder;
    if (query.sortKey == m_query.sortKey && query.descending == m_query.descending)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Sorting runs in SQL and returns a fresh page: persistent indexes (the
    // selection) follow their incident by UUID, or go when it left the page.
    const auto persistent = persistentIndexList();
    QStringList persistentUuids;
    for (const QModelIndex &idx : persistent)
        persistentUuids << m_rows.value(idx.row()).uuid;
    m_query = query;
    if (m_workspace && m_workspace->isOpen())
        m_rows = IncidentRepository(m_workspace).list(m_query, 0, std::max(int(m_rows.size()), kPageSize));
    else
        m_rows.clear();
    QModelIndexList moved;
    for (int i = 0; i < persistent.size(); ++i) {
        const int row = rowOf(QUuid::fromString(persistentUuids.at(i)));
        moved << (row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace OutageDesk
