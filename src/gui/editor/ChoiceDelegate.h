#pragma once

#include <QStyledItemDelegate>
#include <functional>

namespace OutageDesk {

// A combo box editor for a column whose EditRole is one of a few values (an
// instance name, an impact, a status). The choices are asked for each time an
// editor opens, so they follow catalog changes.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString label;
        QVariant value;
    };
    using ChoiceProvider = std::function<QList<Choice>()>;

    ChoiceDelegate(ChoiceProvider choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    ChoiceProvider m_choices;
};

} // namespace OutageDesk
