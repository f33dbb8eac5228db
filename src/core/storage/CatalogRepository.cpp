#include "storage/CatalogRepository.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogRepository", text);
}

DataCenter readDataCenter(const QSqlQuery &q)
{
    DataCenter dc;
    dc.id = q.value(0).toLongLong();
    dc.code = q.value(1).toString();
    dc.name = q.value(2).toString();
    dc.timeZone = q.value(3).toString();
    return dc;
}

Instance readInstance(const QSqlQuery &q)
{
    Instance i;
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.product = q.value(2).toString();
    i.dataCenter = q.value(3).toString();
    return i;
}

const char kSelectDataCenters[] = "SELECT id, code, name, time_zone FROM data_centers";
const char kSelectInstances[] = "SELECT i.id, i.name, i.product, d.code FROM instances i "
                                "JOIN data_centers d ON d.id = i.data_center_id";

bool dataCenterCodeIn(const QList<DataCenter> &dcs, const QString &code)
{
    return std::any_of(dcs.cbegin(), dcs.cend(), [&](const DataCenter &d) { return d.code == code; });
}

} // namespace

CatalogRepository::CatalogRepository(Workspace *workspace)
    : m_workspace(workspace)
{
}

QList<DataCenter> CatalogRepository::dataCenters() const
{
    QList<DataCenter> result;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.exec(QLatin1String(kSelectDataCenters) + QLatin1String(" ORDER BY code"));
    while (q.next())
        result << readDataCenter(q);
    return result;
}

QList<Instance> CatalogRepository::instances() const
{
    QList<Instance> result;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.exec(QLatin1String(kSelectInstances) + QLatin1String(" ORDER BY d.code, i.name"));
    while (q.next())
        result << readInstance(q);
    return result;
}

std::optional<DataCenter> CatalogRepository::dataCenter(const QString &code) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QLatin1String(kSelectDataCenters) + QLatin1String(" WHERE code = ?"));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return readDataCenter(q);
    return std::nullopt;
}

std::optional<Instance> CatalogRepository::instance(const QString &name) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QLatin1String(kSelectInstances) + QLatin1String(" WHERE i.name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return readInstance(q);
    return std::nullopt;
}

std::optional<DataCenter> CatalogRepository::dataCenterOfInstance(const QString &instanceName) const
{
    const auto inst = instance(instanceName);
    return inst ? dataCenter(inst->dataCenter) : std::nullopt;
}

bool CatalogRepository::saveDataCenter(DataCenter &dc, QString *error)
{
    const bool ok = m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            // An id that is gone (an undone removal) is inserted again under the same id.
            q.prepare(dc.id == 0 ? QStringLiteral("INSERT INTO data_centers(code, name, time_zone) VALUES (?, ?, ?)")
                                 : QStringLiteral("INSERT INTO data_centers(code, name, time_zone, id) VALUES (?, ?, ?, ?) "
                                                  "ON CONFLICT(id) DO UPDATE SET code = excluded.code, "
                                                  "name = excluded.name, time_zone = excluded.time_zone"));
            q.addBindValue(dc.code);
            q.addBindValue(dc.name);
            q.addBindValue(dc.timeZone);
            if (dc.id != 0)
                q.addBindValue(dc.id);
            if (!q.exec()) {
                *err = tr("cannot save data center %1: %2").arg(dc.code, q.lastError().text());
                return false;
            }
            if (dc.id == 0)
                dc.id = q.lastInsertId().toLongLong();
            m_workspace->notifyCatalogChanged();
            return true;
        },
        error);
    return ok;
}

bool CatalogRepository::saveInstance(Instance &instance, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            q.prepare(instance.id == 0
                          ? QStringLiteral("INSERT INTO instances(name, product, data_center_id) "
                                           "SELECT ?, ?, id FROM data_centers WHERE code = ?")
                          : QStringLiteral("INSERT INTO instances(name, product, data_center_id, id) "
                                           "SELECT ?, ?, id, ? FROM data_centers WHERE code = ? "
                                           "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                                           "product = excluded.product, data_center_id = excluded.data_center_id"));
            q.addBindValue(instance.name);
            q.addBindValue(instance.product.isNull() ? QStringLiteral("") : instance.product);
            if (instance.id != 0)
                q.addBindValue(instance.id);
            q.addBindValue(instance.dataCenter);
            if (!q.exec() || q.numRowsAffected() != 1) {
                *err = q.lastError().isValid()
                    ? tr("cannot save instance %1: %2").arg(instance.name, q.lastError().text())
                    : tr("cannot save instance %1: no data center %2").arg(instance.name, instance.dataCenter);
                return false;
            }
            if (instance.id == 0)
                instance.id = q.lastInsertId().toLongLong();
            m_workspace->notifyCatalogChanged();
            return true;
        },
        error);
}

bool CatalogRepository::removeDataCenter(qint64 id, QString *error)
{
    return removeUnreferenced(QStringLiteral("data_centers"), id,
                              QStringLiteral("SELECT count(*) FROM instances WHERE data_center_id = ?"),
                              tr("the data center still hosts %1 instance(s); remove or move them first"), error);
}

bool CatalogRepository::removeInstance(qint64 id, QString *error)
{
    return removeUnreferenced(QStringLiteral("instances"), id,
                              QStringLiteral("SELECT count(*) FROM outage_windows WHERE instance_id = ?"),
                              tr("the instance has %1 outage window(s) recorded; it cannot be removed"), error);
}

bool CatalogRepository::removeUnreferenced(const QString &table, qint64 id, const QString &countReferences,
                                           const QString &refusal, QString *error)
{
    // Refused with a message rather than left to the foreign key, which would only say
    // "constraint failed" and not why or how many.
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            q.prepare(countReferences);
            q.addBindValue(id);
            if (q.exec() && q.next() && q.value(0).toInt() > 0) {
                *err = refusal.arg(q.value(0).toInt());
                return false;
            }
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
            q.addBindValue(id);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            m_workspace->notifyCatalogChanged();
            return true;
        },
        error);
}

bool CatalogRepository::replace(const QList<DataCenter> &dcs, const QList<Instance> &instancesWanted, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            QSet<qint64> keepInstances;
            for (const auto &i : instancesWanted)
                keepInstances.insert(i.id);
            for (const auto &existing : instances()) {
                if (!keepInstances.contains(existing.id) && !removeInstance(existing.id, err))
                    return false;
            }
            // Data centers first (instances refer to them by code), then instances,
            // then the data centers nobody wants any more (now empty).
            for (auto dc : dcs) {
                if (!saveDataCenter(dc, err))
                    return false;
            }
            for (auto inst : instancesWanted) {
                if (!saveInstance(inst, err))
                    return false;
            }
            QSet<qint64> keepDcs;
            for (const auto &d : dcs)
                keepDcs.insert(d.id);
            for (const auto &existing : dataCenters()) {
                if (!keepDcs.contains(existing.id) && !dataCenterCodeIn(dcs, existing.code)
                    && !removeDataCenter(existing.id, err))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace OutageDesk
