#pragma once

#include "render/StatusUpdateTemplates.h"

#include <QMenu>

namespace OutageDesk {

// The status-updates tab's "From Template" menu: one submenu per language of the
// templates, each language named in itself, since the text goes to customers in
// their language, not in the window's.
class StatusTemplateMenu : public QMenu
{
    Q_OBJECT

public:
    explicit StatusTemplateMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    void chosen(const OutageDesk::StatusUpdateTemplate &statusTemplate);
};

} // namespace OutageDesk
