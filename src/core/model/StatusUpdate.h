#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QString>

namespace OutageDesk {

struct StatusUpdate
{
    QDateTime at; // UTC
    IncidentStatus status = IncidentStatus::Investigating;
    QString message; // Markdown, customer-facing

    friend bool operator==(const StatusUpdate &a, const StatusUpdate &b)
    {
        return a.at == b.at && a.status == b.status && a.message == b.message;
    }
};

} // namespace OutageDesk
