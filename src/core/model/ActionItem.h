#pragma once

#include <QDate>
#include <QString>

namespace OutageDesk {

struct ActionItem
{
    QString title;
    QString owner;
    QDate due; // invalid when none
    bool done = false;

    friend bool operator==(const ActionItem &a, const ActionItem &b)
    {
        return a.title == b.title && a.owner == b.owner && a.due == b.due && a.done == b.done;
    }
};

} // namespace OutageDesk
