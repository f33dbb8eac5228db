#pragma once

#include <QStyledItemDelegate>

namespace OutageDesk {

// Lays out each item in its own text's direction rather than the window's: in a
// Hebrew window an English title or heading starts on the left and is cut off with
// its ellipsis at its end (the right), Hebrew text the other way round. Without it
// an English heading in a right-to-left list loses its first words instead.
class TextDirectionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace OutageDesk
