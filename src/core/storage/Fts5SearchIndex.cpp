#include "storage/Fts5SearchIndex.h"

#include "storage/Workspace.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace OutageDesk {

Fts5SearchIndex::Fts5SearchIndex(Workspace *workspace)
    : m_workspace(workspace)
{
}

bool Fts5SearchIndex::ensureSchema(QString *error)
{
    QSqlQuery q(m_workspace->database());
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS incident_search USING fts5("
                               "title, body, tokenize = 'unicode61 remove_diacritics 2')"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Fts5SearchIndex::index(qint64 incidentId, const QString &title, const QString &body, bool isNew, QString *error)
{
    if (!isNew && !remove(incidentId, error))
        return false;
    QSqlQuery &q = m_workspace->statement(QStringLiteral("INSERT INTO incident_search(rowid, title, body) VALUES (?, ?, ?)"));
    q.bindValue(0, incidentId);
    q.bindValue(1, title);
    q.bindValue(2, body);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Fts5SearchIndex::remove(qint64 incidentId, QString *error)
{
    QSqlQuery &q = m_workspace->statement(QStringLiteral("DELETE FROM incident_search WHERE rowid = ?"));
    q.bindValue(0, incidentId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Fts5SearchIndex::rebuild(QString *error)
{
    QSqlQuery q(m_workspace->database());
    const QStringList statements{
        QStringLiteral("DELETE FROM incident_search"),
        QStringLiteral("INSERT INTO incident_search(rowid, title, body) "
                       "SELECT i.id, i.title, i.cause || ' ' || i.rca_text || ' ' || "
                       "COALESCE((SELECT group_concat(u.message, ' ') FROM status_updates u WHERE u.incident_id = i.id), '') "
                       "FROM incidents i"),
        QStringLiteral("INSERT INTO incident_search(incident_search) VALUES ('optimize')")};
    for (const auto &s : statements) {
        if (!q.exec(s)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QString Fts5SearchIndex::matchingIdsSql() const
{
    return QStringLiteral("SELECT rowid FROM incident_search WHERE incident_search MATCH ?");
}

QString Fts5SearchIndex::matchArgument(const QString &userText) const
{
    // Every word becomes a quoted term, so what the user types can never be read as
    // FTS5 syntax (AND, NEAR, column filters, stray quotes). Only the last word is a
    // prefix, the one still being typed: a prefix term walks every token that starts
    // with it, which costs a hundred times a whole-word look-up on a large workspace.
    static const QRegularExpression words(QStringLiteral("[\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = words.globalMatch(userText);
    while (it.hasNext())
        terms << QStringLiteral("\"%1\"").arg(it.next().captured(0));
    const bool stillTyping = !userText.isEmpty() && !userText.back().isSpace();
    if (!terms.isEmpty() && stillTyping)
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

} // namespace OutageDesk
