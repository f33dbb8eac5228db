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
    constexpr qint64 kDaysLimit = qint64(1) << (63 - kIdBits);
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

bool Fts5SearchIndex::rebuild(QString *error)
{
    if (!exec(QStringLiteral("INSERT INTO incident_search(incident_search) VALUES ('delete-all')"), {}, error))
        return false;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT i.id, i.sort_start_ms, i.title, i.cause, i.has_rca, i.rca_text, "
            "(SELECT group_concat(message, char(10)) FROM "
            "(SELECT message FROM status_updates u WHERE u.incident_id = i.id ORDER BY u.position)) FROM incidents i"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        SearchEntry entry;
        entry.incidentId = q.value(0).toLongLong();
        entry.sortStartMs = q.value(1).toLongLong();
        entry.title = q.value(2).toString();
        const std::optional<QString> rca = q.value(4).toInt() != 0 ? std::optional<QString>(q.value(5).toString()) : std::nullopt;
        const QVariant messages = q.value(6);
        entry.body = searchBody(q.value(3).toString(), rca, messages.isNull() ? QStringList() : QStringList{messages.toString()});
        if (!add(entry, error))
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
