#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace OutageDesk {

// What the index holds for one incident: its title and body (cause, RCA text and
// status updates), and the list's default sort key, so that an index may hand out
// matches in list order.
struct SearchEntry
{
    qint64 incidentId = 0;
    qint64 sortStartMs = 0;
    QString title;
    QString body;
};

// The body every index is given: one definition, so that what is removed is
// always exactly what was added.
inline QString searchBody(const QString &cause, const std::optional<QString> &rcaText, const QStringList &updateMessages)
{
    QStringList parts{cause};
    if (rcaText)
        parts << *rcaText;
    parts << updateMessages;
    return parts.join(QLatin1Char('\n'));
}

// Full-text search over incident titles, RCA text and status updates. The one
// place where SQLite-only SQL (FTS5) lives; a PostgreSQL workspace would bring its
// own implementation (tsvector) behind this interface.
class SearchIndex
{
public:
    virtual ~SearchIndex() = default;

    virtual bool ensureSchema(QString *error) = 0;
    // `entry` is new to the index: a new incident, or one whose old entry was removed.
    virtual bool add(const SearchEntry &entry, QString *error) = 0;
    // `entry` must be exactly what was added (the incident as stored, read before it
    // changes): an index that keeps no copy of the text needs it to find the terms.
    virtual bool remove(const SearchEntry &entry, QString *error) = 0;
    // Adds the stored incidents with these ids, each new to the index as for add(),
    // reading title and body from the workspace itself: what an import uses, so that
    // the index is built in one pass after the rows instead of a row at a time
    // between them.
    virtual bool addStored(const QList<qint64> &incidentIds, QString *error) = 0;
    virtual bool rebuild(QString *error) = 0;
    // A SQL fragment selecting the matching incident ids, with one bind value (the
    // query string from matchArgument()). Repositories embed it as a subquery so the
    // MATCH runs before any join.
    virtual QString matchingIdsSql() const = 0;
    // A SQL expression counting all matches, with the same one bind value.
    virtual QString matchCountSql() const = 0;
    virtual QString matchArgument(const QString &userText) const = 0;

    // For the list in its default order (sort_start_ms, id; newest first when
    // `newestFirst`): narrows the matches down to a subset that surely holds the first
    // `rows` incidents satisfying `conditions` (SQL on table incidents, with
    // `conditionBinds`), so the list need not sort every match of a common word.
    // Returns a SQL fragment like matchingIdsSql() and the bind values that follow
    // the match argument, or nothing when it cannot narrow them down.
    struct Narrowed
    {
        QString sql;
        QVariantList binds;
    };
    virtual std::optional<Narrowed> firstMatchesInStartOrder(const QString &matchArgument, const QString &conditions,
                                                             const QVariantList &conditionBinds, bool newestFirst,
                                                             int rows) const = 0;
};

} // namespace OutageDesk
