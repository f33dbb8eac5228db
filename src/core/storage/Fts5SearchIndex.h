#pragma once

#include "storage/SearchIndex.h"

namespace OutageDesk {

class Workspace;

// FTS5, contentless and with detail=none: the text is already in the incidents
// table, and the list needs no phrases, positions or ranking, so the index holds
// only which incident has which word. That makes indexing (most of an import's
// write time) and common-word searches several times cheaper.
//
// Rows are keyed by rowidFor(): the start day of the list's default order in the
// high bits and the incident id in the low 31 bits, so FTS5 can hand out matches in
// list order and stop at the first page instead of sorting every match. Rows added
// in key order index fastest (FTS5 flushes whenever a key goes backwards).
class Fts5SearchIndex final : public SearchIndex
{
public:
    explicit Fts5SearchIndex(Workspace *workspace);

    bool ensureSchema(QString *error) override;
    bool add(const SearchEntry &entry, QString *error) override;
    bool remove(const SearchEntry &entry, QString *error) override;
    bool addStored(const QList<qint64> &incidentIds, QString *error) override;
    bool rebuild(QString *error) override;
    QString matchingIdsSql() const override;
    QString matchCountSql() const override;
    QString matchArgument(const QString &userText) const override;
    std::optional<Narrowed> firstMatchesInStartOrder(const QString &matchArgument, const QString &conditions,
                                                     const QVariantList &conditionBinds, bool newestFirst,
                                                     int rows) const override;

    static constexpr int kIdBits = 31;
    static constexpr qint64 kIdMask = (qint64(1) << kIdBits) - 1;
    static constexpr qint64 kDaysLimit = qint64(1) << (63 - kIdBits);
    // Non-decreasing in sortStartMs's day (clamped far beyond any date), unique by id (below 2^31).
    static qint64 rowidFor(qint64 incidentId, qint64 sortStartMs);

private:
    bool exec(const QString &sql, const QVariantList &binds, QString *error) const;
    // Indexes the incidents that `where` (a condition on incidents i) selects.
    bool addFromIncidents(const QString &where, const QVariantList &binds, QString *error);
    QString prefixTerm(const QString &word) const;

    static constexpr int kPendingTermsBytes = 16 * 1024 * 1024;

    Workspace *m_workspace;
    mutable bool m_vocabularyReady = false;
};

} // namespace OutageDesk
