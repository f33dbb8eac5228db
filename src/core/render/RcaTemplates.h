#pragma once

#include <QString>
#include <QStringList>

namespace OutageDesk {

// RCA templates: the built-in ones (resources/templates, in the binary) and the
// user's own Markdown files in the templates folder of the application data
// location, which override a built-in one of the same name.
class RcaTemplates
{
public:
    static QString defaultName(); // "standard-rca"
    static QStringList names();   // built-in and user templates, sorted, no duplicates
    static QString text(const QString &name);
    static QString defaultText() { return text(defaultName()); }
    static QString userFolder();
    // Saves `text` as a user template; false on I/O failure.
    static bool saveUserTemplate(const QString &name, const QString &text, QString *error);
};

} // namespace OutageDesk
