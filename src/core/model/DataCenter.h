#pragma once

#include <QString>
#include <QTimeZone>

namespace OutageDesk {

struct DataCenter
{
    qint64 id = 0; // storage row id; 0 until stored
    QString code;  // [A-Za-z0-9_-]{1,32}, unique
    QString name;
    QString timeZone; // IANA id

    QTimeZone zone() const { return QTimeZone(timeZone.toUtf8()); }
    bool hasValidZone() const { return !timeZone.isEmpty() && zone().isValid(); }
    friend bool operator==(const DataCenter &a, const DataCenter &b)
    {
        return a.code == b.code && a.name == b.name && a.timeZone == b.timeZone;
    }
};

} // namespace OutageDesk
