#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QString>

namespace OutageDesk {

struct RcaDocument
{
    QString text; // Markdown with generated-section markers
    RcaState state = RcaState::Draft;
    QString approvedBy;
    QDateTime approvedAt; // UTC; invalid unless approved

    friend bool operator==(const RcaDocument &a, const RcaDocument &b)
    {
        return a.text == b.text && a.state == b.state && a.approvedBy == b.approvedBy
            && a.approvedAt == b.approvedAt;
    }
};

} // namespace OutageDesk
