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
    // Times, zones and durations keep their left-to-right order inside a
    // right-to-left layout ("14:56 CET", not "CET 14:56"); unchanged otherwise.
    static QString leftToRight(const QString &text);
    // A colour that reads on light and dark palettes alike.
    static QColor severityColor(Severity value);
};

} // namespace OutageDesk
