#include "gui/publish/StatusTemplateMenu.h"

#include <QLocale>

namespace OutageDesk {

StatusTemplateMenu::StatusTemplateMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("statusTemplateMenu"));
    for (const QString &language : StatusUpdateTemplates::languages()) {
        QString name = QLocale(language).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        QMenu *sub = addMenu(name.isEmpty() ? language : name);
        sub->setObjectName(QStringLiteral("statusTemplates_") + language);
        if (QLocale(language).textDirection() == Qt::RightToLeft)
            sub->setLayoutDirection(Qt::RightToLeft);
        for (const StatusUpdateTemplate &t : StatusUpdateTemplates::forLanguage(language)) {
            QAction *action = sub->addAction(t.name);
            action->setObjectName(QStringLiteral("statusTemplate_%1_%2").arg(language, t.id));
            connect(action, &QAction::triggered, this, [this, t] { Q_EMIT chosen(t); });
        }
    }
}

} // namespace OutageDesk
