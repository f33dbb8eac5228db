#include "gui/widgets/TextDirectionDelegate.h"

namespace OutageDesk {

void TextDirectionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString text = option->text.trimmed();
    if (text.isEmpty())
        return;
    // The first strong character decides, as it does for a paragraph (Unicode bidi rule P2).
    option->direction = text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

QSize TextDirectionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_fitView)
        size.setWidth(qMin(size.width(), m_fitView->viewport()->width()));
    return size;
}

} // namespace OutageDesk
