#pragma once

#include "model/Enums.h"

#include <QColor>
#include <QString>
#include <optional>

namespace OutageDesk {

// Translated names of the domain vocabularies, one wording for the GUI, the RCA's
// generated sections and the portal: the wire names of the exchange format stay
// untranslated. `language` empty: the application's language; otherwise that
// language's catalogue (a portal speaks its own language, not the window's).
class DisplayNames
{
public:
    static QString severity(Severity value, const QString &language = {});
    static QString status(IncidentStatus value, const QString &language = {});
    static QString impact(Impact value, const QString &language = {});
    static QString triState(const std::optional<bool> &value, const QString &language = {});
    // Times, zones and durations keep their left-to-right order inside a
    // right-to-left layout ("14:56 CET", not "CET 14:56"); unchanged otherwise.
    static QString leftToRight(const QString &text);
    // A colour that reads on light and dark palettes alike.
    static QColor severityColor(Severity value);
};

} // namespace OutageDesk
