#include "gui/editor/WallTimeDelegate.h"

#include "gui/models/ModelRoles.h"

#include <QLineEdit>

namespace OutageDesk {

QWidget *WallTimeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setLayoutDirection(Qt::LeftToRight);
        line->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
        const QString zone = index.data(ModelRoles::TimeZoneRole).toString();
        if (!zone.isEmpty())
            line->setToolTip(tr("Wall time in %1; the zone's daylight saving is taken into account.").arg(zone));
    }
    return editor;
}

} // namespace OutageDesk
