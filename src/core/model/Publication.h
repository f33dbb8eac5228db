#pragma once

#include <QDateTime>
#include <QString>

namespace OutageDesk {

struct Publication
{
    QDateTime at; // UTC
    QString note;
    QString portal;

    friend bool operator==(const Publication &a, const Publication &b)
    {
        return a.at == b.at && a.note == b.note && a.portal == b.portal;
    }
};

} // namespace OutageDesk
