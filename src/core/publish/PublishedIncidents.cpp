#include "publish/PublishedIncidents.h"

#include "exchange/ImportBatch.h"
#include "exchange/ImportError.h"
#include "exchange/IncidentExporter.h"
#include "exchange/IncidentImporter.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PublishedIncidents", text);
}

// A stored copy was valid when it was sent; "windows may not start in the future"
// is a rule for typing, not for reading back history.
const QDateTime kNoFuture(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc());

} // namespace

PublishedIncidents::PublishedIncidents(Workspace *workspace)
    : m_workspace(workspace)
{
}

bool PublishedIncidents::record(qint64 portalId, const Incident &publicView, const QDateTime &at, QString *error)
{
    const QByteArray document = IncidentExporter::exportIncident(m_workspace, publicView);
    return m_workspace->transaction(
        [&](QString *err) {
            const QString uuid = publicView.uuidString();
            // Delete and insert rather than an upsert: the same SQL works on PostgreSQL.
            QSqlQuery &remove = m_workspace->statement(
                QStringLiteral("DELETE FROM portal_published_incidents WHERE portal_id = ? AND incident_uuid = ?"));
            remove.addBindValue(portalId);
            remove.addBindValue(uuid);
            QSqlQuery &insert = m_workspace->statement(
                QStringLiteral("INSERT INTO portal_published_incidents(portal_id, incident_uuid, published_at_ms, document) "
                               "VALUES (?, ?, ?, ?)"));
            insert.addBindValue(portalId);
            insert.addBindValue(uuid);
            insert.addBindValue(at.toMSecsSinceEpoch());
            insert.addBindValue(QString::fromUtf8(document));
            if (!remove.exec() || !insert.exec()) {
                *err = remove.lastError().isValid() ? remove.lastError().text() : insert.lastError().text();
                return false;
            }
            return true;
        },
        error);
}

std::optional<QList<Incident>> PublishedIncidents::load(qint64 portalId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT incident_uuid, document FROM portal_published_incidents WHERE portal_id = ? "
                             "ORDER BY incident_uuid"));
    q.addBindValue(portalId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<Incident> incidents;
    while (q.next()) {
        ImportBatch batch;
        ImportError parseError;
        if (!IncidentImporter::parse(q.value(1).toString().toUtf8(), kNoFuture, &batch, &parseError)
            || batch.incidents.size() != 1) {
            *error = tr("The copy of incident %1 last sent to this portal cannot be read (%2); publish that incident "
                        "again to replace it.")
                         .arg(q.value(0).toString(), parseError.toString());
            return std::nullopt;
        }
        incidents << batch.incidents.constFirst();
    }
    return incidents;
}

} // namespace OutageDesk
