#pragma once

#include <QString>

namespace OutageDesk {

struct Instance
{
    qint64 id = 0;
    QString name; // unique display name, e.g. "Primo MT EU01"
    QString product;
    QString dataCenter; // the data center's code

    friend bool operator==(const Instance &a, const Instance &b)
    {
        return a.name == b.name && a.product == b.product && a.dataCenter == b.dataCenter;
    }
};

} // namespace OutageDesk
