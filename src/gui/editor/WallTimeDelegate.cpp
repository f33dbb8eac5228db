#include "gui/editor/WallTimeDelegate.h"

#include "gui/models/ModelRoles.h"
#include "time/WallTimeParser.h"

#include <QLineEdit>

namespace OutageDesk {

QWidget *WallTimeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setLayoutDirection(Qt::LeftToRight);
        // The forms the parser reads (12-hour too), not a mask that would refuse them.
        line->setPlaceholderText(WallTimeParser::example());
        const QString zone = index.data(ModelRoles::TimeZoneRole).toString();
        if (!zone.isEmpty())
            line->setToolTip(tr("Wall time in %1; the zone's daylight saving is taken into account.").arg(zone));
    }
    return editor;
}

} // namespace OutageDesk
