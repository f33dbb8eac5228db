#include "publish/PortalRepository.h"

#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalRepository", text);
}

const char kColumns[] =
    "id, name, kind, url, user_name, page_id, ca_file, component_map, language, title, transfer_timeout_ms, ask_secret";

Portal readPortal(const QSqlQuery &q)
{
    Portal p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.kind = portalKindFromWireName(q.value(2).toString()).value_or(PortalKind::WebDav);
    p.url = q.value(3).toString();
    p.user = q.value(4).toString();
    p.pageId = q.value(5).toString();
    p.caFile = q.value(6).toString();
    const QJsonObject map = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        p.componentMap.insert(it.key(), it.value().toString());
    p.language = q.value(8).toString();
    p.title = q.value(9).toString();
    p.transferTimeoutMs = q.value(10).toInt();
    p.askSecretEachPublish = q.value(11).toInt() != 0;
    return p;
}

// Qt binds a null QString as SQL NULL; the columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString componentMapJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

PortalRepository::PortalRepository(Workspace *workspace)
    : m_workspace(workspace)
{
}

bool PortalRepository::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QList<Portal> PortalRepository::portals() const
{
    QList<Portal> result;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM portals ORDER BY name").arg(QLatin1String(kColumns))))
        return result;
    while (q.next())
        result << readPortal(q);
    return result;
}

std::optional<Portal> PortalRepository::portal(const QString &name) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT %1 FROM portals WHERE name = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return readPortal(q);
    return std::nullopt;
}

std::optional<Portal> PortalRepository::portal(qint64 id) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("SELECT %1 FROM portals WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readPortal(q);
    return std::nullopt;
}

bool PortalRepository::save(Portal &portal, QString *error)
{
    if (!isValidName(portal.name)) {
        *error = tr("“%1” is not a valid portal name (letters, digits, '.', '_' and '-', at most 64).")
                     .arg(portal.name);
        return false;
    }
    return m_workspace->transaction(
        [&](QString *err) {
            if (const auto existing = this->portal(portal.name); existing && existing->id != portal.id) {
                *err = tr("A portal named “%1” already exists.").arg(portal.name);
                return false;
            }
            QSqlQuery q(m_workspace->database());
            if (portal.id == 0) {
                q.prepare(QStringLiteral(
                    "INSERT INTO portals(name, kind, url, user_name, page_id, ca_file, component_map, language, "
                    "title, transfer_timeout_ms, ask_secret, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            } else {
                q.prepare(QStringLiteral(
                    "UPDATE portals SET name = ?, kind = ?, url = ?, user_name = ?, page_id = ?, ca_file = ?, "
                    "component_map = ?, language = ?, title = ?, transfer_timeout_ms = ?, ask_secret = ? WHERE id = ?"));
            }
            q.addBindValue(text(portal.name));
            q.addBindValue(toWireName(portal.kind));
            q.addBindValue(text(portal.url));
            q.addBindValue(text(portal.user));
            q.addBindValue(text(portal.pageId));
            q.addBindValue(text(portal.caFile));
            q.addBindValue(componentMapJson(portal.componentMap));
            q.addBindValue(text(portal.language));
            q.addBindValue(text(portal.title));
            q.addBindValue(portal.transferTimeoutMs);
            q.addBindValue(int(portal.askSecretEachPublish));
            q.addBindValue(portal.id == 0 ? Clock::now().toMSecsSinceEpoch() : portal.id);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            if (portal.id == 0)
                portal.id = q.lastInsertId().toLongLong();
            return true;
        },
        error);
}

bool PortalRepository::remove(qint64 id, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            q.prepare(QStringLiteral("DELETE FROM portals WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            return true;
        },
        error);
}

} // namespace OutageDesk
