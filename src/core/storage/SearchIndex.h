#pragma once

#include <QList>
#include <QString>

namespace OutageDesk {

// Full-text search over incident titles, RCA text and status updates. The one
// place where SQLite-only SQL (FTS5) lives; a PostgreSQL workspace would bring its
// own implementation (tsvector) behind this interface.
class SearchIndex
{
public:
    virtual ~SearchIndex() = default;

    virtual bool ensureSchema(QString *error) = 0;
    // `isNew`: the incident was just inserted, so there is nothing to replace.
    virtual bool index(qint64 incidentId, const QString &title, const QString &body, bool isNew, QString *error) = 0;
    virtual bool remove(qint64 incidentId, QString *error) = 0;
    virtual bool rebuild(QString *error) = 0;
    // A SQL fragment selecting the matching incident ids, with one bind value (the
    // query string from matchArgument()). Repositories embed it as a subquery so the
    // MATCH runs before any join.
    virtual QString matchingIdsSql() const = 0;
    virtual QString matchArgument(const QString &userText) const = 0;
};

} // namespace OutageDesk
