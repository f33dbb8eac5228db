#pragma once

#include <QDateTime>
#include <QString>

namespace OutageDesk {

class Workspace;

// `outagedesk portal build` and the window's Build Portal… in one place: the whole
// workspace as a static status portal (every incident as it is now, through
// PortalSiteBuilder::publicView, so no internal note and no unapproved RCA), written
// below a folder. Nothing is uploaded.
class PortalBuild
{
public:
    struct Options
    {
        QString title;                             // portal heading; empty = a translated default
        QString language = QStringLiteral("en");   // the portal's language, not the window's
        QString baseUrl;                           // absolute site URL for feed links; empty = relative
    };

    struct Result
    {
        bool ok = false;
        int fileCount = 0;  // including manifest.json
        int incidentCount = 0;
        QString error;      // one line, when !ok
    };

    static Result write(Workspace *workspace, const QString &dir, const Options &options, const QDateTime &now);
};

} // namespace OutageDesk
