#include "storage/IncidentRepository.h"

#include "storage/SearchIndex.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IncidentRepository", text);
}

QVariant msOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime instantOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant triState(const std::optional<bool> &value)
{
    return value ? QVariant(int(*value)) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<bool> triStateFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

const char kIncidentColumns[] =
    "id, uuid, title, severity, status, cause, detected_by, data_impact, security_breach, internal_notes, "
    "has_rca, rca_text, rca_state, rca_approved_by, rca_approved_at_ms";

Incident readIncident(const QSqlQuery &q)
{
    Incident inc;
    inc.id = q.value(0).toLongLong();
    inc.uuid = QUuid::fromString(q.value(1).toString());
    inc.title = q.value(2).toString();
    inc.severity = severityFromWireName(q.value(3).toString()).value_or(Severity::None);
    inc.status = incidentStatusFromWireName(q.value(4).toString()).value_or(IncidentStatus::Investigating);
    inc.cause = q.value(5).toString();
    inc.detectedBy = q.value(6).toString();
    inc.dataImpact = triStateFrom(q.value(7));
    inc.securityBreach = triStateFrom(q.value(8));
    inc.internalNotes = q.value(9).toString();
    if (q.value(10).toInt() != 0) {
        RcaDocument rca;
        rca.text = q.value(11).toString();
        rca.state = rcaStateFromWireName(q.value(12).toString()).value_or(RcaState::Draft);
        rca.approvedBy = q.value(13).toString();
        rca.approvedAt = instantOrInvalid(q.value(14));
        inc.rca = rca;
    }
    return inc;
}

QString searchBodyOf(const Incident &incident)
{
    QStringList messages;
    for (const auto &u : incident.updates)
        messages << u.message;
    return searchBody(incident.cause, incident.rca ? std::optional<QString>(incident.rca->text) : std::nullopt, messages);
}

} // namespace

IncidentRepository::IncidentRepository(Workspace *workspace)
    : m_workspace(workspace)
{
}

std::optional<Incident> IncidentRepository::load(qint64 id) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT %1 FROM incidents WHERE id = ?").arg(QLatin1String(kIncidentColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Incident incident = readIncident(q);
    if (!loadChildren(incident))
        return std::nullopt;
    return incident;
}

std::optional<Incident> IncidentRepository::load(const QUuid &uuid) const
{
    const qint64 id = idOf(uuid);
    return id ? load(id) : std::nullopt;
}

qint64 IncidentRepository::idOf(const QUuid &uuid) const
{
    QSqlQuery &q = m_workspace->statement(QStringLiteral("SELECT id FROM incidents WHERE uuid = ?"));
    q.bindValue(0, uuid.toString(QUuid::WithoutBraces));
    const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

QStringList IncidentRepository::tables()
{
    return {QStringLiteral("incidents"), QStringLiteral("outage_windows"), QStringLiteral("status_updates"),
            QStringLiteral("action_items"), QStringLiteral("publications")};
}

QHash<QUuid, qint64> IncidentRepository::idsByUuid() const
{
    QHash<QUuid, qint64> ids;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT uuid, id FROM incidents"));
    while (q.next())
        ids.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong());
    return ids;
}

QList<Incident> IncidentRepository::loadAll() const
{
    QList<qint64> ids;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM incidents ORDER BY sort_start_ms, id"));
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Incident> result;
    result.reserve(ids.size());
    for (const qint64 id : std::as_const(ids)) {
        if (auto incident = load(id))
            result << *incident;
    }
    return result;
}

std::optional<Incident> IncidentRepository::find(const QString &idOrPrefix, QString *error) const
{
    const QString key = idOrPrefix.trimmed().toLower();
    if (key.size() < 8) {
        *error = tr("incident id %1 is too short: give the UUID or at least its first 8 characters").arg(idOrPrefix);
        return std::nullopt;
    }
    QSqlQuery q(m_workspace->database());
    // A range scan instead of LIKE keeps '%' and '_' in the input literal.
    q.prepare(QStringLiteral("SELECT id FROM incidents WHERE uuid >= ? AND uuid < ? ORDER BY uuid LIMIT 2"));
    q.addBindValue(key);
    q.addBindValue(key + QChar(0xFFFF));
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    if (ids.isEmpty()) {
        *error = tr("no incident with id %1").arg(idOrPrefix);
        return std::nullopt;
    }
    if (ids.size() > 1) {
        *error = tr("incident id %1 is ambiguous: several incidents start with it").arg(idOrPrefix);
        return std::nullopt;
    }
    return load(ids.first());
}

bool IncidentRepository::loadChildren(Incident &incident) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.name, w.start_ms, w.end_ms, w.impact FROM outage_windows w "
                             "JOIN instances i ON i.id = w.instance_id WHERE w.incident_id = ? ORDER BY w.position"));
    q.addBindValue(incident.id);
    if (!q.exec())
        return false;
    while (q.next()) {
        OutageWindow w;
        w.instance = q.value(0).toString();
        w.start = instantOrInvalid(q.value(1));
        w.end = instantOrInvalid(q.value(2));
        w.impact = impactFromWireName(q.value(3).toString()).value_or(Impact::Outage);
        incident.windows << w;
    }
    q.prepare(QStringLiteral("SELECT at_ms, status, message FROM status_updates WHERE incident_id = ? ORDER BY position"));
    q.addBindValue(incident.id);
    if (!q.exec())
        return false;
    while (q.next()) {
        incident.updates << StatusUpdate{instantOrInvalid(q.value(0)),
                                         incidentStatusFromWireName(q.value(1).toString()).value_or(IncidentStatus::Investigating),
                                         q.value(2).toString()};
    }
    q.prepare(QStringLiteral("SELECT title, owner, due, done FROM action_items WHERE incident_id = ? ORDER BY position"));
    q.addBindValue(incident.id);
    if (!q.exec())
        return false;
    while (q.next()) {
        incident.actionItems << ActionItem{q.value(0).toString(), q.value(1).toString(),
                                           QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toInt() != 0};
    }
    q.prepare(QStringLiteral("SELECT at_ms, note, portal FROM publications WHERE incident_id = ? ORDER BY position"));
    q.addBindValue(incident.id);
    if (!q.exec())
        return false;
    while (q.next())
        incident.publications << Publication{instantOrInvalid(q.value(0)), q.value(1).toString(), q.value(2).toString()};
    return true;
}

bool IncidentRepository::save(Incident &incident, QString *error)
{
    if (incident.id == 0 && !incident.uuid.isNull())
        incident.id = idOf(incident.uuid);
    return saveKnown(incident, error);
}

bool IncidentRepository::saveKnown(Incident &incident, QString *error)
{
    if (incident.uuid.isNull())
        incident.uuid = QUuid::createUuid();
    return m_workspace->transaction(
        [&](QString *err) {
            auto sqlFail = [&](const QSqlQuery &q) {
                *err = tr("cannot save incident \"%1\": %2").arg(incident.title, q.lastError().text());
                return false;
            };
            auto insertRow = [&](const QString &sql, const QVariantList &values) {
                QSqlQuery &ins = m_workspace->statement(sql);
                for (int column = 0; column < values.size(); ++column)
                    ins.bindValue(column, values.at(column));
                return ins.exec() || sqlFail(ins);
            };
            const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
            const bool isNew = incident.id == 0;
            SearchIndex *index = m_workspace->searchIndex();
            // An incident saved before in this bulk write is not in the index yet.
            if (!isNew && index && !m_deferred.contains(incident.id)) {
                // Before the rows change: the index is told what it was given for them.
                const auto stored = storedSearchEntry(incident.id);
                if (stored && !index->remove(*stored, err))
                    return false;
            }
            const QDateTime first = incident.firstStart();
            const QVariantList fields{text(incident.title),
                                      toWireName(incident.severity),
                                      toWireName(incident.status),
                                      text(incident.cause),
                                      text(incident.detectedBy),
                                      triState(incident.dataImpact),
                                      triState(incident.securityBreach),
                                      text(incident.internalNotes),
                                      incident.rca ? 1 : 0,
                                      text(incident.rca ? incident.rca->text : QString()),
                                      toWireName(incident.rca ? incident.rca->state : RcaState::Draft),
                                      text(incident.rca ? incident.rca->approvedBy : QString()),
                                      msOrNull(incident.rca ? incident.rca->approvedAt : QDateTime()),
                                      msOrNull(first),
                                      msOrNull(incident.lastEnd()),
                                      incident.hasOngoingWindow() ? 1 : 0,
                                      first.isValid() ? first.toMSecsSinceEpoch() : nowMs,
                                      nowMs};
            QSqlQuery &q = isNew
                ? m_workspace->statement(QStringLiteral(
                      "INSERT INTO incidents(title, severity, status, cause, detected_by, data_impact, "
                      "security_breach, internal_notes, has_rca, rca_text, rca_state, rca_approved_by, "
                      "rca_approved_at_ms, first_start_ms, last_end_ms, ongoing, sort_start_ms, updated_at_ms, "
                      "uuid, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                : m_workspace->statement(QStringLiteral(
                      "UPDATE incidents SET title = ?, severity = ?, status = ?, cause = ?, detected_by = ?, "
                      "data_impact = ?, security_breach = ?, internal_notes = ?, has_rca = ?, rca_text = ?, "
                      "rca_state = ?, rca_approved_by = ?, rca_approved_at_ms = ?, first_start_ms = ?, "
                      "last_end_ms = ?, ongoing = ?, sort_start_ms = ?, updated_at_ms = ? WHERE id = ?"));
            int column = 0;
            for (const auto &value : fields)
                q.bindValue(column++, value);
            if (isNew) {
                q.bindValue(column++, incident.uuidString());
                q.bindValue(column++, nowMs);
            } else {
                q.bindValue(column++, incident.id);
            }
            if (!q.exec())
                return sqlFail(q);
            if (isNew) {
                incident.id = q.lastInsertId().toLongLong();
            } else {
                for (const QString &table : tables().mid(1)) {
                    QSqlQuery &del = m_workspace->statement(QStringLiteral("DELETE FROM %1 WHERE incident_id = ?").arg(table));
                    del.bindValue(0, incident.id);
                    if (!del.exec())
                        return sqlFail(del);
                }
            }

            // In a bulk write the instances cannot change between incidents: one look-up
            // each for the whole write instead of one per incident.
            QHash<QString, qint64> localInstanceIds;
            QHash<QString, qint64> &instanceIds = m_deferIndexing ? m_bulkInstanceIds : localInstanceIds;
            for (int i = 0; i < incident.windows.size(); ++i) {
                const auto &w = incident.windows.at(i);
                auto it = instanceIds.constFind(w.instance);
                if (it == instanceIds.cend()) {
                    QSqlQuery &lookup = m_workspace->statement(QStringLiteral("SELECT id FROM instances WHERE name = ?"));
                    lookup.bindValue(0, w.instance);
                    if (!lookup.exec() || !lookup.next()) {
                        *err = tr("incident \"%1\": unknown instance %2").arg(incident.title, w.instance);
                        return false;
                    }
                    it = instanceIds.insert(w.instance, lookup.value(0).toLongLong());
                    lookup.finish();
                }
                if (w.end.isValid() && w.end <= w.start) {
                    *err = tr("incident \"%1\": a window on %2 ends before it starts").arg(incident.title, w.instance);
                    return false;
                }
                if (!insertRow(QStringLiteral("INSERT INTO outage_windows(incident_id, position, instance_id, start_ms, "
                                              "end_ms, impact) VALUES (?, ?, ?, ?, ?, ?)"),
                               {incident.id, i, it.value(), w.start.toMSecsSinceEpoch(), msOrNull(w.end), toWireName(w.impact)}))
                    return false;
            }
            for (int i = 0; i < incident.updates.size(); ++i) {
                const auto &u = incident.updates.at(i);
                if (!insertRow(QStringLiteral("INSERT INTO status_updates(incident_id, position, at_ms, status, message) "
                                              "VALUES (?, ?, ?, ?, ?)"),
                               {incident.id, i, u.at.toMSecsSinceEpoch(), toWireName(u.status), text(u.message)}))
                    return false;
            }
            for (int i = 0; i < incident.actionItems.size(); ++i) {
                const auto &a = incident.actionItems.at(i);
                const QVariant due = a.due.isValid() ? QVariant(a.due.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
                if (!insertRow(QStringLiteral("INSERT INTO action_items(incident_id, position, title, owner, due, done) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                               {incident.id, i, text(a.title), text(a.owner), due, a.done ? 1 : 0}))
                    return false;
            }
            for (int i = 0; i < incident.publications.size(); ++i) {
                const auto &p = incident.publications.at(i);
                if (!insertRow(QStringLiteral("INSERT INTO publications(incident_id, position, at_ms, note, portal) "
                                              "VALUES (?, ?, ?, ?, ?)"),
                               {incident.id, i, p.at.toMSecsSinceEpoch(), text(p.note), text(p.portal)}))
                    return false;
            }
            if (index && m_deferIndexing) {
                if (!m_deferred.contains(incident.id)) {
                    m_deferred.insert(incident.id);
                    m_deferredIds.append(incident.id);
                }
            } else if (index) {
                const SearchEntry entry{incident.id, first.isValid() ? first.toMSecsSinceEpoch() : nowMs,
                                        text(incident.title), searchBodyOf(incident)};
                if (!index->add(entry, err))
                    return false;
            }
            m_workspace->notifyIncidentChanged(incident.uuid);
            return true;
        },
        error);
}

bool IncidentRepository::remove(const QUuid &uuid, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            const qint64 id = idOf(uuid);
            if (id == 0) {
                *err = tr("no incident with id %1").arg(uuid.toString(QUuid::WithoutBraces));
                return false;
            }
            if (m_deferred.remove(id)) {
                m_deferredIds.removeOne(id); // never indexed: nothing to take out
            } else if (auto *index = m_workspace->searchIndex()) {
                const auto stored = storedSearchEntry(id);
                if (stored && !index->remove(*stored, err))
                    return false;
            }
            QSqlQuery q(m_workspace->database());
            q.prepare(QStringLiteral("DELETE FROM incidents WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            m_workspace->notifyIncidentRemoved(uuid);
            return true;
        },
        error);
}

bool IncidentRepository::indexDeferred(QString *error)
{
    SearchIndex *index = m_workspace->searchIndex();
    const QList<qint64> ids = std::exchange(m_deferredIds, {});
    m_deferred.clear();
    m_deferIndexing = false;
    m_bulkInstanceIds.clear();
    if (!index || ids.isEmpty())
        return true;
    return m_workspace->transaction([&](QString *err) { return index->addStored(ids, err); }, error);
}

std::optional<SearchEntry> IncidentRepository::storedSearchEntry(qint64 id) const
{
    QSqlQuery &q = m_workspace->statement(
        QStringLiteral("SELECT sort_start_ms, title, cause, has_rca, rca_text FROM incidents WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SearchEntry entry;
    entry.incidentId = id;
    entry.sortStartMs = q.value(0).toLongLong();
    entry.title = q.value(1).toString();
    const QString cause = q.value(2).toString();
    const std::optional<QString> rca = q.value(3).toInt() != 0 ? std::optional<QString>(q.value(4).toString()) : std::nullopt;
    q.finish();
    QSqlQuery &u = m_workspace->statement(
        QStringLiteral("SELECT message FROM status_updates WHERE incident_id = ? ORDER BY position"));
    u.bindValue(0, id);
    if (!u.exec())
        return std::nullopt;
    QStringList messages;
    while (u.next())
        messages << u.value(0).toString();
    u.finish();
    entry.body = searchBody(cause, rca, messages);
    return entry;
}

QString IncidentRepository::searchMatch(const IncidentQuery &query) const
{
    const QString text = query.text.trimmed();
    if (text.isEmpty() || !m_workspace->searchIndex())
        return QString();
    return m_workspace->searchIndex()->matchArgument(text);
}

QString IncidentRepository::whereClause(const IncidentQuery &query, QVariantList *binds, const QString &matchingIdsSql) const
{
    QStringList conditions;
    if (!query.text.trimmed().isEmpty() && m_workspace->searchIndex()) {
        const QString match = searchMatch(query);
        if (match.isEmpty()) {
            conditions << QStringLiteral("0 = 1");
        } else {
            conditions << QStringLiteral("id IN (%1)")
                              .arg(matchingIdsSql.isEmpty() ? m_workspace->searchIndex()->matchingIdsSql() : matchingIdsSql);
            *binds << match;
        }
    }
    const QString filters = filterConditions(query, binds);
    if (!filters.isEmpty())
        conditions << filters;
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString IncidentRepository::filterConditions(const IncidentQuery &query, QVariantList *binds) const
{
    QStringList conditions;
    auto inList = [&](const QString &column, const QStringList &values) {
        QStringList marks;
        for (const auto &v : values) {
            marks << QStringLiteral("?");
            *binds << v;
        }
        conditions << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1String(", ")));
    };
    if (!query.statuses.isEmpty()) {
        QStringList names;
        for (auto s : query.statuses)
            names << toWireName(s);
        inList(QStringLiteral("status"), names);
    }
    if (!query.severities.isEmpty()) {
        QStringList names;
        for (auto s : query.severities)
            names << toWireName(s);
        inList(QStringLiteral("severity"), names);
    }
    if (!query.dataCenters.isEmpty()) {
        QStringList marks;
        for (const auto &code : query.dataCenters) {
            marks << QStringLiteral("?");
            *binds << code;
        }
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM outage_windows w JOIN instances i ON i.id = w.instance_id "
                                     "JOIN data_centers d ON d.id = i.data_center_id "
                                     "WHERE w.incident_id = incidents.id AND d.code IN (%1))")
                          .arg(marks.join(QLatin1String(", ")));
    }
    return conditions.join(QLatin1String(" AND "));
}

QList<WindowRecord> IncidentRepository::windowsBetween(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT w.start_ms, w.end_ms, w.impact, i.name, d.code, inc.id, inc.uuid, inc.title, inc.severity "
        "FROM outage_windows w JOIN instances i ON i.id = w.instance_id "
        "JOIN data_centers d ON d.id = i.data_center_id JOIN incidents inc ON inc.id = w.incident_id "
        "WHERE w.start_ms < ? AND (w.end_ms IS NULL OR w.end_ms > ?) ORDER BY w.start_ms, w.id"));
    q.addBindValue(to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    q.addBindValue(from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    QList<WindowRecord> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        WindowRecord r;
        r.startMs = q.value(0).toLongLong();
        r.endMs = q.value(1).isNull() ? WindowRecord::kOngoing : q.value(1).toLongLong();
        r.impact = impactFromWireName(q.value(2).toString()).value_or(Impact::Outage);
        r.instance = q.value(3).toString();
        r.dataCenter = q.value(4).toString();
        r.incidentId = q.value(5).toLongLong();
        r.incidentUuid = q.value(6).toString();
        r.incidentTitle = q.value(7).toString();
        r.severity = severityFromWireName(q.value(8).toString()).value_or(Severity::None);
        rows << r;
    }
    return rows;
}

QList<WindowRecord> IncidentRepository::windowSpansBetween(const QDateTime &from, const QDateTime &to) const
{
    struct Names
    {
        QString instance;
        QString dataCenter;
    };
    QHash<qint64, Names> names;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT i.id, i.name, d.code FROM instances i JOIN data_centers d ON d.id = i.data_center_id"));
    while (q.next())
        names.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    const qint64 toMs = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    const qint64 fromMs = from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();

    // A period holding most windows (a year's availability) is read straight through
    // the table: through the start index every window costs a row look-up, four times
    // the time of the whole scan. Two single min/max queries are index look-ups.
    bool broad = true;
    if (q.exec(QStringLiteral("SELECT (SELECT min(start_ms) FROM outage_windows), (SELECT max(start_ms) FROM outage_windows)"))
        && q.next() && !q.value(0).isNull()) {
        const qint64 first = q.value(0).toLongLong();
        const qint64 last = q.value(1).toLongLong();
        const double covered = double(std::min(toMs, last)) - double(std::max(fromMs, first));
        broad = covered * 2 >= double(last - first);
    }
    // The impact as a number: a string per window is a measurable part of the time.
    q.prepare(QStringLiteral("SELECT start_ms, end_ms, CASE impact WHEN '%1' THEN 0 WHEN '%2' THEN 1 ELSE 2 END, "
                             "instance_id FROM outage_windows WHERE %3 < ? AND (end_ms IS NULL OR end_ms > ?)")
                  .arg(toWireName(Impact::Outage), toWireName(Impact::Degraded),
                       broad ? QStringLiteral("+start_ms") : QStringLiteral("start_ms")));
    q.addBindValue(toMs);
    q.addBindValue(fromMs);
    QList<WindowRecord> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        WindowRecord r;
        r.startMs = q.value(0).toLongLong();
        const QVariant end = q.value(1);
        r.endMs = end.isNull() ? WindowRecord::kOngoing : end.toLongLong();
        const int impact = q.value(2).toInt();
        r.impact = impact == 0 ? Impact::Outage : impact == 1 ? Impact::Degraded : Impact::Maintenance;
        const Names &n = names[q.value(3).toLongLong()];
        r.instance = n.instance;
        r.dataCenter = n.dataCenter;
        rows << r;
    }
    return rows;
}

int IncidentRepository::count(const IncidentQuery &query) const
{
    QVariantList binds;
    QSqlQuery q(m_workspace->database());
    const QString match = searchMatch(query);
    QVariantList filterBinds;
    if (!match.isEmpty() && filterConditions(query, &filterBinds).isEmpty()) {
        // One index entry per incident: the index counts its matches without the table.
        q.prepare(m_workspace->searchIndex()->matchCountSql());
        q.addBindValue(match);
        return q.exec() && q.next() ? q.value(0).toInt() : 0;
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM incidents") + whereClause(query, &binds));
    for (const auto &b : std::as_const(binds))
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<IncidentSummary> IncidentRepository::list(const IncidentQuery &query, int offset, int limit) const
{
    QVariantList binds;
    QString narrowedIdsSql;
    QVariantList narrowedBinds;
    const QString match = searchMatch(query);
    if (!match.isEmpty() && query.sortKey == IncidentQuery::SortKey::Start && offset >= 0 && limit > 0
        && offset < std::numeric_limits<int>::max() - limit) {
        // A common word matches most incidents: let the index pick the few that can be
        // on this page rather than sorting all of them.
        QVariantList filterBinds;
        const QString filters = filterConditions(query, &filterBinds);
        if (const auto narrowed = m_workspace->searchIndex()->firstMatchesInStartOrder(match, filters, filterBinds,
                                                                                      query.descending, offset + limit)) {
            narrowedIdsSql = narrowed->sql;
            narrowedBinds = narrowed->binds;
        }
    }
    QString where = whereClause(query, &binds, narrowedIdsSql);
    if (!narrowedBinds.isEmpty())
        binds = QVariantList{binds.first()} + narrowedBinds + binds.mid(1);
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString order;
    switch (query.sortKey) {
    case IncidentQuery::SortKey::Start:
        // Incidents without windows sort as the newest: they are being written now.
        order = QStringLiteral("sort_start_ms %1, id %1").arg(direction);
        break;
    case IncidentQuery::SortKey::Title:
        order = QStringLiteral("title %1, id %1").arg(direction);
        break;
    case IncidentQuery::SortKey::Status:
        order = QStringLiteral("CASE status WHEN 'investigating' THEN 0 WHEN 'identified' THEN 1 "
                               "WHEN 'monitoring' THEN 2 ELSE 3 END %1, id %1").arg(direction);
        break;
    case IncidentQuery::SortKey::Severity:
        order = QStringLiteral("CASE severity WHEN 'none' THEN 0 WHEN 'minor' THEN 1 "
                               "WHEN 'major' THEN 2 ELSE 3 END %1, id %1").arg(direction);
        break;
    }
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, uuid, title, severity, status, first_start_ms, last_end_ms, ongoing "
                             "FROM incidents%1 ORDER BY %2 LIMIT ? OFFSET ?").arg(where, order));
    for (const auto &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<IncidentSummary> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        IncidentSummary s;
        s.id = q.value(0).toLongLong();
        s.uuid = q.value(1).toString();
        s.title = q.value(2).toString();
        s.severity = severityFromWireName(q.value(3).toString()).value_or(Severity::None);
        s.status = incidentStatusFromWireName(q.value(4).toString()).value_or(IncidentStatus::Investigating);
        s.hasStart = !q.value(5).isNull();
        s.hasEnd = !q.value(6).isNull();
        s.firstStartMs = q.value(5).toLongLong();
        s.lastEndMs = q.value(6).toLongLong();
        s.ongoing = q.value(7).toInt() != 0;
        rows << s;
    }
    return rows;
}

} // namespace OutageDesk
