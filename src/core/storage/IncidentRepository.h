#pragma once

#include "model/Incident.h"
#include "storage/IncidentQuery.h"
#include "storage/SearchIndex.h"
#include "storage/WindowRecord.h"

#include <QDateTime>
#include <QSet>
#include <optional>

namespace OutageDesk {

class Workspace;

// Incidents with their windows, updates, action items, publications and RCA, read
// and written as one aggregate. Every write is a transaction (joining an open one).
class IncidentRepository
{
public:
    explicit IncidentRepository(Workspace *workspace);

    std::optional<Incident> load(qint64 id) const;
    std::optional<Incident> load(const QUuid &uuid) const;
    QList<Incident> loadAll() const;
    // An incident by full UUID or a unique prefix of at least 8 characters.
    // On failure `error` says whether nothing or several matched.
    std::optional<Incident> find(const QString &idOrPrefix, QString *error) const;
    qint64 idOf(const QUuid &uuid) const; // 0 when absent
    // The tables an incident is kept in: its own row first, then its parts'.
    static QStringList tables();
    QHash<QUuid, qint64> idsByUuid() const; // every incident's

    // Inserts (id 0 and unknown uuid) or replaces the whole aggregate. Assigns a
    // UUID when none is set. `incident.id` is filled in.
    bool save(Incident &incident, QString *error);
    // The same for a caller that has looked the uuid up itself: id 0 is a new incident.
    bool saveKnown(Incident &incident, QString *error);
    bool remove(const QUuid &uuid, QString *error);

    // For a bulk write (an import): from now on save() leaves the incidents it writes
    // out of the search index, and indexDeferred() indexes them all in one pass (call
    // it in the same transaction) and ends the bulk write. Until then a text search
    // does not find them.
    void deferSearchIndexing() { m_deferIndexing = true; }
    bool indexDeferred(QString *error);

    // Every window overlapping [from, to) (ongoing windows overlap everything after
    // their start), with what the Gantt and availability need, ordered by start.
    // Invalid `from`/`to` leave that side open.
    QList<WindowRecord> windowsBetween(const QDateTime &from, const QDateTime &to) const;

    // The same windows with only instance, data center, impact and times filled in:
    // what availability needs, read without joining the incidents.
    QList<WindowRecord> windowSpansBetween(const QDateTime &from, const QDateTime &to) const;

    int count(const IncidentQuery &query) const;
    QList<IncidentSummary> list(const IncidentQuery &query, int offset, int limit) const;

private:
    bool loadChildren(Incident &incident) const;
    // What the search index was given for the stored incident.
    std::optional<SearchEntry> storedSearchEntry(qint64 id) const;
    QString searchMatch(const IncidentQuery &query) const; // empty: no text search
    // `matchingIdsSql`: a narrower id subquery from the search index, or empty for all matches.
    QString whereClause(const IncidentQuery &query, QVariantList *binds, const QString &matchingIdsSql = QString()) const;
    // The conditions other than the text search, joined by AND (empty when none).
    QString filterConditions(const IncidentQuery &query, QVariantList *binds) const;

    Workspace *m_workspace;
    bool m_deferIndexing = false;
    QList<qint64> m_deferredIds; // in the order saved
    QSet<qint64> m_deferred;     // the same, to look up
    QHash<QString, qint64> m_bulkInstanceIds; // instance name → id during a bulk write
};

} // namespace OutageDesk
