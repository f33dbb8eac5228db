#pragma once

#include "storage/SearchIndex.h"

namespace OutageDesk {

class Workspace;

class Fts5SearchIndex final : public SearchIndex
{
public:
    explicit Fts5SearchIndex(Workspace *workspace);

    bool ensureSchema(QString *error) override;
    bool index(qint64 incidentId, const QString &title, const QString &body, bool isNew, QString *error) override;
    bool remove(qint64 incidentId, QString *error) override;
    bool rebuild(QString *error) override;
    QString matchingIdsSql() const override;
    QString matchArgument(const QString &userText) const override;

private:
    Workspace *m_workspace;
};

} // namespace OutageDesk
