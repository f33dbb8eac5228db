#pragma once

#include <QStyledItemDelegate>

namespace OutageDesk {

// The editor of a wall-time cell: a line edit that always reads left to right
// ("2016-11-14 14:56" or "2:56 PM", also in a Hebrew layout) and says which zone it expects.
class WallTimeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace OutageDesk
