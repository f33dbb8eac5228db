#pragma once

#include "model/Enums.h"

#include <QColor>
#include <QString>
#include <optional>

namespace OutageDesk {

// Translated names of the domain vocabularies, for the GUI only: the wire names
// of the exchange format stay untranslated.
class DisplayNames
{
public:
    static QString severity(Severity value);
    static QString status(IncidentStatus value);
    static QString impact(Impact value);
    static QString triState(const std::optional<bool> &value);
    // A colour that reads on light and dark palettes alike.
    static QColor severityColor(Severity value);
};

} // namespace OutageDesk
