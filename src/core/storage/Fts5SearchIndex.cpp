#include "storage/Fts5SearchIndex.h"

#include "storage/Workspace.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace OutageDesk {
namespace {

// The table's whole definition: a workspace whose index was made differently (the
// content-storing, position-keeping one before schema 5) has it rebuilt on open.
const char kCreateTable[] =
    "CREATE VIRTUAL TABLE incident_search USING fts5(title, body, "
    "tokenize = 'unicode61 remove_diacritics 2', content = '', columnsize = 0, detail = none)";

} // namespace

Fts5SearchIndex::Fts5SearchIndex(Workspace *workspace)
    : m_workspace(workspace)
{
}

qint64 Fts5SearchIndex::rowidFor(qint64 incidentId, qint64 sortStartMs)
{
    // Whole days in the high bits, not seconds: FTS5 stores each term's rowids as
    // deltas, and incidents of one day then differ by their ids alone (with seconds,
    // indexing an import took nearly twice as long).
    // Truncating division and clamping keep the days non-decreasing in the
    // milliseconds, which is all firstMatchesInStartOrder() relies on.
    const qint64 days = std::clamp(sortStartMs / 86400000, -kDaysLimit, kDaysLimit - 1);
    return days * (qint64(1) << kIdBits) + incidentId;
}

bool Fts5SearchIndex::exec(const QString &sql, const QVariantList &binds, QString *error) const
{
    QSqlQuery &q = m_workspace->statement(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Fts5SearchIndex::ensureSchema(QString *error)
{
    QString existing;
    {
        QSqlQuery q(m_workspace->database());
        if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'incident_search'"))) {
            *error = q.lastError().text();
            return false;
        }
        if (q.next())
            existing = q.value(0).toString();
    }
    if (existing == QLatin1String(kCreateTable))
        return true;
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            if ((!existing.isEmpty() && !q.exec(QStringLiteral("DROP TABLE incident_search")))
                || !q.exec(QLatin1String(kCreateTable))) {
                *err = q.lastError().text();
                return false;
            }
            return rebuild(err);
        },
        error);
}

bool Fts5SearchIndex::add(const SearchEntry &entry, QString *error)
{
    if (entry.incidentId <= 0 || entry.incidentId > kIdMask) {
        // Out of reach in practice (ids count insertions), so worded like the SQLite
        // errors beside it rather than added to every catalogue.
        *error = QStringLiteral("incident_search: incident id %1 does not fit the index key").arg(entry.incidentId);
        return false;
    }
    return exec(QStringLiteral("INSERT INTO incident_search(rowid, title, body) VALUES (?, ?, ?)"),
                {rowidFor(entry.incidentId, entry.sortStartMs), entry.title, entry.body}, error);
}

bool Fts5SearchIndex::remove(const SearchEntry &entry, QString *error)
{
    // A contentless table forgets a row only when told the terms it was given.
    return exec(QStringLiteral("INSERT INTO incident_search(incident_search, rowid, title, body) VALUES ('delete', ?, ?, ?)"),
                {rowidFor(entry.incidentId, entry.sortStartMs), entry.title, entry.body}, error);
}

bool Fts5SearchIndex::addStored(const QList<qint64> &incidentIds, QString *error)
{
    if (incidentIds.isEmpty())
        return true;
    // One JSON array instead of a bind per id: SQLite's own json_each() lists them.
    QByteArray ids = "[";
    for (const qint64 id : incidentIds)
        ids += QByteArray::number(id) + ',';
    ids.back() = ']';
    return addFromIncidents(QStringLiteral("i.id IN (SELECT value FROM json_each(?))"), {QString::fromLatin1(ids)}, error);
}

bool Fts5SearchIndex::rebuild(QString *error)
{
    return exec(QStringLiteral("INSERT INTO incident_search(incident_search) VALUES ('delete-all')"), {}, error)
        && addFromIncidents(QStringLiteral("1"), {}, error);
}

bool Fts5SearchIndex::addFromIncidents(const QString &where, const QVariantList &binds, QString *error)
{
    // FTS5 keeps the terms of a transaction in memory and writes them out as a new
    // segment whenever they exceed this size; segments are then merged. The default
    // (1 MB) made a 100k-incident import write and merge some 300 small segments; at
    // 16 MB indexing took 40 % less time. The setting is kept in the table, and a
    // SQLite that no longer knows it refuses it harmlessly: the index works either way.
    QString ignored;
    exec(QStringLiteral("INSERT INTO incident_search(incident_search, rank) VALUES ('hashsize', %1)").arg(kPendingTermsBytes),
         {}, &ignored);
    // Title and body exactly as rowidFor() and searchBody() make them for add(), so that
    // remove() later takes out what this put in. Ordered by key: FTS5 flushes its
    // pending terms whenever a key goes backwards.
    // Only the keys are sorted, not the texts, which would go through temporary files;
    // the materialized keys then lead the join in their order.
    const QString sql = QStringLiteral(
        "WITH k(id, rowid) AS MATERIALIZED (SELECT i.id, max(min(i.sort_start_ms / 86400000, %1), %2) * %3 + i.id "
        "FROM incidents i WHERE %4 ORDER BY 2) "
        "INSERT INTO incident_search(rowid, title, body) "
        "SELECT k.rowid, i.title, "
        "i.cause || CASE WHEN i.has_rca <> 0 THEN char(10) || i.rca_text ELSE '' END "
        "|| coalesce((SELECT char(10) || group_concat(message, char(10)) FROM "
        "(SELECT message FROM status_updates u WHERE u.incident_id = i.id ORDER BY u.position)), '') "
        "FROM k CROSS JOIN incidents i ON i.id = k.id")
        .arg(kDaysLimit - 1)
        .arg(-kDaysLimit)
        .arg(qint64(1) << kIdBits)
        .arg(where);
    QSqlQuery q(m_workspace->database());
    q.prepare(sql);
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QString Fts5SearchIndex::matchingIdsSql() const
{
    return QStringLiteral("SELECT rowid & %1 FROM incident_search WHERE incident_search MATCH ?").arg(kIdMask);
}

QString Fts5SearchIndex::matchCountSql() const
{
    return QStringLiteral("SELECT count(*) FROM incident_search WHERE incident_search MATCH ?");
}

QString Fts5SearchIndex::matchArgument(const QString &userText) const
{
    // Every word becomes a quoted term, so what the user types can never be read as
    // FTS5 syntax (AND, NEAR, column filters, stray quotes). Words are cut where the
    // unicode61 tokenizer cuts them (it keeps letters, digits and private-use
    // characters), so every term is one token: detail=none has no phrases. Only the
    // last word is a prefix, the one still being typed: a prefix term walks every
    // token that starts with it, which costs far more than a whole-word look-up.
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}\\p{Co}]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    auto it = wordPattern.globalMatch(userText);
    while (it.hasNext())
        words << it.next().captured(0);
    QStringList terms;
    for (const auto &word : std::as_const(words))
        terms << QStringLiteral("\"%1\"").arg(word);
    const bool stillTyping = !userText.isEmpty() && !userText.back().isSpace();
    if (!terms.isEmpty() && stillTyping)
        terms.last() = prefixTerm(words.last());
    return terms.join(QLatin1String(" AND ")); // implicit AND takes no (group)
}

QString Fts5SearchIndex::prefixTerm(const QString &word) const
{
    const QString plain = QStringLiteral("\"%1\"*").arg(word);
    // FTS5 (3.40) answers a prefix by merging the row lists of every term that starts
    // with it into one list in memory before it hands out the first row: 14 ms for a
    // word in 80 % of 100k incidents, where that word alone takes 0.2 ms. The few
    // terms a longer prefix stands for are listed from the index's vocabulary
    // instead and searched as alternatives, which FTS5 walks lazily in rowid order.
    // Only for ASCII letters and digits, which the tokenizer merely lower-cases; other
    // words keep the prefix query, whose folding only the tokenizer knows.
    for (const QChar c : word) {
        if (c.unicode() > 0x7F)
            return plain;
    }
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    if (!m_vocabularyReady) {
        // A temp table: per connection, and allowed on a read-only workspace too.
        if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.incident_search_terms "
                                   "USING fts5vocab(main, incident_search, 'row')")))
            return plain;
        m_vocabularyReady = true;
    }
    constexpr int kMostAlternatives = 16;
    const QString prefix = word.toLower();
    // U+10FFFF is no token character, so every term with the prefix sorts below this.
    const QString beyond = prefix + QString::fromUcs4(U"\U0010FFFF");
    q.prepare(QStringLiteral("SELECT term FROM temp.incident_search_terms WHERE term >= ? AND term < ? LIMIT %1")
                  .arg(kMostAlternatives + 1));
    q.addBindValue(prefix);
    q.addBindValue(beyond);
    QStringList alternatives;
    if (!q.exec())
        return plain;
    while (q.next())
        alternatives << QStringLiteral("\"%1\"").arg(q.value(0).toString());
    if (alternatives.isEmpty() || alternatives.size() > kMostAlternatives)
        return plain;
    return QStringLiteral("(%1)").arg(alternatives.join(QLatin1String(" OR ")));
}

std::optional<SearchIndex::Narrowed> Fts5SearchIndex::firstMatchesInStartOrder(const QString &matchArgument,
                                                                               const QString &conditions,
                                                                               const QVariantList &conditionBinds,
                                                                               bool newestFirst, int rows) const
{
    if (rows <= 0)
        return std::nullopt;
    // The rows-th match in rowid order, walking the index in list order (CROSS JOIN
    // keeps FTS5 outside, where it delivers rowids in order and the LIMIT stops it).
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT incident_search.rowid FROM incident_search CROSS JOIN incidents "
                             "ON incidents.id = (incident_search.rowid & %1) WHERE incident_search MATCH ?%2 "
                             "ORDER BY incident_search.rowid %3 LIMIT 1 OFFSET ?")
                  .arg(kIdMask)
                  .arg(conditions.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(conditions),
                       newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    q.addBindValue(matchArgument);
    for (const auto &b : conditionBinds)
        q.addBindValue(b);
    q.addBindValue(rows - 1);
    if (!q.exec() || !q.next())
        return std::nullopt; // fewer matches than rows: nothing to narrow
    const qint64 rowid = q.value(0).toLongLong();
    // Rowids order by whole days, the list by milliseconds: every match of that
    // rows-th match's day comes along, and the list query sorts them exactly.
    const qint64 dayStart = rowid - (rowid & kIdMask);
    Narrowed narrowed;
    narrowed.sql = matchingIdsSql() + (newestFirst ? QStringLiteral(" AND rowid >= ?") : QStringLiteral(" AND rowid <= ?"));
    narrowed.binds << (newestFirst ? dayStart : dayStart + kIdMask);
    return narrowed;
}

} // namespace OutageDesk
