#include "gui/rca/LintFindingsModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace OutageDesk {

LintFindingsModel::LintFindingsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LintFindingsModel::setFindings(const QList<LintFinding> &findings)
{
    // Reset rather than diff: a few dozen rows, rebuilt after a pause in typing.
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int LintFindingsModel::errorCount() const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [](const LintFinding &f) { return f.level == LintFinding::Level::Error; }));
}

int LintFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant LintFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LintFinding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return f.message; // messages about the text already name their line
    case Qt::ToolTipRole:
        return f.toLine();
    case Qt::DecorationRole: {
        const QStyle *style = QApplication::style();
        switch (f.level) {
        case LintFinding::Level::Error:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case LintFinding::Level::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case LintFinding::Level::Info:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    }
    case LineRole:
        return f.line;
    case ColumnRole:
        return f.column;
    case CodeRole:
        return f.code;
    case LevelRole:
        return int(f.level);
    default:
        return {};
    }
}

} // namespace OutageDesk
