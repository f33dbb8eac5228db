#include "gui/rca/RcaOutlineModel.h"

namespace OutageDesk {

RcaOutlineModel::RcaOutlineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QList<RcaOutlineModel::Heading> RcaOutlineModel::headingsOf(const QString &markdown)
{
    QList<Heading> headings;
    bool inFence = false;
    int lineNumber = 0;
    for (const QStringView line : QStringView(markdown).split(QLatin1Char('\n'))) {
        ++lineNumber;
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            continue;
        }
        if (inFence || !line.startsWith(QLatin1Char('#')))
            continue;
        int level = 0;
        while (level < line.size() && line.at(level) == QLatin1Char('#'))
            ++level;
        if (level > 6 || (level < line.size() && line.at(level) != QLatin1Char(' ')))
            continue;
        headings.append({lineNumber, level, line.mid(level).trimmed().toString()});
    }
    return headings;
}

void RcaOutlineModel::setText(const QString &markdown)
{
    const QList<Heading> headings = headingsOf(markdown);
    if (headings == m_headings)
        return; // typing inside a paragraph leaves the outline (and its selection) alone
    beginResetModel();
    m_headings = headings;
    endResetModel();
}

int RcaOutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headings.size());
}

QVariant RcaOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Heading &h = m_headings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(2 * (h.level - 1), QLatin1Char(' ')) + (h.title.isEmpty() ? tr("(untitled)") : h.title);
    case Qt::ToolTipRole:
        return tr("Line %1").arg(h.line);
    case LineRole:
        return h.line;
    case LevelRole:
        return h.level;
    default:
        return {};
    }
}

} // namespace OutageDesk
