#include "gui/editor/ChoiceDelegate.h"

#include <QComboBox>

namespace OutageDesk {

ChoiceDelegate::ChoiceDelegate(ChoiceProvider choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const Choice &choice : m_choices())
        combo->addItem(choice.label, choice.value);
    // Picking is the whole edit: commit at once instead of waiting for focus to leave.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int row = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(std::max(row, 0));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (combo && combo->currentIndex() >= 0 && combo->currentData() != index.data(Qt::EditRole))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace OutageDesk
