#pragma once

#include "analysis/LintFinding.h"

#include <QAbstractListModel>

namespace OutageDesk {

// The lint panel's rows: one finding each, errors first within a line.
class LintFindingsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole, CodeRole, LevelRole };

    explicit LintFindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<LintFinding> &findings);
    const QList<LintFinding> &findings() const { return m_findings; }
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<LintFinding> m_findings;
};

} // namespace OutageDesk
