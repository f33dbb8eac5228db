#pragma once

#include <QAbstractItemView>
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

    // Items no wider than `view`'s viewport, so that a long one is cut off with an
    // ellipsis at its end instead of scrolling the view sideways (a right-to-left
    // list scrolls to its right end, which hid the start of English headings).
    void fitToWidthOf(QAbstractItemView *view) { m_fitView = view; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QAbstractItemView *m_fitView = nullptr;
};

} // namespace OutageDesk
